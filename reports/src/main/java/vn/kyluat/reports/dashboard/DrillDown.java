package vn.kyluat.reports.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.TaskOutcome;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartException;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.model.ReportContext;

/**
 * The tasks behind a quarter's counts, for the units of one subtree, as the marts list them
 * (nothing is recomputed): the overdue tasks (outcome overdue_open or backlog: a holder's list is
 * as long as its backlog_overdue), oldest first; the late completions (outcome late: done_late);
 * the tasks assigned without a lead unit, under the unit that assigned them.
 */
public record DrillDown(List<MartRow> overdue, List<MartRow> late, List<MartRow> withoutLead) {

  /** Oldest first: most days overdue, then by task for a stable order. */
  static final Comparator<MartRow> OLDEST_FIRST = Comparator
      .comparingLong((MartRow r) -> -r.getLong("days_overdue"))
      .thenComparing(r -> r.get("task_code"));

  /** The drill-down of one report: its quarter, the units of its subtree (all of them, or the --org unit's). */
  public static DrillDown forReport(String setDir, ReportContext context, Consumer<String> warnings) {
    return load(setDir, context.quarter(), context.tree().subtree(context.root().orgCode()), warnings);
  }

  /**
   * Streams {@code task_quarter_facts} and {@code tasks_without_lead}, keeping the quarter's rows of
   * units in {@code units}; a mart that is absent gives an empty list and a warning.
   */
  public static DrillDown load(String setDir, Quarter quarter, Set<String> units, Consumer<String> warnings) {
    String q = quarter.toString();
    List<MartRow> overdue = new ArrayList<>();
    List<MartRow> late = new ArrayList<>();
    if (present(setDir, Mart.TASK_QUARTER_FACTS, warnings)) {
      CsvMart.each(setDir, Mart.TASK_QUARTER_FACTS, row -> {
        if (q.equals(row.get(Mart.QUARTER)) && units.contains(row.get("holder_org_code"))) {
          TaskOutcome outcome = outcome(setDir, row);
          if (outcome.overdue()) {
            overdue.add(row);
          } else if (outcome == TaskOutcome.LATE) {
            late.add(row);
          }
        }
      });
    }
    List<MartRow> withoutLead = new ArrayList<>();
    if (present(setDir, Mart.TASKS_WITHOUT_LEAD, warnings)) {
      CsvMart.each(setDir, Mart.TASKS_WITHOUT_LEAD, row -> {
        if (q.equals(row.get(Mart.QUARTER)) && units.contains(row.get("assigned_by_org_code"))) {
          withoutLead.add(row);
        }
      });
    }
    overdue.sort(OLDEST_FIRST);
    late.sort(Comparator.comparingLong((MartRow r) -> -r.getLong("delay_days")).thenComparing(r -> r.get("task_code")));
    withoutLead.sort(Comparator.comparing((MartRow r) -> r.get("assigned_at")).thenComparing(r -> r.get("task_code")));
    return new DrillDown(List.copyOf(overdue), List.copyOf(late), List.copyOf(withoutLead));
  }

  private static TaskOutcome outcome(String setDir, MartRow row) {
    try {
      return TaskOutcome.of(row.get("outcome"));
    } catch (IllegalArgumentException e) {
      throw new MartException(Mart.TASK_QUARTER_FACTS.csvPath(setDir) + ": " + e.getMessage() + " (task "
          + row.get("task_code") + "); run the analytics stage again");
    }
  }

  private static boolean present(String setDir, Mart mart, Consumer<String> warnings) {
    if (CsvMart.exists(setDir, mart)) {
      return true;
    }
    warnings.accept("no " + mart.csvPath(setDir) + ": the dashboard lists no tasks from it");
    return false;
  }

  /** The overdue tasks held by any of {@code units} (a unit's own, or its subtree's), oldest first. */
  public List<MartRow> overdueHeldBy(Set<String> units) {
    return overdue.stream().filter(r -> units.contains(r.get("holder_org_code"))).toList();
  }

  /** The late completions of tasks held by any of {@code units}. */
  public List<MartRow> lateHeldBy(Set<String> units) {
    return late.stream().filter(r -> units.contains(r.get("holder_org_code"))).toList();
  }
}
