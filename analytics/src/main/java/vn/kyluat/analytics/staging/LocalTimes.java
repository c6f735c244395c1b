package vn.kyluat.analytics.staging;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Zone;

/**
 * Local (UTC+07:00) time as plain numbers, so that no figure depends on Spark's session time zone
 * or the JVM's: an instant becomes its local wall-clock time in microseconds since 1970-01-01
 * 00:00 local ("local micros"), a quarter becomes its {@link Quarter#index()}. The column forms of
 * the quarter arithmetic here use {@link Quarter}'s constants and are tested against it on every
 * quarter of a range. Vietnam keeps a fixed offset, so adding it is exact (docs/metrics.md, Time).
 */
public final class LocalTimes {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long OFFSET_MICROS = Zone.VIETNAM.getTotalSeconds() * 1_000_000L;
    private static final double MICROS_PER_HOUR = 3_600_000_000.0;

    private LocalTimes() {}

    /** Local micros back to the instant (TimestampType) they stand for. */
    public static Column instant(Column localMicros) {
        return timestamp_micros(localMicros.minus(lit(OFFSET_MICROS)));
    }

    /** An instant (TimestampType) as local micros. */
    public static Column localMicros(Column instant) {
        return unix_micros(instant).plus(lit(OFFSET_MICROS));
    }

    /** {@code date(x)}: the local calendar date of local micros. */
    public static Column localDate(Column localMicros) {
        Column days = localMicros.minus(pmod(localMicros, lit(MICROS_PER_DAY))).divide(lit(MICROS_PER_DAY));
        return date_from_unix_date(days.cast("int"));
    }

    /** 00:00 local of a date, as local micros. */
    public static Column startOfDayMicros(Column date) {
        return unix_date(date).cast("long").multiply(lit(MICROS_PER_DAY));
    }

    /** {@link #localDate(Column)} for one value: the local date of local micros, as days since 1970-01-01. */
    public static int localDay(long localMicros) {
        return (int) Math.floorDiv(localMicros, MICROS_PER_DAY);
    }

    /** 00:00 local of a day (days since 1970-01-01), as local micros. */
    public static long startOfDayMicros(int epochDay) {
        return epochDay * MICROS_PER_DAY;
    }

    /** Hours between two local-micros columns. */
    public static Column hoursBetween(Column fromMicros, Column toMicros) {
        return toMicros.minus(fromMicros).divide(lit(MICROS_PER_HOUR));
    }

    /** {@link #hoursBetween(Column, Column)} for one pair of local micros. */
    public static double hoursBetween(long fromMicros, long toMicros) {
        return (toMicros - fromMicros) / MICROS_PER_HOUR;
    }

    /** {@link Quarter#indexOf(LocalDate)}: the index of the quarter a date lies in. */
    public static Column quarterIndex(Column date) {
        return year(date).multiply(Quarter.PER_YEAR).plus(quarter(date)).minus(1);
    }

    /** {@link #quarterIndex(Column)} for one day (days since 1970-01-01). */
    public static int quarterIndex(int epochDay) {
        return Quarter.indexOf(LocalDate.ofEpochDay(epochDay));
    }

    /** {@link #quarterStart(Column)} for one quarter, as days since 1970-01-01. */
    public static int quarterStartDay(int index) {
        return (int) Quarter.ofIndex(index).start().toEpochDay();
    }

    /** {@link Quarter#index()}. */
    public static int quarterIndex(Quarter q) {
        return q.index();
    }

    /** {@link Quarter#start()}: qs, the first local day of the quarter with this index. */
    public static Column quarterStart(Column index) {
        return make_date(
                floor(index.divide(Quarter.PER_YEAR)).cast("int"),
                pmod(index, lit(Quarter.PER_YEAR)).multiply(Quarter.MONTHS).plus(1),
                lit(1));
    }

    /** qe: the first local day after the quarter with this index. */
    public static Column quarterEnd(Column index) {
        return quarterStart(index.plus(1));
    }

    /** {@link Quarter#toString()}: the quarter's name, e.g. {@code 2024Q3}. */
    public static Column quarterName(Column index) {
        return concat(
                floor(index.divide(Quarter.PER_YEAR)).cast("string"),
                lit("Q"),
                pmod(index, lit(Quarter.PER_YEAR)).plus(1).cast("string"));
    }
}
