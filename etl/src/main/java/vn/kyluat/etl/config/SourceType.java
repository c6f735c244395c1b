package vn.kyluat.etl.config;

import java.util.Arrays;
import java.util.Locale;

/** How a unit system is reached: a PostgreSQL database, any other JDBC database, or a folder of CSV files. */
public enum SourceType {
    POSTGRES,
    JDBC,
    CSV;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isJdbc() {
        return this != CSV;
    }

    static SourceType fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.configName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source type '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(SourceType::configName).toList()));
    }
}
