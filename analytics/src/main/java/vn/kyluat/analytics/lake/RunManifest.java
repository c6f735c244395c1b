package vn.kyluat.analytics.lake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an extraction run wrote last in {@code _runs/<run-id>/manifest.json}: per source and
 * relation, how many records were read, accepted and rejected (by rule code). Unknown fields are
 * ignored so that the etl stage can add some.
 */
public record RunManifest(String runId, Instant startedAt, Instant finishedAt, String status, List<SourceRun> sources) {

    public RunManifest {
        sources = List.copyOf(sources);
    }

    /** One source of a run; {@code error} is set when the source failed. */
    public record SourceRun(String sourceId, String type, String status, String error, List<RelationRun> relations) {
        public SourceRun {
            relations = List.copyOf(relations);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    /** One relation of one source in a run; watermarks and version are null where the stage wrote none. */
    public record RelationRun(
            String relation,
            String mode,
            String watermarkBefore,
            String watermarkAfter,
            long read,
            long accepted,
            long rejected,
            Map<String, Long> rejectedByRule,
            String version) {
        public RelationRun {
            rejectedByRule = Map.copyOf(rejectedByRule);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Parses a manifest; {@code location} names it in errors. */
    public static RunManifest parse(String location, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<SourceRun> sources = new ArrayList<>();
            for (JsonNode source : root.path("sources")) {
                List<RelationRun> relations = new ArrayList<>();
                for (JsonNode relation : source.path("relations")) {
                    relations.add(relationRun(relation));
                }
                sources.add(new SourceRun(
                        required(source, "source_id"),
                        text(source, "type"),
                        required(source, "status"),
                        text(source, "error"),
                        relations));
            }
            return new RunManifest(
                    required(root, "run_id"),
                    Instant.from(ISO.parse(required(root, "started_at"))),
                    instant(root, "finished_at"),
                    required(root, "status"),
                    sources);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new LakeContractException(location + ": not a valid run manifest: " + e.getMessage());
        }
    }

    private static RelationRun relationRun(JsonNode relation) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        relation.path("rejected_by_rule")
                .properties()
                .forEach(e -> byRule.put(e.getKey(), e.getValue().asLong()));
        return new RelationRun(
                required(relation, "relation"),
                text(relation, "mode"),
                text(relation, "watermark_before"),
                text(relation, "watermark_after"),
                count(relation, "read"),
                count(relation, "accepted"),
                count(relation, "rejected"),
                byRule,
                text(relation, "version"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    private static long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException(
                    "'" + field + "' of relation " + text(node, "relation") + " is not a count");
        }
        return value.asLong();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.from(ISO.parse(value));
    }
}
