package vn.kyluat.etl.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.RowConverter;
import vn.kyluat.etl.source.SourceRow;
import vn.kyluat.etl.validate.RecordValidator;

/**
 * Converts each record of a block to typed values and checks it against every rule of its relation.
 * The last key seen (for duplicates) is saved with each chunk so that a restart continues the comparison.
 */
final class ValidatingProcessor
        implements ItemProcessor<List<SourceRow>, List<CheckedRow>>, ItemStream, StepExecutionListener {
    private static final String LAST_KEY = "validator.last_key";
    private final Relation relation;
    private final RowConverter converter;
    private final Supplier<Set<String>> knownOrgs;
    private final RelationDataset sourceTasks;
    private Instant runStartedAt;
    private RecordValidator validator;

    /** @param sourceTasks the source's task dataset, whose published keys events must refer to */
    ValidatingProcessor(Relation relation, Supplier<Set<String>> knownOrgs, RelationDataset sourceTasks) {
        this.relation = relation;
        this.converter = new RowConverter(relation);
        this.knownOrgs = knownOrgs;
        this.sourceTasks = sourceTasks;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runStartedAt = RunParameters.of(stepExecution).startedAt();
    }

    @Override
    public void open(ExecutionContext context) {
        // A HashSet compares hashes before texts; an immutable set's probe compares texts at every step.
        validator = RecordValidator.forRelation(
                relation, new HashSet<>(knownOrgs.get()), this::publishedTaskCodes, runStartedAt);
        if (context.containsKey(LAST_KEY)) {
            validator.duplicates().resume(context.get(LAST_KEY));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        Object lastKey = validator.duplicates().lastKey();
        if (lastKey instanceof String || lastKey instanceof Long) {
            context.put(LAST_KEY, lastKey);
        }
    }

    @Override
    public List<CheckedRow> process(List<SourceRow> block) {
        List<CheckedRow> checked = new ArrayList<>(block.size());
        for (SourceRow row : block) {
            Object[] values = converter.convert(row);
            checked.add(new CheckedRow(values, row.raw(), validator.validate(values)));
        }
        return checked;
    }

    /** Read by this thread and the common pool at once: the step cannot check its first event before. */
    private Set<String> publishedTaskCodes() {
        Optional<CurrentVersion> current = sourceTasks.current();
        Set<String> codes = ConcurrentHashMap.newKeySet(
                current.map(v -> (int) (v.rows() / 0.75) + 1).orElse(16));
        current.ifPresent(v -> sourceTasks.parts(v.version()).parallelStream()
                .forEach(part -> ParquetFiles.readColumn(part, "task_code", code -> codes.add((String) code))));
        return codes;
    }
}
