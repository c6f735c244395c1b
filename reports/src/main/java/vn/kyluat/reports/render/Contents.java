package vn.kyluat.reports.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of a PDF as they land on pages: each becomes a bookmark of the outline (sections
 * at the top, their subsections under them) and a line of the table of contents. The contents are
 * written last and moved to page 2, so the pages before them are printed with numbers shifted by
 * the contents' length, which is fixed in advance.
 */
final class Contents extends PdfPageEventHelper {
    static final float LINE_HEIGHT = 16;

    /** A heading and the physical page (in writing order) it landed on. */
    record Entry(String title, int level, int page, String anchor) {}

    private final int contentsPages;
    private final boolean listSubsections;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private PdfOutline section;
    private int firstContentsPage = Integer.MAX_VALUE;

    /** @param listSubsections whether the contents list subsections (level 3) besides sections */
    Contents(int contentsPages, boolean listSubsections) {
        this.contentsPages = contentsPages;
        this.listSubsections = listSubsections;
    }

    /** A heading paragraph that reports where it lands and can be jumped to. */
    Paragraph entry(String text, int level, Font font, float before, float after) {
        String anchor = "h" + titles.size();
        titles.put(anchor, text);
        levels.put(anchor, level);
        Chunk chunk = new Chunk(text, font);
        chunk.setGenericTag(anchor);
        chunk.setLocalDestination(anchor);
        Paragraph p = new Paragraph(chunk);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        if (entries.stream().anyMatch(e -> e.anchor().equals(anchor))) {
            return; // a heading wrapped over two lines reports each line
        }
        int level = levels.get(anchor);
        String title = titles.get(anchor);
        entries.add(new Entry(title, level, writer.getPageNumber(), anchor));
        PdfOutline parent = level == 2 || section == null ? writer.getRootOutline() : section;
        PdfOutline bookmark = new PdfOutline(parent, PdfAction.gotoLocalPage(anchor, false), title, level == 2);
        if (level == 2) {
            section = bookmark;
        }
    }

    /** From here on, pages are the contents'. */
    void startWriting(int firstPage) {
        int needed = Math.max(1, (entries().size() + PdfReport.TOC_LINES_PER_PAGE - 1) / PdfReport.TOC_LINES_PER_PAGE);
        if (needed != contentsPages) {
            throw new IllegalStateException(
                    "the contents take " + needed + " pages, " + contentsPages + " were reserved");
        }
        firstContentsPage = firstPage;
    }

    /** The lines of the table of contents. */
    List<Entry> entries() {
        return entries.stream().filter(e -> listSubsections || e.level() == 2).toList();
    }

    /** The number printed on a page written as {@code physical}: page 1, then the contents, then the rest. */
    int printedPage(int physical) {
        if (physical >= firstContentsPage) {
            return 2 + physical - firstContentsPage;
        }
        return physical == 1 ? 1 : physical + contentsPages;
    }

    String pageLabel(int physical) {
        return String.valueOf(printedPage(physical));
    }
}
