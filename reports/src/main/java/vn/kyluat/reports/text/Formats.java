package vn.kyluat.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.kyluat.contract.MetricKind;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Zone;

/**
 * How numbers, dates and quarters are written in one language. Vietnamese writes {@code 1.234,5}
 * and {@code 30/09/2024}; English {@code 1,234.5} and {@code 2024-09-30}. Instants are shown in
 * Vietnam's local time (+07:00), never the JVM's default zone.
 */
public final class Formats {
    /** What an empty (null) figure is shown as. */
    public static final String NONE = "–";

    private final Language language;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    public Formats(Language language) {
        this.language = language;
        this.symbols = new DecimalFormatSymbols(language.locale());
        symbols.setDecimalSeparator(language == Language.VI ? ',' : '.');
        symbols.setGroupingSeparator(language == Language.VI ? '.' : ',');
        symbols.setMinusSign('−');
        this.dates = DateTimeFormatter.ofPattern(language == Language.VI ? "dd/MM/yyyy" : "yyyy-MM-dd");
        this.dateTimes = DateTimeFormatter.ofPattern(language == Language.VI ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm");
    }

    public Language language() {
        return language;
    }

    /** A metric's value as the report shows it; null as {@link #NONE}. */
    public String value(MetricKind kind, Object value) {
        if (value == null) {
            return NONE;
        }
        return switch (kind) {
            case COUNT, RANK -> integer(((Number) value).longValue());
            case RATE -> percent(((Number) value).doubleValue());
            case RATE_CHANGE -> points(((Number) value).doubleValue());
            case DAYS, HOURS, PER_100, INDEX -> decimal(((Number) value).doubleValue(), 1);
            case FLAG -> Boolean.TRUE.equals(value) ? yes() : no();
            case TEXT -> value.toString();
        };
    }

    public String integer(long value) {
        return pattern("#,##0").format(value);
    }

    public String decimal(double value, int digits) {
        return decimal(BigDecimal.valueOf(value), digits);
    }

    /** Rounded half up from the decimal the mart wrote (0.8765 → 87,7 %), not from its binary neighbour. */
    private String decimal(BigDecimal value, int digits) {
        DecimalFormat format = pattern(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits));
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_UP);
        // −0,0 reads as a fall that is not there: a value that rounds to zero is written unsigned.
        return format.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
    }

    /** A share as a percentage with one decimal: {@code 87,5 %} (vi), {@code 87.5%} (en). */
    public String percent(double share) {
        return decimal(BigDecimal.valueOf(share).movePointRight(2), 1) + (language == Language.VI ? " %" : "%");
    }

    /** A difference of two shares in percentage points, always signed. */
    public String points(double difference) {
        boolean rise = BigDecimal.valueOf(difference)
                        .movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .signum()
                > 0;
        String sign = rise ? "+" : "";
        return sign
                + decimal(BigDecimal.valueOf(difference).movePointRight(2), 1)
                + (language == Language.VI ? " điểm %" : " pp");
    }

    public String date(LocalDate date) {
        return date == null ? NONE : dates.format(date);
    }

    /** An instant in Vietnam's local time, with the offset written out. */
    public String dateTime(Instant instant) {
        return instant == null ? NONE : dateTimes.format(instant.atOffset(Zone.VIETNAM)) + " (+07:00)";
    }

    /** {@code Quý 3/2024} (vi) or {@code Q3 2024} (en). */
    public String quarter(Quarter quarter) {
        return language == Language.VI
                ? "Quý " + quarter.number() + "/" + quarter.year()
                : "Q" + quarter.number() + " " + quarter.year();
    }

    /** A short quarter label for chart axes: {@code Q3/24} (vi) or {@code 24Q3} (en). */
    public String shortQuarter(Quarter quarter) {
        String year = String.format("%02d", quarter.year() % 100);
        return language == Language.VI ? "Q" + quarter.number() + "/" + year : year + "Q" + quarter.number();
    }

    public String yes() {
        return language == Language.VI ? "Có" : "Yes";
    }

    public String no() {
        return language == Language.VI ? "Không" : "No";
    }

    /** A format for chart axes and tick labels in this language. */
    public DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, symbols);
    }
}
