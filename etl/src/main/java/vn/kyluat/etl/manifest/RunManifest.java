package vn.kyluat.etl.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The record of one extraction run, written last at {@code lake/_runs/<run-id>/manifest.json}: a
 * run without one did not finish.
 */
public record RunManifest(
        String runId, String startedAt, String finishedAt, String status, List<SourceReport> sources) {
    public static final String COMPLETED = "COMPLETED";
    public static final String PARTIAL = "PARTIAL";
    public static final String FAILED = "FAILED";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RunManifest {
        sources = List.copyOf(sources);
    }

    /** COMPLETED when every source completed, FAILED when every source failed, PARTIAL otherwise. */
    public static String statusOf(List<SourceReport> sources) {
        if (sources.stream().allMatch(SourceReport::completed)) {
            return COMPLETED;
        }
        return sources.stream().allMatch(SourceReport::failed) ? FAILED : PARTIAL;
    }

    public void write(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(temp.toFile(), this);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static RunManifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
