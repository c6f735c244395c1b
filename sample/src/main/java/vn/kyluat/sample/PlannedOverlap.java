package vn.kyluat.sample;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One document assigned to several lead units (the "one task, one lead unit" violation of docs/metrics.md):
 * each member is the {@code taskIndex}-th task of a unit, written with its own spelling of the
 * reference and led by a cell of its own grassroots organisation, so the leads always differ.
 */
public record PlannedOverlap(String normalizedRef, List<Member> members) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public record Member(String unitId, long taskIndex, String spelling, String grassrootsCode) {}

    /** The overlap key of docs/metrics.md: trimmed, upper-cased, inner spaces collapsed. */
    public static String normalize(String ref) {
        return SPACES.matcher(ref.trim().toUpperCase(Locale.ROOT)).replaceAll(" ");
    }
}
