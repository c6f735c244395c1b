package vn.kyluat.etl.lake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.validate.Rejection;

/** Builds rows of the rejects dataset ({@code LakeLayout.REJECT_COLUMNS}). */
public final class RejectRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RejectRows() {}

    /**
     * @param raw the record's fields as the source delivered them, contract column order
     */
    public static Object[] row(
            String runId, String sourceId, Relation relation, Object[] raw, Rejection rejection, Instant rejectedAt) {
        Object key = raw[relation.columnNames().indexOf(relation.keyColumn())];
        return new Object[] {
            runId,
            sourceId,
            relation.tableName(),
            key == null ? null : key.toString(),
            rejection.rule().code(),
            rejection.detail(),
            rawJson(relation.columnNames(), raw),
            rejectedAt
        };
    }

    /** The raw fields as a JSON object of strings (null stays null), in column order. */
    static String rawJson(List<String> names, Object[] raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            fields.put(names.get(i), raw[i] == null ? null : raw[i].toString());
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
