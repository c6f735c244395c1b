package vn.kyluat.reports.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.charts.ReportFonts;
import vn.kyluat.reports.model.TableModel;
import vn.kyluat.reports.model.Tone;

/**
 * The printable report: A4 portrait, the report font embedded, tables whose header row repeats on
 * every page, charts drawn as vectors. Callers add blocks in reading order.
 */
public final class PdfReport implements AutoCloseable {
    private static final float MARGIN = 40;
    /** Contents lines per page: rows have a fixed height, so the contents' page count is known before it is written. */
    static final int TOC_LINES_PER_PAGE = 40;
    /** A table up to this many rows is never split over two pages; a longer one cannot be helped. */
    private static final int KEEP_TOGETHER_ROWS = 40;
    /** A longer table's last page holds at least this many rows (its note counts as one). */
    private static final int MIN_LAST_PAGE_ROWS = 4;
    /** A table of this many columns or more is printed in 7.5 pt instead of 8.5 (never below 7 pt). */
    private static final int WIDE_TABLE_COLUMNS = 9;

    private static final Color GOOD = new Color(0x1b, 0x7f, 0x3b);
    private static final Color BAD = new Color(0xb3, 0x26, 0x1e);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf6);
    private static final Color RULE = new Color(0xb0, 0xb8, 0xc4);

    private final Document document;
    private final PdfWriter writer;
    private final OutputStream out;
    private final ReportFonts fonts;
    private final Contents contents;
    private final String contentsTitle;

    /**
     * @param contentsTitle the heading of the table of contents, which goes on page 2
     * @param sections how many sections (level 2 headings) the document will have, and
     * @param subsections how many subsections: the contents' length, and with it every page number,
     *     is then known before the first page is written. Subsections are listed when the contents
     *     stay within two pages; the outline always has them.
     */
    public PdfReport(
            Path file,
            String title,
            String footer,
            IntFunction<String> pageLabel,
            String contentsTitle,
            int sections,
            int subsections)
            throws IOException {
        this.fonts = ReportFonts.get();
        this.out = Files.newOutputStream(file);
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setLinearPageMode();
        // A chart that does not fit waits for the next page without letting the next heading jump ahead of it.
        writer.setStrictImageSequence(true);
        boolean listSubsections = sections + subsections <= 2 * TOC_LINES_PER_PAGE;
        int lines = listSubsections ? sections + subsections : sections;
        this.contents =
                new Contents(Math.max(1, (lines + TOC_LINES_PER_PAGE - 1) / TOC_LINES_PER_PAGE), listSubsections);
        this.contentsTitle = contentsTitle;
        writer.setPageEvent(new Footer(footer, pageLabel));
        writer.setPageEvent(contents);
        document.addTitle(title);
        document.addCreator("kyluat reports");
        document.open();
    }

    public void title(String text) {
        add(paragraph(text, font(true, 18, Color.BLACK), 0, 6));
    }

    /** A section heading: a bookmark of the outline and a line of the contents. */
    public void heading(String text, boolean newPage) {
        if (newPage) {
            document.newPage();
        }
        add(contents.entry(text, 2, font(true, 14, new Color(0x1f, 0x4e, 0x96)), 10, 6));
    }

    /** A subsection heading: a bookmark under its section's and a line of the contents. */
    public void subheading(String text) {
        add(contents.entry(text, 3, font(true, 11, Color.BLACK), 8, 4));
    }

    public void text(String text) {
        add(paragraph(text, font(false, 9.5f, Color.DARK_GRAY), 0, 4));
    }

    /**
     * A table under its subheading, with a header row repeated on every page it spans, its note and
     * good/bad colours. A table that fits on a page is kept on one page, with its heading; a longer
     * one never leaves only a row or two on its last page.
     */
    public void table(TableModel table, String emptyText) {
        if (table.isEmpty()) {
            subheading(table.title());
            text(emptyText);
            return;
        }
        int rows = table.rows().size();
        if (rows <= KEEP_TOGETHER_ROWS) {
            // The heading goes in a one-cell table kept with the table, so it never ends a page alone.
            PdfPTable pdf = pdfTable(table, 0, rows, true);
            pdf.setKeepTogether(true);
            PdfPTable withHeading = new PdfPTable(1);
            withHeading.setWidthPercentage(100);
            withHeading.setKeepTogether(true);
            PdfPCell heading = new PdfPCell();
            heading.setBorder(PdfPCell.NO_BORDER);
            heading.setPadding(0);
            heading.addElement(contents.entry(table.title(), 3, font(true, 11, Color.BLACK), 8, 4));
            heading.addElement(pdf);
            withHeading.addCell(heading);
            add(withHeading);
            return;
        }
        subheading(table.title());
        PdfPTable whole = pdfTable(table, 0, rows, true);
        whole.setTotalWidth(document.right() - document.left());
        whole.setLockedWidth(true);
        float[] heights = new float[whole.size() - 1];
        for (int r = 1; r < whole.size(); r++) {
            heights[r - 1] = whole.getRowHeight(r);
        }
        float header = whole.getRowHeight(0);
        int cut = Math.min(
                rows - 1,
                Overflow.breakBefore(
                        writer.getVerticalPosition(true) - document.bottom() - header,
                        document.top() - document.bottom() - header,
                        heights,
                        MIN_LAST_PAGE_ROWS));
        if (cut <= 0) {
            add(whole);
            return;
        }
        add(pdfTable(table, 0, cut, false));
        document.newPage();
        add(pdfTable(table, cut, rows, true));
    }

    /** Rows [from, to) of a table under its header row, with good and bad colours, and its note when asked. */
    private PdfPTable pdfTable(TableModel table, int from, int to, boolean withNote) {
        PdfPTable pdf = new PdfPTable(table.widths());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingAfter(withNote ? 4 : 0);
        // A wide table (the overdue list's ten columns) in a smaller size, so dates and codes keep to one line.
        float size = table.headers().size() >= WIDE_TABLE_COLUMNS ? 7.5f : 8.5f;
        Font header = font(true, size, Color.BLACK);
        for (int c = 0; c < table.headers().size(); c++) {
            PdfPCell cell =
                    cell(table.headers().get(c), header, table.numericColumns().contains(c));
            cell.setBackgroundColor(HEADER_FILL);
            pdf.addCell(cell);
        }
        for (int r = from; r < to; r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Tone tone = table.tone(r, c);
                Font body =
                        font(tone != Tone.NONE, size, tone == Tone.GOOD ? GOOD : tone == Tone.BAD ? BAD : Color.BLACK);
                pdf.addCell(cell(row.get(c), body, table.numericColumns().contains(c)));
            }
        }
        if (withNote && table.note() != null) {
            PdfPCell note = new PdfPCell(new Phrase(table.note(), font(false, 8, Color.GRAY)));
            note.setColspan(table.headers().size());
            note.setBorder(PdfPCell.NO_BORDER);
            note.setPaddingTop(4);
            pdf.addCell(note);
        }
        return pdf;
    }

    /** A chart drawn as vectors, scaled to the text width. */
    public void chart(ReportChart chart) {
        float width = document.right() - document.left();
        float height = width * chart.height() / chart.width();
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, new ReportFontMapper(fonts));
        try {
            g2.scale(width / chart.width(), height / chart.height());
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(4);
            image.setSpacingAfter(8);
            float available = document.top() - document.bottom() - 20;
            if (height > available) {
                image.scaleToFit(width, available);
            }
            document.add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public void newPage() {
        document.newPage();
    }

    /**
     * Writes the table of contents after the last page, then moves it to page 2, behind the summary
     * page: only at the end are the pages of every heading known.
     */
    @Override
    public void close() throws IOException {
        try {
            document.newPage();
            int firstContentsPage = writer.getPageNumber();
            contents.startWriting(firstContentsPage);
            add(paragraph(contentsTitle, font(true, 14, new Color(0x1f, 0x4e, 0x96)), 0, 8));
            writeContents();
            document.newPage();
            int total = writer.reorderPages(null);
            int[] order = new int[total];
            int i = 0;
            order[i++] = 1;
            for (int p = firstContentsPage; p <= total; p++) {
                order[i++] = p;
            }
            for (int p = 2; p < firstContentsPage; p++) {
                order[i++] = p;
            }
            writer.reorderPages(order);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
            out.close();
        }
    }

    private void writeContents() {
        List<Contents.Entry> entries = contents.entries();
        for (int start = 0; start < entries.size(); start += TOC_LINES_PER_PAGE) {
            if (start > 0) {
                document.newPage();
            }
            PdfPTable toc = new PdfPTable(new float[] {9f, 1f});
            toc.setWidthPercentage(100);
            for (Contents.Entry entry : entries.subList(start, Math.min(entries.size(), start + TOC_LINES_PER_PAGE))) {
                Font font = font(entry.level() == 2, entry.level() == 2 ? 10 : 9, Color.BLACK);
                Chunk title = new Chunk(entry.title(), font);
                title.setLocalGoto(entry.anchor());
                PdfPCell name = new PdfPCell(new Phrase(title));
                name.setPaddingLeft(entry.level() == 2 ? 0 : 14);
                PdfPCell page = new PdfPCell(new Phrase(contents.pageLabel(entry.page()), font));
                page.setHorizontalAlignment(Element.ALIGN_RIGHT);
                for (PdfPCell cell : List.of(name, page)) {
                    cell.setBorder(PdfPCell.NO_BORDER);
                    cell.setFixedHeight(Contents.LINE_HEIGHT);
                    cell.setNoWrap(true);
                    toc.addCell(cell);
                }
            }
            add(toc);
        }
    }

    private PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private Font font(boolean bold, float size, Color colour) {
        return new Font(fonts.pdf(bold), size, Font.NORMAL, colour);
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maps every AWT font a chart uses to the embedded report font, bold to bold. */
    private record ReportFontMapper(ReportFonts fonts) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return fonts.pdf(fonts.isBold(font));
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return fonts.awt(font == fonts.pdf(true), size);
        }
    }

    /** The report's name and the page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final String text;
        private final IntFunction<String> pageLabel;

        Footer(String text, IntFunction<String> pageLabel) {
            this.text = text;
            this.pageLabel = pageLabel;
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            int printed = contents.printedPage(w.getPageNumber());
            Font small = font(false, 8, Color.GRAY);
            PdfContentByte canvas = w.getDirectContent();
            float y = d.bottom() - 22;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(new Chunk(text, small)), d.left(), y, 0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_RIGHT,
                    new Phrase(new Chunk(pageLabel.apply(printed), small)),
                    d.right(),
                    y,
                    0);
        }
    }
}
