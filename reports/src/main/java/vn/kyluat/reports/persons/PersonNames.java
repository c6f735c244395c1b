package vn.kyluat.reports.persons;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * How a unit's own report shows a person: by person code, or, when the configuration asks for it
 * ({@code report: {names_in_unit_reports: true}}), by full name with the code after it.
 */
public final class PersonNames {
    private final Map<String, String> names;

    private PersonNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public static PersonNames codesOnly() {
        return new PersonNames(Map.of());
    }

    /** The names of {@code codes} from the lake's staff relation; a code the lake does not know stays a code. */
    public static PersonNames fromLake(Path lake, Set<String> codes) {
        return new PersonNames(LakeStaffNames.read(lake, codes));
    }

    /** {@code Nguyễn Văn An (NV00012)}, or the code alone. */
    public String label(String personCode) {
        String name = names.get(personCode);
        return name == null ? personCode : name + " (" + personCode + ")";
    }
}
