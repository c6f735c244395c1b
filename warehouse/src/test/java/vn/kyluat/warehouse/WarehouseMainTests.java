package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WarehouseMainTests {
    @Test
    void loadPrintsTheVersion() {
        CommandLine line = WarehouseMain.commandLine();
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));

        assertThat(line.execute("load", "--version")).isZero();
        assertThat(out.toString()).startsWith("kyluat warehouse, metrics definitions version ");
    }
}
