package vn.kyluat.etl.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;

/** Decides, when an extraction step first starts, whether it reads incrementally; a restart keeps the decision. */
final class ExtractionPlanListener implements StepExecutionListener {
  private final RelationDataset dataset;

  ExtractionPlanListener(RelationDataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    ExecutionContext context = stepExecution.getExecutionContext();
    if (!ExtractionPlan.isStored(context)) {
      ExtractionPlan.decide(dataset.relation(), dataset.current()).store(context);
    }
  }
}
