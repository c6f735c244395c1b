package vn.kyluat.reports.marts;

import java.util.Locale;

/** The kinds of organisation in the tree (docs/contract.md, {@code org_unit.kind}). */
public enum OrgKind {
    BLOC_COMMITTEE,
    GRASSROOTS_ORG,
    PARTY_CELL,
    AGENCY,
    DEPARTMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrgKind fromCode(String code) {
        if (code == null) {
            throw new MartException("org_kind is empty");
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MartException("unknown org_kind '" + code + "'");
        }
    }
}
