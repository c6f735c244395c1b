package vn.kyluat.reports.model;

import vn.kyluat.reports.charts.ReportChart;

/** One block of the report in reading order; the PDF and the HTML page render the same blocks. */
public sealed interface Block {
    /** A heading: level 1 is the report's title, 2 a section, 3 a subsection. */
    record Heading(String text, int level, boolean newPage) implements Block {}

    record Text(String text) implements Block {}

    record Table(TableModel table) implements Block {}

    record Chart(ReportChart chart) implements Block {}
}
