package vn.kyluat.etl.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;

/**
 * Decides, when an extraction step first starts, whether it reads incrementally; a restart keeps the
 * decision, unless the step's version was published already ({@link StepVersion}): then the step
 * starts again, deciding anew on top of the published version. A source the run reads whole
 * ({@code --full}) is read as a first load is.
 */
final class ExtractionPlanListener implements StepExecutionListener {
    private final RelationDataset dataset;
    private final ExtractTuning tuning;

    ExtractionPlanListener(RelationDataset dataset, ExtractTuning tuning) {
        this.dataset = dataset;
        this.tuning = tuning;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        StepVersion.prepare(stepExecution, dataset);
        ExecutionContext context = stepExecution.getExecutionContext();
        if (!ExtractionPlan.isStored(context)) {
            boolean whole = RunParameters.of(stepExecution).wholeReads().contains(dataset.sourceId());
            (whole ? ExtractionPlan.WHOLE : ExtractionPlan.decide(dataset.relation(), dataset.current(), tuning))
                    .store(context);
        }
    }
}
