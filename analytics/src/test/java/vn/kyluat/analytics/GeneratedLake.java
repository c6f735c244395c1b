package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import vn.kyluat.sample.GenerateCommand;

/** A small generated province written straight into a lake (5 grassroots organisations, 20 cells, 3 quarters). */
final class GeneratedLake {
    private GeneratedLake() {}

    /** Generates the province's lake under {@code workspace/lake}, with the given number of tasks. */
    static void write(Path workspace, int tasks) {
        assertThat(GenerateCommand.commandLine()
                        .execute(
                                "--lake-only",
                                "--workspace",
                                workspace.toString(),
                                "--grassroots",
                                "5",
                                "--cells",
                                "20",
                                "--quarters",
                                "3",
                                "--tasks",
                                String.valueOf(tasks)))
                .as("generate")
                .isZero();
    }
}
