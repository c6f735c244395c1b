package vn.kyluat.etl.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The organisation codes of the registry sources for this run, filled by the census step. */
public final class OrgRegistry {
    private final Set<String> codes = ConcurrentHashMap.newKeySet();

    void replaceWith(Set<String> census) {
        codes.clear();
        codes.addAll(census);
    }

    public Set<String> codes() {
        return codes;
    }
}
