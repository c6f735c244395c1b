package vn.kyluat.sample;

import java.util.List;

/**
 * One task system of the province: the grassroots organisations whose tasks, events, discipline
 * actions and inspection findings it keeps.
 *
 * @param tag short upper-case name used in the unit's record codes ({@code A}, {@code CSV})
 * @param salt distinguishes the unit's random stream from the others'
 */
public record TaskUnit(String id, String tag, boolean csv, List<String> grassrootsCodes, long tasks, int salt) {
    public TaskUnit {
        grassrootsCodes = List.copyOf(grassrootsCodes);
    }
}
