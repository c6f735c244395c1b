package vn.kyluat.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting quarter such as {@code 2024Q3}: local dates [{@link #start()}, {@link #end()}), with
 * figures taken as of {@link #asOf()} = local midnight of {@code end()} (METRICS.md §3).
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern NAME = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1..4, got " + number);
        }
    }

    public static Quarter parse(String name) {
        Matcher m = NAME.matcher(name.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter name like 2024Q3: '" + name + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant instant) {
        return of(Zone.localDate(instant));
    }

    /** Quarters from {@code first} to {@code last}, both included. */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** qs: the first local day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** qe: the first local day after the quarter (exclusive bound). */
    public LocalDate end() {
        return start().plusMonths(3);
    }

    /** The quarter's last day, on which the organisation tree and memberships are read. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    /** qs 00:00 local, as an instant. */
    public Instant startInstant() {
        return Zone.startOfDay(start());
    }

    /** qe 00:00 local, as an instant: figures of this quarter use only facts strictly before it. */
    public Instant asOf() {
        return Zone.startOfDay(end());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && day.isBefore(end());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
