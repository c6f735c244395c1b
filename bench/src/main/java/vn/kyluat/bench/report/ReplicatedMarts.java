package vn.kyluat.bench.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.PublishedSet;
import vn.kyluat.sample.OrgUnitRow;

/**
 * A large province made of copies of a small real one, in the domain's shape (about 100 grassroots
 * organisations, 15 party cells each): the marts analytics wrote for the reports' test fixture (a
 * generated province, extracted and analysed), each row written once per copy, and each row of a party
 * cell once more per sub-copy of the cells, under the same grassroots organisation. Every code and name of
 * a unit below the bloc, task, event, finding and person is suffixed by its copy ({@code ~3}) or, in a
 * cell's row, by its copy and sub-copy ({@code ~3.2}). Counts, rates, intervals and indexes stay as
 * analytics wrote them: nothing is computed here. The bloc's own rows, the extraction's data quality and
 * its rejects are those of one copy (the copies hang under the one bloc; a benchmark renders them, it does
 * not read the bloc's sums).
 */
final class ReplicatedMarts {
    /** The columns holding a unit's code. */
    private static final Set<String> ORG_CODES = Set.of(
            Mart.ORG_CODE,
            Mart.PARENT_CODE,
            Mart.HOLDER_ORG_CODE,
            Mart.LEAD_ORG_CODE,
            Mart.COUNTED_UNDER_CODE,
            Mart.SUCCESSOR_CODE,
            Mart.FROM_ORG_CODE,
            Mart.TO_ORG_CODE,
            Mart.FINDING_ORG_CODE,
            Mart.ASSIGNED_BY_ORG_CODE);
    /** The columns holding a unit's name, with the column of that unit's code. */
    private static final Map<String, String> ORG_NAMES = Map.of(
            Mart.ORG_NAME, Mart.ORG_CODE,
            Mart.HOLDER_ORG_NAME, Mart.HOLDER_ORG_CODE,
            Mart.LEAD_ORG_NAME, Mart.LEAD_ORG_CODE);
    /** The columns holding the code of a task, event, finding, origin or person: distinct per written row. */
    private static final Set<String> ROW_CODES = Set.of(
            Mart.TASK_CODE,
            Mart.EVENT_ID,
            Mart.FINDING_CODE,
            Mart.ORIGIN_REF,
            Mart.HEAD_PERSON_CODE,
            Mart.PERSON_CODE,
            Mart.ASSIGNEE_CODE);
    /** The unit a row of each mart belongs to: the first of these columns the mart has. */
    private static final List<String> OWNER_COLUMNS =
            List.of(Mart.ORG_CODE, Mart.HOLDER_ORG_CODE, Mart.LEAD_ORG_CODE, Mart.ASSIGNED_BY_ORG_CODE);
    /** Marts of the extraction runs, not of units: written once. */
    private static final Set<Mart> ONCE = Set.of(Mart.DATA_QUALITY, Mart.REJECTS);

    private ReplicatedMarts() {}

    /** What was written: the set's folder, the copies, and the province's last quarter. */
    record Shape(Path set, int copies, int cellSets, long grassroots, long cells, long quarters, long rows) {}

