package vn.kyluat.etl.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The extraction stage's view of the pipeline configuration.
 *
 * @param acceptShrink ids of the sources whose shrunken whole reloads this run publishes on purpose
 *     (given on the command line, not in the file)
 */
public record ExtractConfig(
        Path file,
        Path lakeRoot,
        JdbcTarget jobRepository,
        ExtractTuning tuning,
        ExtractGuards guards,
        List<SourceConfig> sources,
        Set<String> acceptShrink) {

    public ExtractConfig {
        sources = List.copyOf(sources);
        acceptShrink = Set.copyOf(acceptShrink);
    }

    /**
     * This configuration, publishing the named sources' shrunken reloads.
     *
     * @throws IllegalArgumentException naming a source the configuration does not have
     */
    public ExtractConfig acceptingShrinkOf(Set<String> sourceIds) {
        requireSources("--accept-shrink", sourceIds);
        return new ExtractConfig(file, lakeRoot, jobRepository, tuning, guards, sources, sourceIds);
    }

    /**
     * @param option the command-line option that named the sources, for the message
     * @throws IllegalArgumentException naming a source the configuration does not have
     */
    public void requireSources(String option, Set<String> sourceIds) {
        for (String id : sourceIds) {
            if (sources.stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalArgumentException(
                        option + " " + id + ": " + file + " has no source '" + id + "'; its sources are "
                                + sources.stream().map(SourceConfig::id).toList());
            }
        }
    }

    /** This configuration with other tuning (the benchmark turns the key census off). */
    public ExtractConfig withTuning(ExtractTuning other) {
        return new ExtractConfig(file, lakeRoot, jobRepository, other, guards, sources, acceptShrink);
    }

    public List<SourceConfig> registrySources() {
        return sources.stream().filter(SourceConfig::registry).toList();
    }
}
