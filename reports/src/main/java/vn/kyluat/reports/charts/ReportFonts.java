package vn.kyluat.reports.charts;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The product's one typeface, Liberation Sans (SIL OFL, from openpdf-fonts-extra), loaded from
 * the jar and never from the system: the same TTF bytes feed AWT (chart layout and PNG) and
 * the PDF (embedded, Identity-H), so every Vietnamese diacritic is drawn by the same glyphs.
 */
public final class ReportFonts {
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static volatile ReportFonts loaded;

    private final Font regular;
    private final Font bold;
    private final BaseFont pdfRegular;
    private final BaseFont pdfBold;

    private ReportFonts(byte[] regularBytes, byte[] boldBytes) {
        this.regular = awt(regularBytes);
        this.bold = awt(boldBytes);
        this.pdfRegular = pdf("LiberationSans-Regular.ttf", regularBytes);
        this.pdfBold = pdf("LiberationSans-Bold.ttf", boldBytes);
    }

    public static ReportFonts get() {
        if (loaded == null) {
            synchronized (ReportFonts.class) {
                if (loaded == null) {
                    loaded = new ReportFonts(resource(REGULAR), resource(BOLD));
                }
            }
        }
        return loaded;
    }

    /** The AWT font of this style and size, derived from the loaded TTF. */
    public Font awt(boolean isBold, float size) {
        // The bold face says BOLD too, so that SVG writes font-weight: bold; its glyphs are bold
        // already, so Java 2D does not embolden them again.
        return isBold ? bold.deriveFont(Font.BOLD, size) : regular.deriveFont(size);
    }

    public BaseFont pdf(boolean isBold) {
        return isBold ? pdfBold : pdfRegular;
    }

    public boolean isBold(Font font) {
        return font.isBold() || font.getFontName().contains("Bold");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load the report font", e);
        }
    }

    private static BaseFont pdf(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
