package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.CsvOptions;

class CsvRelationFileTests {
    private static final String FINDING_HEADER = "severity,finding_code,remedy_due_date,org_code,found_at,remedied_at";
    private static final String FINDING_ROW = "high,F1,30/09/2024,G1,2024-06-01,";
    private static final Object[] FINDING = {"F1", "G1", "2024-06-01", "30/09/2024", null, "high"};
    private static final String ACTION_HEADER = "action_code;person_code;org_code;kind;reason;decided_at";
    private static final String ACTION_ROW = "D1;P1;G1;reprimand;Né tránh trách nhiệm;01/09/2024";
    private static final Object[] ACTION = {"D1", "P1", "G1", "reprimand", "Né tránh trách nhiệm", "01/09/2024"};

    @TempDir
    Path dir;

    private Path write(Relation relation, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(relation.tableName() + ".csv"), bytes);
    }

    private static List<Object[]> raw(List<SourceRow> rows) {
        return rows.stream().map(SourceRow::raw).toList();
    }

    @Test
    void anExcelExportWithByteOrderMarkAndColumnsInAnotherOrderIsRead() throws Exception {
        Path file = write(
                Relation.INSPECTION_FINDING,
                ("\uFEFF" + FINDING_HEADER + "\r\n" + FINDING_ROW + "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(raw(CsvRelationFile.read(file, Relation.INSPECTION_FINDING, CsvOptions.DETECTED)))
                .containsExactly(FINDING);
    }

    @Test
    void semicolonsAndTabsAreDetectedFromTheHeader() throws Exception {
        Path semicolons = write(
                Relation.DISCIPLINE_ACTION,
                (ACTION_HEADER + "\n" + ACTION_ROW + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(raw(CsvRelationFile.read(semicolons, Relation.DISCIPLINE_ACTION, CsvOptions.DETECTED)))
                .containsExactly(ACTION);

        Path tabs = write(
                Relation.DISCIPLINE_ACTION,
                (ACTION_HEADER + "\n" + ACTION_ROW.replace("Né tránh trách nhiệm", "\"Né, tránh trách nhiệm\"") + "\n")
                        .replace(';', '\t')
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(raw(CsvRelationFile.read(tabs, Relation.DISCIPLINE_ACTION, CsvOptions.DETECTED))
                        .get(0)[4])
                .isEqualTo("Né, tránh trách nhiệm");
    }

    @Test
    void aConfiguredDelimiterIsUsedAsItIs() throws Exception {
        Path file = write(
                Relation.DISCIPLINE_ACTION,
                (ACTION_HEADER + "\n" + ACTION_ROW + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION, new CsvOptions(null, ',')))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith(file + ":1: unknown column '" + ACTION_HEADER
                        + "'; missing required column action_code, person_code, org_code, kind,");
    }

    @Test
    void utf16IsRecognisedByItsByteOrderMarkEitherWayRound() throws Exception {
        String text = "\uFEFF" + ACTION_HEADER + "\r\n" + ACTION_ROW + "\r\n";
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = write(Relation.DISCIPLINE_ACTION, text.getBytes(utf16));
            assertThat(raw(CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION, CsvOptions.DETECTED)))
                    .containsExactly(ACTION);
        }
    }

    @Test
    void aWindows1258ExportIsReadWithItsConfiguredEncodingAndComposed() throws Exception {
        Charset windows1258 = Charset.forName("windows-1258");
        String text = ACTION_HEADER + "\r\n" + ACTION_ROW.replace("Né tránh", "Né tránh, lẩn tránh") + "\r\n";
        Path file = write(Relation.DISCIPLINE_ACTION, asWindows1258(text).getBytes(windows1258));

        assertThat(raw(CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION, new CsvOptions(windows1258, null)))
                        .get(0)[4])
                .isEqualTo("Né tránh, lẩn tránh trách nhiệm");
        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION, CsvOptions.DETECTED))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file
                        + ":2: byte 0xE9 is not UTF-8 text; if the file was saved in another encoding, name it in the"
                        + " source's configuration, e.g. encoding: windows-1258");
    }

    /** As Windows-1258 writes Vietnamese: letters it has whole (â, ơ, é...), other tone marks combining after the letter. */
    private static String asWindows1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (encoder.canEncode(c)) {
                out.append(c);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                String tone = decomposed.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
                out.append(Normalizer.normalize(decomposed.replace(tone, ""), Normalizer.Form.NFC))
                        .append(tone);
            }
        }
        return out.toString();
    }

    @Test
    void anUnknownColumnIsAnErrorNamingTheFileAndLine() throws Exception {
        Path file = write(
                Relation.INSPECTION_FINDING,
                (FINDING_HEADER.replace("org_code", "org_cod") + "\n" + FINDING_ROW + "\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.INSPECTION_FINDING, CsvOptions.DETECTED))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ":1: unknown column 'org_cod'; missing required column org_code. The columns of"
                        + " inspection_finding are finding_code, org_code, found_at, remedy_due_date, remedied_at, severity"
                        + " (required: finding_code, org_code, found_at, remedy_due_date, severity)");
    }

    @Test
    void aMissingRequiredColumnIsAnErrorAndAMissingOptionalOneReadsAsNull() throws Exception {
        Path optional = write(
                Relation.INSPECTION_FINDING,
                (FINDING_HEADER.replace(",remedied_at", "") + "\n" + FINDING_ROW.substring(0, FINDING_ROW.length() - 1)
                                + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(raw(CsvRelationFile.read(optional, Relation.INSPECTION_FINDING, CsvOptions.DETECTED)))
                .containsExactly(FINDING);

        Path file = write(
                Relation.DISCIPLINE_ACTION, "\n\naction_code,person_code\nD1,P1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION, CsvOptions.DETECTED))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file
                        + ":3: missing required column org_code, kind, reason, decided_at. The columns of discipline_action are"
                        + " action_code, person_code, org_code, kind, reason, decided_at (required: action_code, person_code, org_code,"
                        + " kind, reason, decided_at)");
    }

    @Test
    void aColumnGivenTwiceIsAnError() throws Exception {
        Path file = write(
                Relation.INSPECTION_FINDING,
                (FINDING_HEADER + ",Severity\n" + FINDING_ROW + ",low\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.INSPECTION_FINDING, CsvOptions.DETECTED))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith(
                        file + ":1: column 'severity' is given twice (columns 1 and 7). The columns of");
    }

    @Test
    void aSpreadsheetSavedUnderACsvNameIsNotText() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '\n', 'x'};
        Path file = write(Relation.TASK, zip);

        assertThatThrownBy(() -> CsvRelationFile.read(file, Relation.TASK, CsvOptions.DETECTED))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file
                        + ":1: not a text file (it holds binary data, as a spreadsheet does); save the sheet as CSV");
    }

    @Test
    void rowsComeByKeyWithTheLatestVersionOfAKeyFirst() {
        SourceRow older = new SourceRow(taskRaw("T1", "2024-07-01T08:00:00"));
        SourceRow newer = new SourceRow(taskRaw("T1", "2024-07-02T08:00:00"));
        SourceRow other = new SourceRow(taskRaw("T0", "2024-07-03T08:00:00"));

        assertThat(List.of(older, other, newer).stream()
                        .sorted(CsvRelationReader.extractionOrder(Relation.TASK))
                        .toList())
                .containsExactly(other, newer, older);
    }

    private static Object[] taskRaw(String code, String updatedAt) {
        Object[] raw = new Object[Relation.TASK.columns().size()];
        raw[0] = code;
        raw[Relation.TASK.columnNames().indexOf("updated_at")] = updatedAt;
        return raw;
    }
}
