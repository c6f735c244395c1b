package vn.kyluat.reports.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.HandoffHistory;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.TaskOutcome;

/**
 * The task lists behind a synthetic province's figures, as the analytics stage would export them:
 * for each party cell's own row, one {@code task_quarter_facts} row per task of its backlog_overdue
 * (days overdue spread over the row's age buckets, the youngest due in the quarter) and of its
 * done_late, each assigned to one of the cell's persons, every fourth overdue one with a hand-off
 * history; and one task without a lead unit per grassroots organisation and quarter. Drawn from the
 * figures alone (no random draws), so the counts always match.
 */
final class SyntheticTaskFacts {
    /** Each age bucket of the backlog and the days overdue its tasks get: the bucket's lowest, upwards. */
    private static final Map<Metric, Integer> BUCKET_FIRST_DAY = Map.of(
            Metric.BACKLOG_1_30, 1, Metric.BACKLOG_31_90, 31, Metric.BACKLOG_91_180, 91, Metric.BACKLOG_OVER_180, 181);

    private static final List<Metric> BUCKETS =
            List.of(Metric.BACKLOG_1_30, Metric.BACKLOG_31_90, Metric.BACKLOG_91_180, Metric.BACKLOG_OVER_180);

    private SyntheticTaskFacts() {}

