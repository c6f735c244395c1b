package vn.kyluat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReportsMainTests {
    @Test
    void reportPrintsTheVersion() {
        CommandLine cli = ReportsMain.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("report", "--version")).isZero();
        assertThat(out.toString()).startsWith("kyluat reports ");
    }
}
