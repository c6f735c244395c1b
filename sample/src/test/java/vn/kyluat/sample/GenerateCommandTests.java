package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GenerateCommandTests {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine command = GenerateCommand.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(out, true));
        return command.execute(args);
    }

    @Test
    void helpNamesEveryFlag() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "--workspace",
                        "--seed",
                        "--grassroots",
                        "--cells",
                        "--quarters",
                        "--tasks",
                        "--bad-per-rule",
                        "--pg-url",
                        "--db-prefix");
    }

    @Test
    void aProvinceTooSmallIsAUsageError() {
        assertThat(run("--grassroots", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--grassroots must be at least 5");
    }

    @Test
    void aUrlThatIsNotPostgresIsAUsageError() {
        assertThat(run("--pg-url", "jdbc:mysql://localhost/")).isEqualTo(2);
        assertThat(err.toString()).contains("--pg-url must look like jdbc:postgresql://");
    }
}
