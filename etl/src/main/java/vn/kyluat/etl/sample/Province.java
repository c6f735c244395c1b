package vn.kyluat.etl.sample;

import java.util.List;

/** Everything decided before any task is generated: calendar, registry, units, planted overlaps and persons. */
public record Province(
    ProvinceSize size, SampleCalendar calendar, OrgTree tree, List<TaskUnit> units, List<PlannedOverlap> overlaps,
    PlantedPersons persons) {
  public static final String REGISTRY_ID = "registry";
  /**
   * A second registry, delivering only a CSV export of staff: the membership the planted mover takes up
   * (a source keys staff by person_code, so the first registry cannot hold both of the mover's rows).
   */
  public static final String TRANSFER_REGISTRY_ID = "registry-csv";
}
