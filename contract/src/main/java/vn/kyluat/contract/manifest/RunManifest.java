package vn.kyluat.contract.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The record of one extraction run, written last at {@code lake/_runs/<run-id>/manifest.json}: a
 * run without one did not finish. The etl stage writes it and the analytics stage reads it, both
 * through this record, so a field renamed here is renamed for both. Fields are snake_case in the JSON;
 * fields a reader does not know are ignored, so a later etl may add some.
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

    /** When the run started, as an instant ({@code startedAt} is its ISO-8601 text). */
    public Instant started() {
        return Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(startedAt));
    }

    /**
     * Parses a manifest, checking what a reader relies on: the run's id, start and status, each source's
     * id and status, each relation's name and counts. {@code location} names it in the message of the
     * {@link IllegalArgumentException} thrown for anything else.
     */
    public static RunManifest parse(String location, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            required(root, "run_id");
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(required(root, "started_at"));
            required(root, "status");
            for (JsonNode source : root.path("sources")) {
                required(source, "source_id");
                required(source, "status");
                for (JsonNode relation : source.path("relations")) {
                    required(relation, "relation");
                    for (String count : List.of("read", "accepted", "rejected")) {
                        JsonNode value = relation.get(count);
                        if (value == null || !value.canConvertToLong()) {
                            throw new IllegalArgumentException("'" + count + "' of relation "
                                    + relation.get("relation").asText() + " is not a count");
                        }
                    }
                }
            }
            return JSON.treeToValue(root, RunManifest.class);
        } catch (JsonProcessingException
                | IllegalArgumentException
                | IllegalStateException
                | DateTimeParseException e) {
            throw new IllegalArgumentException(location + ": not a valid run manifest: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.asText();
    }

    public static RunManifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
