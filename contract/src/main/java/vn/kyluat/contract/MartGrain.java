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
            case ORG_QUARTER_METRICS -> List.of(Mart.QUARTER, Mart.ORG_CODE, Mart.SCOPE);
            case TASK_QUARTER_FACTS, TASKS_WITHOUT_LEAD -> List.of(Mart.QUARTER, Mart.SOURCE_ID, Mart.TASK_CODE);
            case OVERLAPPING_ASSIGNMENTS -> List.of(Mart.QUARTER, Mart.ORIGIN_REF, Mart.SOURCE_ID, Mart.TASK_CODE);
            case AT_RISK_TASKS -> List.of(Mart.QUARTER, Mart.HOLDER_ORG_CODE, Mart.SOURCE_ID, Mart.TASK_CODE);
            case BOUNCED_HANDOFFS, WITHIN_AUTHORITY_ESCALATIONS ->
                List.of(Mart.QUARTER, Mart.ORG_CODE, Mart.SOURCE_ID, Mart.EVENT_ID);
            case OPEN_OVERDUE_FINDINGS -> List.of(Mart.QUARTER, Mart.ORG_CODE, Mart.SOURCE_ID, Mart.FINDING_CODE);
            case ORG_TREE -> List.of(Mart.QUARTER, Mart.ORG_CODE);
            case DISCIPLINE_BY_KIND -> List.of(Mart.QUARTER, Mart.ORG_CODE, Mart.SCOPE, Mart.KIND);
            case PERSON_QUARTER_METRICS -> List.of(Mart.QUARTER, Mart.PERSON_CODE);
            case DATA_QUALITY -> List.of(Mart.STARTED_AT, Mart.RUN_ID, Mart.SOURCE_ID, Mart.RELATION);
            case REJECTS ->
                List.of(
                        LakeLayout.RUN_ID,
                        Relation.SOURCE_ID,
                        LakeLayout.RELATION,
                        LakeLayout.RECORD_KEY,
                        LakeLayout.RULE);
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
