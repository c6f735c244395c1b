package vn.kyluat.sample;

/** Where the rows of one unit system go: an H2 file, a PostgreSQL database, or a folder of CSV files. */
public interface UnitSink extends AutoCloseable {
    void write(GeneratedRow row);

    /** Where the unit ended up, for the summary and the pipeline configuration. */
    String location();

    /** Finishes the unit (flushes, builds indexes) and releases it. */
    @Override
    void close();
}
