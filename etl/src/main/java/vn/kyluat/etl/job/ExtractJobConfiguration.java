package vn.kyluat.etl.job;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.config.SourceType;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.CsvRelationFile;
import vn.kyluat.etl.source.CsvRelationReader;
import vn.kyluat.etl.source.JdbcRelationReader;
import vn.kyluat.etl.source.PostgresCopyRelationReader;
import vn.kyluat.etl.source.RelationQueries;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.SourceRow;
import vn.kyluat.etl.source.SourceSnapshots;

/**
 * The extraction job: a census of registry org codes; then, in parallel per source, the registry
 * relations; then, in parallel per source, every other relation (tasks before events); then the
 * manifest. Each relation is a chunk-oriented step (read, validate, write parts) followed by a
 * publish step. A failing source stops only its own flow; the manifest step always runs and ends
 * the job FAILED (restartable) unless every source completed.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository
public class ExtractJobConfiguration {
    public static final String JOB_NAME = "extract";

    @Bean
    DataSource dataSource(ExtractConfig config) {
        return JobRepositoryDatabase.open(config.jobRepository());
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    OrgRegistry orgRegistry() {
        return new OrgRegistry();
    }

    /** Closed with the context, which ends every snapshot a source's last step did not release. */
    @Bean
    SourceSnapshots sourceSnapshots() {
        return new SourceSnapshots();
    }

    /** Closed with the context, which stops any total still being taken for a census that never came. */
    @Bean
    CensusTotals censusTotals(ExtractConfig config, SourceSnapshots snapshots) {
        return new CensusTotals(config, snapshots);
    }

    /**
     * @param writeListeners listeners added to every extraction step (tests use one to fail a chunk)
     */
    @Bean
    Job extractJob(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ExtractConfig config,
            OrgRegistry orgRegistry,
            SourceSnapshots snapshots,
            CensusTotals censusTotals,
            ExtractProgress progress,
            ObjectProvider<ItemWriteListener<?>> writeListeners) {
        StepFactory steps = new StepFactory(
                jobRepository,
                transactionManager,
                config,
                orgRegistry,
                snapshots,
                censusTotals,
                progress,
                writeListeners.orderedStream().toList());
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(config.tuning().parallelism());

        List<Flow> phases = new ArrayList<>();
        for (List<Relation> phase : List.of(ExtractSteps.REGISTRY_PHASE, ExtractSteps.UNIT_PHASE)) {
            List<Flow> flows = config.sources().stream()
                    .filter(s -> !ExtractSteps.relations(s, phase).isEmpty())
                    .map(s -> steps.sourceFlow(s, ExtractSteps.relations(s, phase)))
                    .toList();
            if (!flows.isEmpty()) {
                String name = phase == ExtractSteps.REGISTRY_PHASE ? "registry" : "units";
                phases.add(new FlowBuilder<Flow>(name)
                        .split(executor)
                        .add(flows.toArray(Flow[]::new))
                        .build());
            }
        }
        Step census = new StepBuilder("org-census", jobRepository)
                .tasklet(
                        new OrgCensusTasklet(config.registrySources(), config.lakeRoot(), orgRegistry, snapshots),
                        transactionManager)
                .allowStartIfComplete(true)
                .build();
        Step manifest = new StepBuilder("manifest", jobRepository)
                .tasklet(new ManifestTasklet(config, jobRepository), transactionManager)
                .allowStartIfComplete(true)
                .build();

        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("extract-run").start(census);
        for (Flow phase : phases) {
            flow.on("*").to(phase);
        }
        flow.on("*").to(manifest);
        flow.from(manifest).on("COMPLETED").end();
        flow.from(manifest).on("*").fail();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(censusTotals)
                .start(flow.build())
                .end()
                .build();
    }

    /** Builds the steps of one source's relations. */
    private record StepFactory(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ExtractConfig config,
            OrgRegistry orgRegistry,
            SourceSnapshots snapshots,
            CensusTotals censusTotals,
            ExtractProgress progress,
            List<ItemWriteListener<?>> writeListeners) {

        Flow sourceFlow(SourceConfig source, List<Relation> relations) {
            FlowBuilder<Flow> flow =
                    new FlowBuilder<>(source.id() + "." + relations.get(0).tableName() + "-flow");
            flow.start(extract(source, relations.get(0))).next(publish(source, relations.get(0)));
            for (Relation relation : relations.subList(1, relations.size())) {
                flow.next(extract(source, relation)).next(publish(source, relation));
            }
            return flow.build();
        }

        private Step extract(SourceConfig source, Relation relation) {
            RelationDataset dataset = new RelationDataset(config.lakeRoot(), relation, source.id());
            ValidatingProcessor processor = new ValidatingProcessor(
                    relation, orgRegistry::codes, new RelationDataset(config.lakeRoot(), Relation.TASK, source.id()));
            PendingOrphans orphans = orphans(source);
            LakeChunkWriter writer = new LakeChunkWriter(dataset, progress, orphans);
            int chunkSize = config.tuning().chunkSize();
            ChunkOrientedStepBuilder<List<SourceRow>, List<CheckedRow>> step = new StepBuilder(
                            ExtractSteps.extract(source, relation), jobRepository)
                    .<List<SourceRow>, List<CheckedRow>>chunk(RowBlockReader.blocksPerChunk(chunkSize))
                    .transactionManager(transactionManager)
                    .reader(new RowBlockReader(reader(source, relation, orphans), dataset, chunkSize))
                    .processor(processor)
                    .writer(writer)
                    .listener(new ExtractionPlanListener(dataset, config.tuning()))
                    .listener(processor)
                    .listener(writer);
            writeListeners.forEach(step::listener);
            return step.build();
        }

        private Step publish(SourceConfig source, Relation relation) {
            RelationDataset dataset = new RelationDataset(config.lakeRoot(), relation, source.id());
            StepBuilder step = new StepBuilder(ExtractSteps.publish(source, relation), jobRepository);
            if (ExtractSteps.isLast(source, relation)) {
                step.listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        snapshots.release(
                                source.id()); // the source is read: its snapshot need not hold the database back
                        return null;
                    }
                });
            }
            return step.tasklet(
                            new PublishTasklet(
                                    dataset,
                                    ExtractSteps.extract(source, relation),
                                    jobRepository,
                                    new RunGuards(config),
                                    orphans(source),
                                    config.tuning(),
                                    new DeletionCensus(source, config.tuning(), snapshots, censusTotals)),
                            transactionManager)
                    .build();
        }

        private PendingOrphans orphans(SourceConfig source) {
            return new PendingOrphans(
                    config.lakeRoot(), source.id(), config.tuning().orphanRetryRuns());
        }

        /** The source's reader; events with the source's pending orphans merged in. */
        private RelationReader reader(SourceConfig source, Relation relation, PendingOrphans orphans) {
            RelationReader reader = sourceReader(source, relation);
            return relation == Relation.TASK_EVENT
                    ? new OrphanRetryReader(
                            reader, orphans, new RelationDataset(config.lakeRoot(), relation, source.id()))
                    : reader;
        }

        private RelationReader sourceReader(SourceConfig source, Relation relation) {
            if (source.type() == SourceType.POSTGRES) {
                return new PostgresCopyRelationReader(
                        snapshots.of(source), relation, RelationQueries.mapping(source, relation));
            }
            if (source.type().isJdbc()) {
                return new JdbcRelationReader(
                        source.id(),
                        source.jdbc(),
                        relation,
                        RelationQueries.mapping(source, relation),
                        config.tuning().fetchSize());
            }
            return new CsvRelationReader(
                    source.id(), CsvRelationFile.of(source.csvFolder(), relation), relation, source.csv());
        }
    }
}
