package vn.kyluat.bench.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.bench.analyze.BenchAnalyzeCommand.Line;

/** The 3× target is set at 10 M tasks: a smaller size is only compared, and the exit code follows. */
class BenchTableTests {
    private static Line line(long tasks, double sparkSeconds, double duckSeconds, long mismatches) {
        return new Line(
                tasks,
                sparkSeconds,
                new PeakMemory.Peak(1L << 30, 2L << 30, false),
                duckSeconds,
                new DuckDbReference.Comparison(4348, 3560, mismatches, List.of()));
    }

    @Test
    void aSizeBelowTheTargetsIsOnlyComparedAndATargetedOneIsHeldToThreeTimesDuckDb() {
        List<String> rows = BenchTable.format(List.of(line(1_000_000, 52.3, 2.7, 0), line(10_000_000, 88.1, 32.3, 0)))
                .lines()
                .toList();

        assertThat(rows.get(1)).contains("19.37").contains("  -  ").endsWith("equal");
        assertThat(rows.get(2)).contains("2.73").contains("3.0").endsWith("PASS");
    }

    @Test
    void exitsZeroWhenEveryTargetedSizeIsWithinTheTarget() {
        assertThat(BenchAnalyzeCommand.exitCode(
                        List.of(line(1_000_000, 52.3, 2.7, 0), line(10_000_000, 88.1, 32.3, 0))))
                .isZero();
    }

    @Test
    void exitsThreeWhenATargetedSizeIsSlowerAndOneOnAMismatchWhateverTheTimes() {
        assertThat(BenchAnalyzeCommand.exitCode(List.of(line(10_000_000, 98.1, 31.7, 0))))
                .isEqualTo(3);
        assertThat(BenchAnalyzeCommand.exitCode(List.of(line(1_000_000, 2.0, 2.7, 1), line(10_000_000, 60.0, 32.3, 0))))
                .isEqualTo(1);
        assertThat(BenchTable.format(List.of(line(1_000_000, 2.0, 2.7, 1)))
                        .lines()
                        .toList()
                        .get(1))
                .endsWith("FAIL");
    }
}
