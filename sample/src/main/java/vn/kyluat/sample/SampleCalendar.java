package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Zone;

/**
 * The fixed calendar of the sample province: quarters ending with {@link #LAST_QUARTER}, tasks
 * arriving until {@link #LAST_ARRIVAL_DAY} and the units' data exported at the end of that day, so
 * that some tasks are still open and some fall due early in 2026. Never the wall clock.
 */
public record SampleCalendar(List<Quarter> quarters) {
    public static final Quarter LAST_QUARTER = new Quarter(2025, 4);
    public static final LocalDate LAST_ARRIVAL_DAY = LocalDate.of(2026, 1, 10);
    /** Organisations and most memberships exist from well before the reported quarters. */
    public static final LocalDate ESTABLISHED = LocalDate.of(2015, 1, 1);

    public static SampleCalendar ofQuarters(int count) {
        Quarter first = LAST_QUARTER;
        for (int i = 1; i < count; i++) {
            first = first.previous();
        }
        return new SampleCalendar(Quarter.range(first, LAST_QUARTER));
    }

    public LocalDate firstDay() {
        return quarters.get(0).start();
    }

    /** The instant the units' data was exported: nothing happens at or after it. */
    public Instant snapshot() {
        return Zone.startOfDay(LAST_ARRIVAL_DAY.plusDays(1));
    }

    /** The day the merged grassroots organisation joins its successor: half-way through the quarters. */
    public LocalDate mergeDay() {
        return firstDay().plusMonths(quarters.size() * 3L / 2);
    }

    /** Index of the quarter holding {@code day} (0 = first); past the last one counts as the last. */
    public int quarterIndex(LocalDate day) {
        int index = Quarter.indexOf(day) - quarters.get(0).index();
        return Math.max(0, Math.min(quarters.size() - 1, index));
    }
}
