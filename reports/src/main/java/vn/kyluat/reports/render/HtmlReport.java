package vn.kyluat.reports.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.model.Block;
import vn.kyluat.reports.model.TableModel;
import vn.kyluat.reports.model.Tone;

/**
 * index.html: the report's blocks as one page that works offline: inline CSS, the dashboard's
 * files linked beside it, charts linked as relative {@code charts/<id>.svg} (and the print PNG, where there is one).
 */
public final class HtmlReport {
    private static final String STYLE = """
      body{font-family:"Liberation Sans",Arial,"Helvetica Neue",sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
      h1{font-size:1.6em;margin-bottom:.2em}h2{color:#1f4e96;border-bottom:1px solid #b0b8c4;padding-bottom:.2em;margin-top:2em}
      h3{margin-top:1.4em}p{color:#444}
      table{border-collapse:collapse;width:100%;margin:.4em 0;font-size:.9em}
      th,td{border:1px solid #b0b8c4;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#e8eef6}td.n,th.n{text-align:right;white-space:nowrap}
      p.note{font-size:.85em;color:#777}td.good{color:#1b7f3b;font-weight:bold}td.bad{color:#b3261e;font-weight:bold}
      figure{margin:1em 0}figure img{width:100%;height:auto;border:1px solid #eee}
      figcaption{font-size:.85em;color:#777}
      """;

    private final String lang;
    private final String pngLabel;
    private final String headTags;

    /** @param headTags links to style sheets and scripts beside the page (the dashboard's) */
    public HtmlReport(String lang, String pngLabel, String headTags) {
        this.lang = lang;
        this.pngLabel = pngLabel;
        this.headTags = headTags;
    }

    /** @param chartDir the charts' folder relative to the page, e.g. {@code charts} */
    public void write(
            Path file,
            String title,
            List<Block> blocks,
            String chartDir,
            Predicate<ReportChart> hasPng,
            String emptyText)
            throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n")
                .append(headTags)
                .append("</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                int level = Math.min(3, h.level());
                html.append("<h")
                        .append(level)
                        .append('>')
                        .append(escape(h.text()))
                        .append("</h")
                        .append(level)
                        .append(">\n");
            } else if (block instanceof Block.Text t) {
                html.append("<p>").append(escape(t.text())).append("</p>\n");
            } else if (block instanceof Block.Table t) {
                table(html, t.table(), emptyText);
            } else if (block instanceof Block.Chart c) {
                String base = chartDir + "/" + c.chart().id();
                html.append("<figure><img src=\"")
                        .append(base)
                        .append(".svg\" alt=\"")
                        .append(escape(c.chart().title()))
                        .append("\"><figcaption>")
                        .append(escape(c.chart().title()));
                if (hasPng.test(c.chart())) {
                    html.append(" · <a href=\"")
                            .append(base)
                            .append(".png\">")
                            .append(escape(pngLabel))
                            .append("</a>");
                }
                html.append("</figcaption></figure>\n");
            }
        }
        html.append("</body>\n</html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder html, TableModel table, String emptyText) {
        html.append("<h3>").append(escape(table.title())).append("</h3>\n");
        if (table.isEmpty()) {
            html.append("<p>").append(escape(emptyText)).append("</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr>");
        for (int c = 0; c < table.headers().size(); c++) {
            html.append(table.numericColumns().contains(c) ? "<th class=\"n\">" : "<th>")
                    .append(escape(table.headers().get(c)))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String classes =
                        ((table.numericColumns().contains(c) ? "n " : "") + toneClass(table.tone(r, c))).trim();
                html.append(classes.isEmpty() ? "<td>" : "<td class=\"" + classes + "\">")
                        .append(escape(row.get(c)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (table.note() != null) {
            html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
        }
    }

    private static String toneClass(Tone tone) {
        return switch (tone) {
            case GOOD -> "good";
            case BAD -> "bad";
            case NONE -> "";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
