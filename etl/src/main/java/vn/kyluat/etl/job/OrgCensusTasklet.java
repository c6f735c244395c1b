package vn.kyluat.etl.job;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.OrgCodeCensus;
import vn.kyluat.etl.source.SourceSnapshots;

/**
 * Collects the organisation codes of every registry source before anything is validated. A
 * registry that cannot be read now counts with the codes it last published, so one unreachable
 * registry does not turn every other source's rows into rejects.
 */
final class OrgCensusTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(OrgCensusTasklet.class);
    private final List<SourceConfig> registries;
    private final Path lakeRoot;
    private final OrgRegistry registry;
    private final SourceSnapshots connections;

    OrgCensusTasklet(List<SourceConfig> registries, Path lakeRoot, OrgRegistry registry, SourceSnapshots connections) {
        this.registries = registries;
        this.lakeRoot = lakeRoot;
        this.registry = registry;
        this.connections = connections;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Set<String> codes = new HashSet<>();
        for (SourceConfig source : registries) {
            try {
                codes.addAll(OrgCodeCensus.read(source, connections));
            } catch (RuntimeException e) {
                LOG.warn("{}; checking org codes against its last published org_unit", e.getMessage());
                codes.addAll(published(source));
            }
        }
        registry.replaceWith(codes);
        return RepeatStatus.FINISHED;
    }

    private Set<String> published(SourceConfig source) {
        RelationDataset orgUnits = new RelationDataset(lakeRoot, Relation.ORG_UNIT, source.id());
        Set<String> codes = new HashSet<>();
        orgUnits.current()
                .ifPresent(v -> orgUnits.parts(v.version())
                        .forEach(part ->
                                ParquetFiles.column(part, "org_code").forEach(code -> codes.add((String) code))));
        return codes;
    }
}
