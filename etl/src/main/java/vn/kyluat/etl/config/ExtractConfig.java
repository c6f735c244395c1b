package vn.kyluat.etl.config;

import java.nio.file.Path;
import java.util.List;

/** The extraction stage's view of the pipeline configuration. */
public record ExtractConfig(
    Path file, Path lakeRoot, JdbcTarget jobRepository, ExtractTuning tuning, List<SourceConfig> sources) {

  public ExtractConfig {
    sources = List.copyOf(sources);
  }

  public List<SourceConfig> registrySources() {
    return sources.stream().filter(SourceConfig::registry).toList();
  }
}