    /** @param assignee the person code of the n-th task of a cell, by (cell, n) */
    static List<Map<String, Object>> facts(
            List<Map<String, Object>> metricRows, BiFunction<String, Integer, String> assignee) {
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Map<String, Object> row : metricRows) {
            if ("party_cell".equals(row.get("org_kind")) && Mart.SCOPE_OWN.equals(row.get(Mart.SCOPE))) {
                for (Map<String, Object> fact : cellFacts(row)) {
                    fact.put("assignee_code", assignee.apply((String) fact.get("holder_org_code"), facts.size()));
                    facts.add(fact);
                }
            }
        }
        return facts;
    }

    /**
     * The person_quarter_metrics of the assignees, counted from their facts: the synthetic facts hold
     * only overdue and late tasks, so a person's tasks due are the overdue_open and the late ones.
     *
     * @param role the role of a person code
     */
    static List<Map<String, Object>> personRows(List<Map<String, Object>> facts, Function<String, String> role) {
        Map<List<String>, Map<String, Object>> rows = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Map<String, Object> fact : facts) {
            String person = (String) fact.get("assignee_code");
            Map<String, Object> row = rows.computeIfAbsent(List.of((String) fact.get(Mart.QUARTER), person), key -> {
                Map<String, Object> r = new HashMap<>();
                r.put(Mart.QUARTER, key.get(0));
                r.put("person_code", person);
                r.put(Mart.ORG_CODE, fact.get("holder_org_code"));
                r.put("role", role.apply(person));
                for (Metric m : List.of(
                        Metric.TASKS_DUE,
                        Metric.DONE_ON_TIME,
                        Metric.DONE_LATE,
                        Metric.OVERDUE_OPEN,
                        Metric.BACKLOG_OVERDUE,
                        Metric.BACKLOG_OVER_180,
                        Metric.DISCIPLINE_ACTIONS)) {
                    r.put(m.column(), 0L);
                }
                return r;
            });
            TaskOutcome outcome = TaskOutcome.of((String) fact.get("outcome"));
            if (outcome == TaskOutcome.LATE || outcome == TaskOutcome.OVERDUE_OPEN) {
                row.merge(Metric.TASKS_DUE.column(), 1L, (a, b) -> (Long) a + (Long) b);
            }
            if (outcome == TaskOutcome.LATE) {
                row.merge(Metric.DONE_LATE.column(), 1L, (a, b) -> (Long) a + (Long) b);
            }
            if (outcome == TaskOutcome.OVERDUE_OPEN) {
                row.merge(Metric.OVERDUE_OPEN.column(), 1L, (a, b) -> (Long) a + (Long) b);
            }
            if (outcome.overdue()) {
                row.merge(Metric.BACKLOG_OVERDUE.column(), 1L, (a, b) -> (Long) a + (Long) b);
            }
            if (outcome.overdue() && ((Number) fact.get("days_overdue")).intValue() > 180) {
                row.merge(Metric.BACKLOG_OVER_180.column(), 1L, (a, b) -> (Long) a + (Long) b);
            }
        }
        rows.values()
                .forEach(r ->
                        r.put(Metric.ON_TIME_RATE.column(), (Long) r.get(Metric.TASKS_DUE.column()) == 0 ? null : 0.0));
        return new ArrayList<>(rows.values());
    }

    private static List<Map<String, Object>> cellFacts(Map<String, Object> row) {
        Quarter quarter = Quarter.parse((String) row.get(Mart.QUARTER));
        String cell = (String) row.get(Mart.ORG_CODE);
        LocalDate asOf = quarter.end();
        long dueInQuarter = count(row, Metric.OVERDUE_OPEN);
        List<Map<String, Object>> facts = new ArrayList<>();
        int n = 0;
        for (Metric bucket : BUCKETS) {
            for (long i = 0; i < count(row, bucket); i++, n++) {
                int daysOverdue = BUCKET_FIRST_DAY.get(bucket) + (int) i;
                TaskOutcome outcome =
                        n < dueInQuarter && daysOverdue <= 90 ? TaskOutcome.OVERDUE_OPEN : TaskOutcome.BACKLOG;
                LocalDate effDue = asOf.minusDays(daysOverdue);
                facts.add(fact(
                        quarter,
                        cell,
                        "O",
                        n,
                        outcome,
                        effDue.minusDays(n % 3 * 15L),
                        effDue,
                        n % 3,
                        daysOverdue,
                        null));
            }
        }
        for (long i = 0; i < count(row, Metric.DONE_LATE); i++) {
            LocalDate effDue = asOf.minusDays(40 + i);
            facts.add(fact(quarter, cell, "L", (int) i, TaskOutcome.LATE, effDue, effDue, 0, 0, 3 + (int) (i % 20)));
        }
        return facts;
    }

    private static Map<String, Object> fact(
            Quarter quarter,
            String cell,
            String prefix,
            int n,
            TaskOutcome outcome,
            LocalDate due,
            LocalDate effDue,
            int extensions,
            int daysOverdue,
            Integer delayDays) {
        Map<String, Object> fact = new HashMap<>();
        fact.put("quarter", quarter.toString());
        fact.put("source_id", "unit-a");
        fact.put("task_code", prefix + "-" + cell + "-" + quarter + "-" + n);
        fact.put("title", "Nhiệm vụ " + prefix + n + " của " + cell);
        fact.put("holder_org_code", cell);
        fact.put("lead_org_code", cell);
        fact.put("priority", n % 5 == 0 ? "urgent" : "normal");
        fact.put("authority", "within");
        fact.put(
                "assigned_at",
                due.minusDays(30).atStartOfDay(vn.kyluat.contract.Zone.VIETNAM).toInstant());
        fact.put("due_date", due);
        fact.put("eff_due_date", effDue);
        fact.put("extensions", extensions);
        fact.put("handoff_history", "O".equals(prefix) && n % 4 == 1 ? bounced(cell, due.minusDays(30)) : null);
        fact.put(
                "completed_at",
                delayDays == null
                        ? null
                        : effDue.plusDays(delayDays)
                                .atStartOfDay(vn.kyluat.contract.Zone.VIETNAM)
                                .toInstant());
        fact.put("outcome", outcome.code());
        fact.put("days_overdue", daysOverdue);
        fact.put("delay_days", delayDays);
        return fact;
    }

    /**
     * A task the cell passed up to its organisation a week after it was assigned, and got back a week later: the
     * hand-off history of every fourth overdue task.
     */
    private static String bounced(String cell, LocalDate assigned) {
        String organisation = cell.substring(0, cell.lastIndexOf('-'));
        return HandoffHistory.encode(List.of(
                new HandoffHistory.Entry(assigned.plusDays(7), EventType.TRANSFERRED, cell, organisation),
                new HandoffHistory.Entry(assigned.plusDays(14), EventType.RETURNED, organisation, cell)));
    }

    /** One task without a lead unit per grassroots organisation and quarter, assigned by the organisation. */
    static List<Map<String, Object>> withoutLead(List<Map<String, Object>> metricRows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : metricRows) {
            if ("grassroots_org".equals(row.get("org_kind")) && Mart.SCOPE_SUBTREE.equals(row.get(Mart.SCOPE))) {
                Quarter quarter = Quarter.parse((String) row.get(Mart.QUARTER));
                Map<String, Object> task = new HashMap<>();
                task.put("quarter", quarter.toString());
                task.put("source_id", "unit-b");
                task.put("task_code", "N-" + row.get(Mart.ORG_CODE) + "-" + quarter);
                task.put("title", "Nhiệm vụ chưa giao đơn vị chủ trì");
                task.put("assigned_by_org_code", row.get(Mart.ORG_CODE));
                task.put(
                        "assigned_at",
                        quarter.start()
                                .atStartOfDay(vn.kyluat.contract.Zone.VIETNAM)
                                .plusDays(10)
                                .toInstant());
                rows.add(task);
            }
        }
        return rows;
    }

    /**
     * The events behind each cell's own returns_out and reversed_transfers (bounced_handoffs) and
     * escalations_within (within_authority_escalations), one row per event counted, and its open
     * overdue findings (open_overdue_findings), one row per finding counted.
     */
    static List<Map<String, Object>> bouncedHandoffs(List<Map<String, Object>> metricRows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : ownCellRows(metricRows)) {
            for (Metric figure : List.of(Metric.RETURNS_OUT, Metric.REVERSED_TRANSFERS)) {
                for (int i = 0; i < count(row, figure); i++) {
                    Map<String, Object> event = event(row, figure == Metric.RETURNS_OUT ? "R" : "V", i);
                    event.put("counted_in", figure.column());
                    Instant occurred = (Instant) event.get("occurred_at");
                    event.put(
                            "came_back_at",
                            figure == Metric.REVERSED_TRANSFERS ? occurred.plus(Duration.ofDays(5)) : null);
                    rows.add(event);
                }
            }
        }
        return rows;
    }

    static List<Map<String, Object>> withinAuthorityEscalations(List<Map<String, Object>> metricRows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : ownCellRows(metricRows)) {
            for (int i = 0; i < count(row, Metric.ESCALATIONS_WITHIN); i++) {
                Map<String, Object> event = event(row, "E", i);
                event.put("assigned_at", ((Instant) event.get("occurred_at")).minus(Duration.ofDays(20)));
                rows.add(event);
            }
        }
        return rows;
    }

    static List<Map<String, Object>> openOverdueFindings(List<Map<String, Object>> metricRows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : ownCellRows(metricRows)) {
            Quarter quarter = Quarter.parse((String) row.get(Mart.QUARTER));
            for (int i = 0; i < count(row, Metric.FINDINGS_OPEN_OVERDUE); i++) {
                int daysOverdue = 10 + 25 * i;
                Map<String, Object> finding = new HashMap<>();
                finding.put("quarter", quarter.toString());
                finding.put("org_code", row.get(Mart.ORG_CODE));
                finding.put("source_id", "inspect");
                finding.put("finding_code", "F-" + row.get(Mart.ORG_CODE) + "-" + quarter + "-" + i);
                finding.put("finding_org_code", row.get(Mart.ORG_CODE));
                finding.put("severity", List.of("high", "medium", "low").get(i % 3));
                finding.put("found_at", quarter.end().minusDays(daysOverdue + 60L));
                finding.put("remedy_due_date", quarter.end().minusDays(daysOverdue));
                finding.put("days_overdue", daysOverdue);
                rows.add(finding);
            }
        }
        return rows;
    }

    /**
     * Every unit of each quarter counted under itself, and in the last quarter one dissolved cell
     * ({@code G001-C00}) absorbed by {@code absorber}: the footnote's case.
     */
    static List<Map<String, Object>> orgTree(List<Map<String, Object>> metricRows, String absorber) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Quarter last = null;
        for (Map<String, Object> row : metricRows) {
            if (Mart.SCOPE_SUBTREE.equals(row.get(Mart.SCOPE))) {
                Quarter quarter = Quarter.parse((String) row.get(Mart.QUARTER));
                last = last == null || quarter.compareTo(last) > 0 ? quarter : last;
                rows.add(unit(
                        quarter,
                        (String) row.get(Mart.ORG_CODE),
                        (String) row.get("org_name"),
                        (String) row.get("org_kind"),
                        (String) row.get("parent_code"),
                        null,
                        (String) row.get(Mart.ORG_CODE)));
            }
        }
        if (last != null) {
            Map<String, Object> dissolved = unit(
                    last,
                    absorber.substring(0, absorber.lastIndexOf('-')) + "-C00",
                    "Chi bộ Phòng Lưu trữ",
                    "party_cell",
                    absorber.substring(0, absorber.lastIndexOf('-')),
                    last.start().plusDays(40),
                    absorber);
            dissolved.put("successor_code", absorber);
            rows.add(dissolved);
        }
        return rows;
    }

    private static Map<String, Object> unit(
            Quarter quarter,
            String code,
            String name,
            String kind,
            String parent,
            LocalDate validTo,
            String countedUnder) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("quarter", quarter.toString());
        unit.put("org_code", code);
        unit.put("org_name", name);
        unit.put("org_kind", kind);
        unit.put("parent_code", parent);
        unit.put("valid_from", LocalDate.of(2020, 1, 1));
        unit.put("valid_to", validTo);
        unit.put("counted_under_code", countedUnder);
        return unit;
    }

    private static List<Map<String, Object>> ownCellRows(List<Map<String, Object>> metricRows) {
        return metricRows.stream()
                .filter(r -> "party_cell".equals(r.get("org_kind")) && Mart.SCOPE_OWN.equals(r.get(Mart.SCOPE)))
                .toList();
    }

    /** The i-th handoff of a cell's own row in its quarter, sent to the cell's organisation. */
    private static Map<String, Object> event(Map<String, Object> row, String prefix, int i) {
        Quarter quarter = Quarter.parse((String) row.get(Mart.QUARTER));
        String cell = (String) row.get(Mart.ORG_CODE);
        Map<String, Object> event = new HashMap<>();
        event.put("quarter", quarter.toString());
        event.put("org_code", cell);
        event.put("source_id", "unit-a");
        event.put("event_id", prefix + "-" + cell + "-" + quarter + "-" + i);
        event.put("task_code", prefix + "-" + cell + "-" + quarter + "-" + i);
        event.put("title", "Nhiệm vụ chuyển " + i + " của " + cell);
        event.put("from_org_code", cell);
        event.put("to_org_code", cell.substring(0, cell.lastIndexOf('-')));
        event.put(
                "occurred_at",
                quarter.start()
                        .plusDays(7L + 9L * i)
                        .atStartOfDay(vn.kyluat.contract.Zone.VIETNAM)
                        .toInstant());
        event.put("holder_org_code", cell);
        event.put("priority", i % 4 == 0 ? "urgent" : "normal");
        event.put("eff_due_date", quarter.end().plusDays(10L + i));
        return event;
    }

    private static long count(Map<String, Object> row, Metric metric) {
        Object value = row.get(metric.column());
        return value == null ? 0 : ((Number) value).longValue();
    }
}
