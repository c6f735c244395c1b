package vn.kyluat.etl.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Databases a test creates on a real server, uniquely named with the module's prefix and dropped
 * by {@link #dropAll()}; each server says how to run its administrative statements.
 */
abstract class ServerDatabases {
    private final String prefix = "etl_test_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final List<String> created = new ArrayList<>();

    /** Runs one administrative statement (CREATE / DROP DATABASE) on the server. */
    abstract void admin(String sql);

    /** How the server creates a database of that name. */
    abstract String createDatabase(String database);

    /** How the server drops a database of that name, even while connections remain. */
    abstract String dropDatabase(String database);

    /** Creates a database and returns its name. */
    public String create(String name) {
        String database = prefix + name.replace('-', '_');
        admin(createDatabase(database));
        created.add(database);
        return database;
    }

    public void dropAll() {
        for (String database : created) {
            admin(dropDatabase(database));
        }
        created.clear();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
