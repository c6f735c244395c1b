package vn.kyluat.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting quarter such as {@code 2024Q3}: local dates [{@link #start()}, {@link #end()}), with
 * figures taken as of {@link #asOf()} = local midnight of {@code end()} (docs/metrics.md, Time).
 *
 * <p>The quarter arithmetic of every stage is written here once: a quarter's {@link #index()}
 * ({@code year * 4 + number - 1}, so consecutive quarters have consecutive indexes), the quarter of
 * a day, and the first month of a quarter. Spark column forms of the same arithmetic (analytics'
 * {@code LocalTimes}) use these constants and are tested against this class.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    /** Quarters in a year: the base of {@link #index()}. */
    public static final int PER_YEAR = 4;

    /** Months in a quarter. */
    public static final int MONTHS = 3;

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
        return new Quarter(day.getYear(), numberOf(day.getMonthValue()));
    }

    /** The quarter with this {@link #index()}. */
    public static Quarter ofIndex(int index) {
        return new Quarter(Math.floorDiv(index, PER_YEAR), Math.floorMod(index, PER_YEAR) + 1);
    }

    /** {@code Quarter.of(day).index()}, without creating the quarter (for per-row use). */
    public static int indexOf(LocalDate day) {
        return index(day.getYear(), numberOf(day.getMonthValue()));
    }

    /** The number (1..4) of the quarter a month (1..12) lies in. */
    private static int numberOf(int month) {
        return (month - 1) / MONTHS + 1;
    }

    private static int index(int year, int number) {
        return year * PER_YEAR + number - 1;
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

    /**
     * The quarter's position on one line of quarters, {@code year * 4 + number - 1}: the next
     * quarter's index is one more, so {@code b.index() - a.index()} counts the quarters between.
     */
    public int index() {
        return index(year, number);
    }

    /** qs: the first local day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * MONTHS + 1, 1);
    }

    /** qe: the first local day after the quarter (exclusive bound). */
    public LocalDate end() {
        return start().plusMonths(MONTHS);
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
        return ofIndex(index() + 1);
    }

    public Quarter previous() {
        return ofIndex(index() - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
