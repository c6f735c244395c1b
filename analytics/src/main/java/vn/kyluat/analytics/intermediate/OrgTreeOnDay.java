package vn.kyluat.analytics.intermediate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation tree valid on one day (docs/metrics.md): the units valid that day, each under its
 * parent; a unit that is not valid that day stands for its successor (followed along chains).
 * Small (a few thousand units), so it is computed on the driver, as plain Java.
 */
public final class OrgTreeOnDay {
    private final Map<String, OrgUnit> all = new LinkedHashMap<>();
    private final LocalDate day;

    public OrgTreeOnDay(List<OrgUnit> units, LocalDate day) {
        units.forEach(u -> all.putIfAbsent(u.code(), u));
        this.day = day;
    }

    /** The units founded on or before the day, dissolved ones too, in registry order. */
    public List<OrgUnit> foundedUnits() {
        return all.values().stream().filter(u -> !u.validFrom().isAfter(day)).toList();
    }

    /** The units valid on the day, in registry order. */
    public List<OrgUnit> validUnits() {
        return all.values().stream().filter(u -> u.validOn(day)).toList();
    }

    /**
     * The unit valid on the day that stands for {@code code}: itself when valid, else its successor,
     * followed until a valid one. Empty for an unknown code, a unit not yet founded, a chain that ends
     * without a valid unit, or a cycle.
     */
    public Optional<OrgUnit> resolve(String code) {
        Set<String> seen = new HashSet<>();
        OrgUnit unit = all.get(code);
        while (unit != null && !unit.validOn(day) && seen.add(unit.code())) {
            unit = unit.successorCode() == null || unit.validFrom().isAfter(day) ? null : all.get(unit.successorCode());
        }
        return unit != null && unit.validOn(day) ? Optional.of(unit) : Optional.empty();
    }

    /** The parent in the tree of the day: the unit standing for parent_code. */
    public Optional<OrgUnit> parent(OrgUnit unit) {
        return unit.parentCode() == null ? Optional.empty() : resolve(unit.parentCode());
    }

    /** {@code unit} itself, then its ancestors up to the root (a cycle in the data stops the walk). */
    public List<OrgUnit> selfAndAncestors(OrgUnit unit) {
        List<OrgUnit> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Optional<OrgUnit> u = Optional.of(unit);
                u.isPresent() && seen.add(u.get().code());
                u = parent(u.get())) {
            chain.add(u.get());
        }
        return chain;
    }

    /** Every registry code (valid or dissolved) with the valid units it counts under, own unit first. */
    public Map<String, List<OrgUnit>> closure() {
        Map<String, List<OrgUnit>> closure = new LinkedHashMap<>();
        for (String code : all.keySet()) {
            resolve(code).ifPresent(own -> closure.put(code, selfAndAncestors(own)));
        }
        return closure;
    }
}