    /**
     * The fixture's units: its bloc's code, the codes of its party cells (any quarter of its tree), and the
     * count of the grassroots organisations and party cells it has figures for in its last quarter.
     */
    private record Fixture(String set, String bloc, Set<String> cells, long grassroots, long cellsLast, long quarters) {
        static Fixture of(Path fixtureMarts) {
            String set = PublishedSet.resolve(fixtureMarts.toString()).toString();
            List<MartRow> metrics = CsvMart.read(set, Mart.ORG_QUARTER_METRICS).stream()
                    .filter(r -> Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE)))
                    .toList();
            String last = metrics.stream()
                    .map(r -> r.get(Mart.QUARTER))
                    .max(String::compareTo)
                    .orElseThrow();
            List<MartRow> lastQuarter = metrics.stream()
                    .filter(r -> last.equals(r.get(Mart.QUARTER)))
                    .toList();
            return new Fixture(
                    set,
                    codesOfKind(metrics, OrgUnitRow.BLOC).stream()
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException(set + ": no bloc committee")),
                    codesOfKind(CsvMart.read(set, Mart.ORG_TREE), OrgUnitRow.CELL),
                    codesOfKind(lastQuarter, OrgUnitRow.GRASSROOTS).size(),
                    codesOfKind(lastQuarter, OrgUnitRow.CELL).size(),
                    metrics.stream().map(r -> r.get(Mart.QUARTER)).distinct().count());
        }

        private static Set<String> codesOfKind(List<MartRow> units, String kind) {
            return units.stream()
                    .filter(r -> kind.equals(r.get(Mart.ORG_KIND)))
                    .map(r -> r.get(Mart.ORG_CODE))
                    .collect(Collectors.toSet());
        }
    }

    /**
     * Writes, as one published set under {@code martsRoot}, a province of about {@code grassroots}
     * grassroots organisations (whole copies of the fixture's, as many as reach it) and {@code cells}
     * party cells (each copy's cells written once per sub-copy, the sub-copies spread evenly over the
     * copies) in the fixture's last quarter.
     */
    static Shape write(Path fixtureMarts, Path martsRoot, int grassroots, int cells) throws IOException {
        Fixture fixture = Fixture.of(fixtureMarts);
        int copies = (int) Math.max(1, (grassroots + fixture.grassroots() - 1) / fixture.grassroots());
        int cellSets = (int) Math.max(copies, Math.round((double) cells / fixture.cellsLast()));
        Pointer pointer = new Pointer("replicated", Optional.empty());
        Path set = Path.of(pointer.setDir(martsRoot.toString()));
        Files.createDirectories(set.resolve("csv"));
        long rows = 0;
        for (Mart mart : Mart.values()) {
            if (CsvMart.exists(fixture.set(), mart)) {
                rows += writeMart(fixture, mart, set, copies, cellSets);
            }
        }
        Files.writeString(Path.of(MartsLayout.pointer(martsRoot.toString())), pointer.format());
        return new Shape(
                set,
                copies,
                cellSets,
                copies * fixture.grassroots(),
                cellSets * fixture.cellsLast(),
                fixture.quarters(),
                rows);
    }

    private static long writeMart(Fixture fixture, Mart mart, Path set, int copies, int cellSets) throws IOException {
        List<MartRow> rows = CsvMart.read(fixture.set(), mart);
        Optional<String> owner =
                OWNER_COLUMNS.stream().filter(mart.columns()::contains).findFirst();
        long written = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(mart.csvPath(set.toString())), StandardCharsets.UTF_8)) {
            out.write(MartCsv.line(mart.columns()));
            for (int copy = 1; copy <= (ONCE.contains(mart) ? 1 : copies); copy++) {
                int subCopies = cellSets / copies + (copy <= cellSets % copies ? 1 : 0);
                for (MartRow row : rows) {
                    String unit = owner.map(row::get).orElse(null);
                    boolean ofBloc = fixture.bloc().equals(unit);
                    boolean ofCell = fixture.cells().contains(unit);
                    int times = ofBloc ? (copy == 1 ? 1 : 0) : ofCell ? subCopies : 1;
                    for (int sub = 1; sub <= times; sub++) {
                        out.write(MartCsv.line(copied(fixture, mart, row, new Tag(copy, ofCell ? sub : 0))));
                        written++;
                    }
                }
            }
        }
        return written;
    }

    /** A row's copy and, for a party cell's row, its sub-copy (0: none). */
    private record Tag(int copy, int sub) {
        /** The suffix of a code in the row: a cell's code takes the row's sub-copy, or the first. */
        String of(String code, Fixture fixture) {
            return fixture.cells().contains(code) ? copy + "." + Math.max(1, sub) : String.valueOf(copy);
        }

        String ofRow() {
            return sub == 0 ? String.valueOf(copy) : copy + "." + sub;
        }
    }

    private static List<String> copied(Fixture fixture, Mart mart, MartRow row, Tag tag) {
        return mart.columns().stream()
                .map(column -> {
                    String value = row.get(column);
                    if (value == null || fixture.bloc().equals(value)) {
                        return value;
                    }
                    if (ORG_CODES.contains(column)) {
                        return value + "~" + tag.of(value, fixture);
                    }
                    if (ORG_NAMES.containsKey(column)) {
                        String code = row.get(ORG_NAMES.get(column));
                        return fixture.bloc().equals(code) ? value : value + " " + tag.of(code, fixture);
                    }
                    return ROW_CODES.contains(column) ? value + "~" + tag.ofRow() : value;
                })
                .toList();
    }
}
