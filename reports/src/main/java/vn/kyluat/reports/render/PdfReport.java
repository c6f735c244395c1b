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

/**
 * The printable report: A4 portrait, the report font embedded, tables whose header row repeats on
 * every page, charts drawn as vectors. Callers add blocks in reading order.
 */
public final class PdfReport implements AutoCloseable {
  private static final float MARGIN = 40;
  private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf6);
  private static final Color RULE = new Color(0xb0, 0xb8, 0xc4);

  private final Document document;
  private final PdfWriter writer;
  private final OutputStream out;
  private final ReportFonts fonts;

  public PdfReport(Path file, String title, String footer, IntFunction<String> pageLabel)
      throws IOException {
    this.fonts = ReportFonts.get();
    this.out = Files.newOutputStream(file);
    this.document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
    this.writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new Footer(footer, pageLabel));
    document.addTitle(title);
    document.addCreator("kyluat reports");
    document.open();
  }

  public void title(String text) {
    add(paragraph(text, font(true, 18, Color.BLACK), 0, 6));
  }

  public void heading(String text, boolean newPage) {
    if (newPage) {
      document.newPage();
    }
    add(paragraph(text, font(true, 14, new Color(0x1f, 0x4e, 0x96)), 10, 6));
  }

  public void subheading(String text) {
    add(paragraph(text, font(true, 11, Color.BLACK), 8, 4));
  }

  public void text(String text) {
    add(paragraph(text, font(false, 9.5f, Color.DARK_GRAY), 0, 4));
  }

  /** A table with its title, a header row repeated on every page it spans, and its note. */
  public void table(TableModel table, String emptyText) {
    subheading(table.title());
    if (table.isEmpty()) {
      text(emptyText);
      return;
    }
    PdfPTable pdf = new PdfPTable(table.widths());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setSpacingAfter(4);
    Font header = font(true, 8.5f, Color.BLACK);
    Font body = font(false, 8.5f, Color.BLACK);
    for (int c = 0; c < table.headers().size(); c++) {
      PdfPCell cell = cell(table.headers().get(c), header, table.numericColumns().contains(c));
      cell.setBackgroundColor(HEADER_FILL);
      pdf.addCell(cell);
    }
    for (List<String> row : table.rows()) {
      for (int c = 0; c < row.size(); c++) {
        pdf.addCell(cell(row.get(c), body, table.numericColumns().contains(c)));
      }
    }
    add(pdf);
    if (table.note() != null) {
      add(paragraph(table.note(), font(false, 8, Color.GRAY), 0, 6));
    }
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

  @Override
  public void close() throws IOException {
    document.close();
    out.close();
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
      Font small = font(false, 8, Color.GRAY);
      PdfContentByte canvas = w.getDirectContent();
      float y = d.bottom() - 22;
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(new Chunk(text, small)), d.left(), y, 0);
      ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
          new Phrase(new Chunk(pageLabel.apply(w.getPageNumber()), small)), d.right(), y, 0);
    }
  }
}
