package vn.kyluat.etl.source;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Splits a relation's keys into buckets the database and Java compute alike, so that the key census
 * can compare per-bucket figures (row count, key checksum) that the database aggregates itself
 * instead of sending every key. Only portable SQL (H2, PostgreSQL, MariaDB) and only arithmetic on
 * which Java and the three engines agree bit for bit:
 *
 * <ul>
 *   <li>{@code ids}: integer keys (event ids) in ranges of {@code size} ids, {@code k - MOD(k, size)};
 *       the checksum is the key itself. SQL's MOD and Java's {@code %} both keep the dividend's sign.
 *   <li>{@code codes}: text keys (task codes) by a hash of their length and last three characters,
 *       {@code MOD(h, size)}; the checksum is {@code h}. A database's collation never enters it (no
 *       comparison of text), and characters are taken as {@code ASCII}, which the three engines give
 *       alike for printable ASCII only: a code with any other character (or none) has no bucket Java
 *       can name ({@link #bucketOf} is empty), and the census then treats it as unknown.
 * </ul>
 */
public record KeyBuckets(Kind kind, long size) {
    /** Weights of the hashed characters: above 2^31, so that every engine computes in BIGINT. */
    private static final long[] WEIGHTS = {4_294_967_311L, 4_294_967_357L, 4_294_967_371L};

    /** How keys are bucketed. */
    public enum Kind {
        IDS,
        CODES
    }

    public KeyBuckets {
        if (size < 1) {
            throw new IllegalArgumentException("a bucket size must be positive: " + size);
        }
    }

    /**
     * Buckets of ids holding about {@code perBucket} of {@code keys} ids spread from {@code min} to
     * {@code max}: never narrower than {@code perBucket} ids (ids are at most that dense).
     */
    public static KeyBuckets ids(long keys, long min, long max, long perBucket) {
        double span = (double) max - (double) min + 1;
        long buckets = Math.max(1, keys / perBucket);
        return new KeyBuckets(Kind.IDS, Math.max(perBucket, (long) Math.ceil(span / buckets)));
    }

    /** Buckets of codes holding about {@code perBucket} of {@code keys} codes each. */
    public static KeyBuckets codes(long keys, long perBucket) {
        return new KeyBuckets(Kind.CODES, Math.max(1, keys / perBucket));
    }

    /** The bucket of each row, as SQL over the (quoted) key column. */
    public String bucketSql(String key) {
        return kind == Kind.IDS ? key + " - MOD(" + key + ", " + size + ")" : "MOD(" + hashSql(key) + ", " + size + ")";
    }

    /** The checksum of each row's key, as SQL over the (quoted) key column. */
    public String checksumSql(String key) {
        return kind == Kind.IDS ? key : hashSql(key);
    }

    private static String hashSql(String key) {
        StringBuilder sql =
                new StringBuilder("COALESCE(CHAR_LENGTH(").append(key).append(")");
        for (int i = 0; i < WEIGHTS.length; i++) {
            // RIGHT(k, i) is the whole code when it is shorter: its first character, as in Java below.
            sql.append(" + ASCII(RIGHT(")
                    .append(key)
                    .append(", ")
                    .append(i + 1)
                    .append(")) * ")
                    .append(WEIGHTS[i]);
        }
        return sql.append(", 0)").toString();
    }

    /** The bucket of a key as the database computes it; empty when Java cannot tell (see the class comment). */
    public OptionalLong bucketOf(Object key) {
        OptionalLong checksum = checksum(key);
        if (checksum.isEmpty()) {
            return checksum;
        }
        long c = checksum.getAsLong();
        return OptionalLong.of(kind == Kind.IDS ? c - c % size : c % size);
    }

    /** The checksum of a key as the database computes it; empty when Java cannot tell. */
    public OptionalLong checksum(Object key) {
        if (kind == Kind.IDS) {
            return key instanceof Long id ? OptionalLong.of(id) : OptionalLong.empty();
        }
        if (!(key instanceof String code) || code.isEmpty()) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return OptionalLong.empty();
            }
        }
        long h = code.length();
        for (int i = 0; i < WEIGHTS.length; i++) {
            h += code.charAt(Math.max(0, code.length() - 1 - i)) * WEIGHTS[i];
        }
        return OptionalLong.of(h);
    }

    /** As kept beside a published version: {@code ids 4096}. */
    public String format() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + size;
    }

    public static KeyBuckets parse(String text) {
        String[] parts = text.trim().split(" ");
        return new KeyBuckets(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1]));
    }

    /** One bucket's figures: its rows and the sum of their checksums. */
    public record Figures(long rows, BigDecimal checksum) {
        public static final Figures NONE = new Figures(0, BigDecimal.ZERO);

        public Figures plus(Figures other) {
            return new Figures(rows + other.rows, checksum.add(other.checksum));
        }

        /** Equal counts and equal sums (BigDecimal's equals would also compare scales: 5 vs 5.0). */
        public boolean sameAs(Figures other) {
            return rows == other.rows && checksum.compareTo(other.checksum) == 0;
        }
    }
}
