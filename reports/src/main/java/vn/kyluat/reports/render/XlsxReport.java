package vn.kyluat.reports.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.kyluat.contract.Zone;
import vn.kyluat.reports.model.TableModel;
import vn.kyluat.reports.model.Tone;

/**
 * The follow-up workbook: one streamed sheet per list (rows never all in memory), typed cells with
 * number, percentage and date formats, the header row frozen and filterable.
 */
public final class XlsxReport implements AutoCloseable {
    private static final int MAX_TEXT = 32_000;

    static {
        // POI logs through the Log4j API; without a provider Log4j prints an error line on stderr.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
        /** The fastest deflate level: the sheets are repetitive XML, which still packs about tenfold. */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final Map<SheetColumn.Type, CellStyle> styles = new EnumMap<>(SheetColumn.Type.class);
    private final CellStyle headerStyle;
    private final Map<Tone, CellStyle> toneStyles = new EnumMap<>(Tone.class);
    private final Path file;

    public XlsxReport(Path file) {
        this.file = file;
        for (SheetColumn.Type type : SheetColumn.Type.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(type.format));
            styles.put(type, style);
        }
        headerStyle = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setWrapText(true);
        for (Tone tone : Tone.values()) {
            CellStyle style = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(tone != Tone.NONE);
            font.setColor(
                    switch (tone) {
                        case GOOD -> IndexedColors.GREEN.getIndex();
                        case BAD -> IndexedColors.RED.getIndex();
                        case NONE -> IndexedColors.BLACK.getIndex();
                    });
            style.setFont(font);
            toneStyles.put(tone, style);
        }
    }

    public <T> void sheet(String name, List<SheetColumn<T>> columns, Iterable<T> rows) {
        SXSSFSheet sheet = workbook.createSheet(safeName(name));
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, Math.min(255, Math.max(columns.get(c).width(), 8)) * 256);
        }
        int r = 1;
        for (T row : rows) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                write(line, c, columns.get(c), columns.get(c).value().apply(row));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private void write(Row line, int c, SheetColumn<?> column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(c);
        cell.setCellStyle(styles.get(column.type()));
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, Zone.VIETNAM));
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }

    /**
     * A sheet to read, not to filter: the sentences one per row, then a table as the PDF shows it,
     * its good and bad cells in green and red.
     */
    public void summarySheet(String name, List<String> sentences, TableModel table) {
        SXSSFSheet sheet = workbook.createSheet(safeName(name));
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
        int r = 0;
        for (String sentence : sentences) {
            sheet.createRow(r++).createCell(0).setCellValue(sentence);
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(headerStyle);
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < table.rows().get(i).size(); c++) {
                Cell cell = line.createCell(c);
                cell.setCellValue(table.rows().get(i).get(c));
                cell.setCellStyle(toneStyles.get(table.tone(i, c)));
            }
        }
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
