package vn.kyluat.contract;

import java.util.Locale;

/**
 * The rules a source record can break (docs/contract.md, rules a row may break). The lake's rejects dataset stores
 * {@link #code()}; reports show {@link #description()}.
 */
public enum RejectRule {
    MISSING_REQUIRED("a required field is missing"),
    MALFORMED_VALUE("a value cannot be read as its column's type"),
    NOT_IN_ENUMERATION("a value outside its enumeration"),
    DUE_BEFORE_ASSIGNED("due_date before the local date of assigned_at"),
    COMPLETED_BEFORE_ASSIGNED("completed_at before assigned_at"),
    EVENT_FOR_UNKNOWN_TASK("an event for an unknown task"),
    OCCURRED_IN_FUTURE("occurred_at more than one day after the run started"),
    UNKNOWN_ORG("an unknown org code"),
    HANDOFF_WITHOUT_TARGET("transferred/returned without to_org_code"),
    EXTENSION_WITHOUT_DATE("extended without new_due_date"),
    DUPLICATE_KEY("a duplicate key within one source");

    private final String description;

    RejectRule(String description) {
        this.description = description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }
}
