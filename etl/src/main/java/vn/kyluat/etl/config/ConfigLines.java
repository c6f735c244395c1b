package vn.kyluat.etl.config;

import java.util.Map;
import vn.kyluat.contract.Relation;

/**
 * Where a source stands in the configuration file ({@code /etc/pipeline.yaml:12}), so that an error
 * met while reading it can send the user to the line to change.
 *
 * @param source the line of the source's entry
 * @param relations the line of each relation's own SQL under {@code relations:}
 */
public record ConfigLines(String source, Map<Relation, String> relations) {

    public ConfigLines {
        relations = Map.copyOf(relations);
    }

    /** The line that decides how the relation is read: its own SQL, else the source's entry. */
    public String of(Relation relation) {
        return relations.getOrDefault(relation, source);
    }
}
