package vn.kyluat.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * The grain of each mart: the columns that identify a row, and the warehouse table's primary key.
 * The CSV export sorts by them, then by every other column, so that the same lake always gives the
 * same bytes.
 */
public final class MartGrain {
    private MartGrain() {}

    public static List<String> of(Mart mart) {
        return switch (mart) {
            case ORG_QUARTER_METRICS -> List.of("quarter", "org_code", "scope");
            case TASK_QUARTER_FACTS, TASKS_WITHOUT_LEAD -> List.of("quarter", "source_id", "task_code");
            case OVERLAPPING_ASSIGNMENTS -> List.of("quarter", "origin_ref", "source_id", "task_code");
            case AT_RISK_TASKS -> List.of("quarter", "holder_org_code", "source_id", "task_code");
            case BOUNCED_HANDOFFS, WITHIN_AUTHORITY_ESCALATIONS ->
                List.of("quarter", "org_code", "source_id", "event_id");
            case OPEN_OVERDUE_FINDINGS -> List.of("quarter", "org_code", "source_id", "finding_code");
            case ORG_TREE -> List.of("quarter", "org_code");
            case DISCIPLINE_BY_KIND -> List.of("quarter", "org_code", "scope", "kind");
            case PERSON_QUARTER_METRICS -> List.of("quarter", "person_code");
            case DATA_QUALITY -> List.of("started_at", "run_id", "source_id", "relation");
            case REJECTS -> List.of("run_id", "source_id", "relation", "record_key", "rule");
        };
    }

    /** The grain, then the mart's remaining columns in their order: a total order of its rows. */
    public static List<String> sortOrder(Mart mart) {
        List<String> order = new ArrayList<>(of(mart));
        mart.columns().stream().filter(c -> !order.contains(c)).forEach(order::add);
        return order;
    }

    /** Whether the mart is written in one folder per quarter ({@code quarter=2024Q3/}). */
    public static boolean partitionedByQuarter(Mart mart) {
        return mart.columns().contains(Mart.QUARTER);
    }
}
