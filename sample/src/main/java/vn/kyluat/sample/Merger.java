package vn.kyluat.sample;

import java.time.LocalDate;
import java.util.Map;

/**
 * The grassroots organisation absorbed part-way through the quarters: valid until the day before
 * {@code mergeDay}, then counted under {@code absorberCode}.
 *
 * @param successors every organisation dissolved by the merger and the one that carries it on
 *     (moved cells get a new code under the absorber; the others join an existing cell)
 */
public record Merger(String absorbedCode, String absorberCode, LocalDate mergeDay, Map<String, String> successors) {}
