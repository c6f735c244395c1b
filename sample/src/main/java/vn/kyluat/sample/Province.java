package vn.kyluat.sample;

import java.util.List;

/** Everything decided before any task is generated: calendar, registry, units, planted overlaps and persons. */
public record Province(
        ProvinceSize size,
        SampleCalendar calendar,
        ProvinceRegistry tree,
        List<TaskUnit> units,
        List<PlannedOverlap> overlaps,
        PlantedPersons persons) {
    public static final String REGISTRY_ID = "registry";
}
