package vn.kyluat.bench.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.PublishedSet;

/**
 * A large province made of copies of a small real one: the marts analytics wrote for the reports' test
 * fixture (a generated province, extracted and analysed), each row written once per copy with every
 * code and name of a unit below the bloc, task, event, finding and person suffixed by the copy's number.
 * Counts, rates, intervals and indexes stay as analytics wrote them: nothing is computed here. The bloc's
 * own rows, the extraction's data quality and its rejects are those of one copy (the copies hang under
 * the one bloc; a benchmark renders them, it does not read the bloc's sums).
 */
final class ReplicatedMarts {
    /** The columns holding a code or a name that must stay distinct between copies. */
    private static final Set<String> PER_COPY = Set.of(
            "org_code",
            "org_name",
            "parent_code",
            "holder_org_code",
            "holder_org_name",
            "lead_org_code",
            "lead_org_name",
            "counted_under_code",
            "successor_code",
            "from_org_code",
            "to_org_code",
            "finding_org_code",
            "assigned_by_org_code",
            "task_code",
            "event_id",
            "finding_code",
            "origin_ref",
            "head_person_code",
            "person_code",
            "assignee_code");
    /** Marts of the extraction runs, not of units: written once. */
    private static final Set<Mart> ONCE = Set.of(Mart.DATA_QUALITY, Mart.REJECTS);

    private ReplicatedMarts() {}

    /**
     * Writes {@code copies} copies of the published set under {@code fixtureMarts} as one published set
     * under {@code martsRoot}; returns the new set's folder.
     */
    static Path write(Path fixtureMarts, Path martsRoot, int copies) throws IOException {
        String fixtureSet = PublishedSet.resolve(fixtureMarts.toString()).toString();
        String bloc = bloc(fixtureSet);
        Pointer pointer = new Pointer("replicated", Optional.empty());
        Path set = Path.of(pointer.setDir(martsRoot.toString()));
        Files.createDirectories(set.resolve("csv"));
        for (Mart mart : Mart.values()) {
            if (!CsvMart.exists(fixtureSet, mart)) {
                continue;
            }
            List<MartRow> rows = CsvMart.read(fixtureSet, mart);
            boolean perUnit = mart.columns().contains(Mart.ORG_CODE);
            try (Writer out = Files.newBufferedWriter(Path.of(mart.csvPath(set.toString())), StandardCharsets.UTF_8)) {
                out.write(MartCsv.line(mart.columns()));
                for (int copy = 1; copy <= (ONCE.contains(mart) ? 1 : copies); copy++) {
                    for (MartRow row : rows) {
                        if (copy == 1 || !perUnit || !bloc.equals(row.get(Mart.ORG_CODE))) {
                            out.write(MartCsv.line(copied(mart, row, bloc, copy)));
                        }
                    }
                }
            }
        }
        Files.writeString(Path.of(MartsLayout.pointer(martsRoot.toString())), pointer.format());
        return set;
    }

    /** The party cells of the fixture's last quarter: what one copy adds to the province. */
    static long cellsPerCopy(Path fixtureMarts) {
        String fixtureSet = PublishedSet.resolve(fixtureMarts.toString()).toString();
        List<MartRow> metrics = CsvMart.read(fixtureSet, Mart.ORG_QUARTER_METRICS);
        String last = metrics.stream()
                .map(r -> r.get(Mart.QUARTER))
                .max(String::compareTo)
                .orElseThrow();
        return metrics.stream()
                .filter(r -> last.equals(r.get(Mart.QUARTER))
                        && Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE))
                        && "party_cell".equals(r.get("org_kind")))
                .count();
    }

    private static String bloc(String fixtureSet) {
        return CsvMart.read(fixtureSet, Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> "bloc_committee".equals(r.get("org_kind")))
                .map(r -> r.get(Mart.ORG_CODE))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(fixtureSet + ": no bloc committee in org_quarter_metrics"));
    }

    private static List<String> copied(Mart mart, MartRow row, String bloc, int copy) {
        return mart.columns().stream()
                .map(column -> {
                    String value = row.get(column);
                    return value == null || bloc.equals(value) || !PER_COPY.contains(column)
                            ? value
                            : value + (column.endsWith("_name") ? " " : "~") + copy;
                })
                .toList();
    }
}
