package vn.kyluat.etl.sample;

import java.util.List;

/** Everything decided before any task is generated: calendar, registry, units and planted overlaps. */
public record Province(
    ProvinceSize size, SampleCalendar calendar, OrgTree tree, List<TaskUnit> units, List<PlannedOverlap> overlaps) {
  public static final String REGISTRY_ID = "registry";
}
