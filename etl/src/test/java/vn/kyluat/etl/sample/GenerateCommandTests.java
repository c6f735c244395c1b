package vn.kyluat.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.kyluat.etl.EtlMain;

class GenerateCommandTests {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine command = EtlMain.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(out, true));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "generate";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return command.execute(withCommand);
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
