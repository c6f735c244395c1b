package vn.kyluat.etl.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import vn.kyluat.etl.source.SourceConnections;
import vn.kyluat.etl.source.SourceUnavailableException;

/** The message that says why a step failed: the source's own words when a source could not be read. */
final class StepFailures {
    private StepFailures() {}

    /** Null when the step completed. */
    static String message(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        for (Throwable failure : step.getFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SourceUnavailableException) {
                    return t.getMessage();
                }
            }
        }
        if (!step.getFailureExceptions().isEmpty()) {
            return step.getStepName() + ": "
                    + SourceConnections.rootMessage(step.getFailureExceptions().get(0));
        }
        String description = step.getExitStatus().getExitDescription();
        String firstLine = description == null || description.isBlank()
                ? step.getStatus().toString()
                : description.lines().findFirst().orElse("");
        return step.getStepName() + ": " + firstLine.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }
}
