package vn.kyluat.etl.job;

import java.util.Map;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.etl.lake.RelationDataset;

/**
 * The version folder an extraction step writes, named by its write id: the run id, or, when that
 * run's version is published already, the run id and the step execution. A published version is
 * never written into: a restart that re-runs a step whose publication its job repository lost (a
 * SIGKILL before the record was written) starts the step again on top of the published version, in
 * a new one, instead of deleting the published version's parts as uncommitted chunks.
 */
final class StepVersion {
    private static final String WRITE_ID = "write.id";

    private StepVersion() {}

    /**
     * Makes the step context name a version that is not published: kept as it is when so, else
     * emptied (the step starts again) and named anew. Runs before anything reads the context.
     */
    static void prepare(StepExecution step, RelationDataset dataset) {
        ExecutionContext context = step.getExecutionContext();
        String runId = RunParameters.of(step).runId();
        String writeId = writeId(context, runId);
        if (!isPublished(dataset, writeId)) {
            context.putString(WRITE_ID, writeId);
            return;
        }
        context.entrySet().stream().map(Map.Entry::getKey).toList().forEach(context::remove);
        context.putString(WRITE_ID, runId + "-r" + step.getId());
    }

    /** The write id the extraction step's context names (the run id for a step begun before write ids existed). */
    static String writeId(ExecutionContext extractContext, String runId) {
        return extractContext.containsKey(WRITE_ID) ? extractContext.getString(WRITE_ID) : runId;
    }

    private static boolean isPublished(RelationDataset dataset, String writeId) {
        return dataset.current()
                .map(v -> v.version().equals(RelationDataset.versionOf(writeId)))
                .orElse(false);
    }
}
