package vn.kyluat.reports.persons;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.TaskOutcome;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.ReportContext;

/**
 * The persons of a unit's own report (--org), as the marts give them for its quarter and subtree:
 * the head of each unit (org_quarter_metrics' head_person_code) beside the unit's figures, and the
 * persons whose person_quarter_metrics row, placed in a unit of the subtree, has overdue tasks or
 * late completions, worst first, each with the task_quarter_facts rows assigned to them behind those
 * figures. Nothing is recomputed; a person placed outside the subtree is never read in. The board's
 * report has none ({@link #NONE}).
 *
 * @param heads the units of the subtree that have a head, by code
 * @param persons worst first: most overdue, then most late completions
 */
public record UnitPersons(List<UnitHead> heads, List<PersonTasks> persons, PersonNames names) {
    public static final UnitPersons NONE = new UnitPersons(List.of(), List.of(), PersonNames.codesOnly());

    /**
     * A unit and its head.
     *
     * @param own the head's own person_quarter_metrics row; null when the head has no task due, open
     *     overdue task or discipline action in the quarter
     */
    public record UnitHead(OrgQuarter unit, String personCode, MartRow own) {}

    /** A person's figures and the tasks behind them: overdue (oldest first), then late (latest first). */
    public record PersonTasks(MartRow figures, List<MartRow> tasks) {
        public String personCode() {
            return figures.get(Mart.PERSON_CODE);
        }
    }

    static final Comparator<MartRow> WORST_FIRST = Comparator.comparingLong(
                    (MartRow r) -> -r.getLong(Metric.BACKLOG_OVERDUE.column()))
            .thenComparingLong(r -> -r.getLong(Metric.DONE_LATE.column()))
            .thenComparing(r -> r.get(Mart.PERSON_CODE));

    private static final Comparator<MartRow> TASK_ORDER = Comparator.comparing(
                    (MartRow r) -> !TaskOutcome.of(r.get(Mart.OUTCOME)).overdue())
            .thenComparingLong(r -> -r.getLong(Mart.DAYS_OVERDUE))
            .thenComparingLong(r -> -r.getLong(Mart.DELAY_DAYS))
            .thenComparing(r -> r.get(Mart.TASK_CODE));

    public boolean isEmpty() {
        return heads.isEmpty() && persons.isEmpty();
    }

    /**
     * The persons of {@code context}'s subtree in its quarter; names from {@code lake} only when the
     * settings ask for them. A mart that is absent leaves its part empty, with a warning.
     */
    public static UnitPersons forUnitReport(
            String setDir, ReportContext context, String lake, Consumer<String> warnings) {
        String quarter = context.quarter().toString();
        Set<String> units = context.tree().subtree(context.root().orgCode());
        Map<String, String> headOf = new TreeMap<>();
        CsvMart.each(setDir, Mart.ORG_QUARTER_METRICS, r -> {
            if (quarter.equals(r.get(Mart.QUARTER))
                    && Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE))
                    && units.contains(r.get(Mart.ORG_CODE))
                    && r.get(Mart.HEAD_PERSON_CODE) != null) {
                headOf.put(r.get(Mart.ORG_CODE), r.get(Mart.HEAD_PERSON_CODE));
            }
        });
        Map<String, MartRow> personRows = new HashMap<>();
        if (present(setDir, Mart.PERSON_QUARTER_METRICS, warnings)) {
            CsvMart.each(setDir, Mart.PERSON_QUARTER_METRICS, r -> {
                if (quarter.equals(r.get(Mart.QUARTER)) && units.contains(r.get(Mart.ORG_CODE))) {
                    personRows.put(r.get(Mart.PERSON_CODE), r);
                }
            });
        }
        List<MartRow> behind = personRows.values().stream()
                .filter(r -> r.getLong(Metric.BACKLOG_OVERDUE.column()) > 0 || r.getLong(Metric.DONE_LATE.column()) > 0)
                .sorted(WORST_FIRST)
                .toList();
        Map<String, List<MartRow>> tasks = tasksOf(setDir, quarter, behind, warnings);
        List<UnitHead> heads = new ArrayList<>();
        headOf.forEach((org, person) -> context.tree()
                .find(org)
                .ifPresent(unit -> heads.add(new UnitHead(unit, person, personRows.get(person)))));
        List<PersonTasks> persons = behind.stream()
                .map(r -> new PersonTasks(r, tasks.getOrDefault(r.get(Mart.PERSON_CODE), List.of())))
                .toList();
        Set<String> shown = new LinkedHashSet<>(headOf.values());
        persons.forEach(p -> shown.add(p.personCode()));
        PersonNames names =
                context.settings().namesInUnitReports() ? names(lake, shown, warnings) : PersonNames.codesOnly();
        return new UnitPersons(List.copyOf(heads), persons, names);
    }

    /** The quarter's overdue and late tasks assigned to {@code persons}, per person. */
    private static Map<String, List<MartRow>> tasksOf(
            String setDir, String quarter, List<MartRow> persons, Consumer<String> warnings) {
        Map<String, List<MartRow>> tasks = new HashMap<>();
        persons.forEach(p -> tasks.put(p.get(Mart.PERSON_CODE), new ArrayList<>()));
        if (!persons.isEmpty() && present(setDir, Mart.TASK_QUARTER_FACTS, warnings)) {
            CsvMart.each(setDir, Mart.TASK_QUARTER_FACTS, r -> {
                List<MartRow> ofPerson =
                        quarter.equals(r.get(Mart.QUARTER)) ? tasks.get(r.get(Mart.ASSIGNEE_CODE)) : null;
                TaskOutcome outcome = ofPerson == null ? null : TaskOutcome.of(r.get(Mart.OUTCOME));
                if (outcome != null && (outcome.overdue() || outcome == TaskOutcome.LATE)) {
                    ofPerson.add(r);
                }
            });
        }
        tasks.values().forEach(list -> list.sort(TASK_ORDER));
        return tasks;
    }

    /** Names from a lake on the local file system; a lake elsewhere (hdfs://) leaves the codes, with a warning. */
    private static PersonNames names(String lake, Set<String> codes, Consumer<String> warnings) {
        if (lake.contains("://") && !lake.startsWith("file:")) {
            warnings.accept(
                    "names are read from a lake on the local file system only; " + lake + " is not: persons by code");
            return PersonNames.codesOnly();
        }
        return PersonNames.fromLake(lake.startsWith("file:") ? Path.of(URI.create(lake)) : Path.of(lake), codes);
    }

    private static boolean present(String setDir, Mart mart, Consumer<String> warnings) {
        if (CsvMart.exists(setDir, mart)) {
            return true;
        }
        warnings.accept("no " + mart.csvPath(setDir) + ": the unit report lists no persons' figures or tasks from it");
        return false;
    }
}
