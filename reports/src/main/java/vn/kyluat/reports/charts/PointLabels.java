package vn.kyluat.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Names beside points of an XY plot, placed where no name covers another: JFreeChart's text
 * annotations are drawn where they are told, so the codes of two close outliers overprinted each
 * other. Positions are chosen at draw time, when the points' places on the canvas are known.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** One name: its text, colour and the data point it names. */
    record Label(String text, Color colour, double x, double y) {}

    private final List<Label> labels;
    private final Font font;

    PointLabels(List<Label> labels, Font font) {
        this.labels = List.copyOf(labels);
        this.font = font;
    }

    @Override
    public void draw(
            Graphics2D g2,
            XYPlot plot,
            Rectangle2D dataArea,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            int rendererIndex,
            PlotRenderingInfo info) {
        g2.setFont(font);
        var metrics = g2.getFontMetrics();
        List<Point2D> anchors = new ArrayList<>();
        List<Rectangle2D> sizes = new ArrayList<>();
        for (Label label : labels) {
            anchors.add(new Point2D.Double(
                    domainAxis.valueToJava2D(label.x(), dataArea, plot.getDomainAxisEdge()),
                    rangeAxis.valueToJava2D(label.y(), dataArea, plot.getRangeAxisEdge())));
            sizes.add(new Rectangle2D.Double(
                    0, 0, metrics.stringWidth(label.text()), metrics.getAscent() + metrics.getDescent()));
        }
        List<Rectangle2D> boxes = place(anchors, sizes, dataArea);
        for (int i = 0; i < labels.size(); i++) {
            g2.setPaint(labels.get(i).colour());
            Rectangle2D box = boxes.get(i);
            g2.drawString(labels.get(i).text(), (float) box.getX(), (float) (box.getY() + metrics.getAscent()));
        }
    }

    /**
     * Greedy placement, in the labels' order (the most remarkable first): each box goes to the first of
     * a ring of positions around its point, nearest first, that overlaps no box placed before and stays
     * inside {@code area}; when none is free, to the one overlapping least.
     */
    static List<Rectangle2D> place(List<Point2D> anchors, List<Rectangle2D> sizes, Rectangle2D area) {
        List<Rectangle2D> placed = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Point2D at = anchors.get(i);
            double w = sizes.get(i).getWidth();
            double h = sizes.get(i).getHeight();
            Rectangle2D best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (Rectangle2D candidate : candidates(at, w, h)) {
                if (!area.contains(candidate)) {
                    continue;
                }
                double overlap = overlap(candidate, placed);
                if (overlap < bestOverlap) {
                    best = candidate;
                    bestOverlap = overlap;
                    if (overlap == 0) {
                        break;
                    }
                }
            }
            placed.add(best != null ? best : new Rectangle2D.Double(at.getX() + GAP, at.getY() - h - GAP, w, h));
        }
        return placed;
    }

    private static final double GAP = 6;

    /** Right-above, right-below, left-above, left-below of the point, then the same further out, line by line. */
    private static List<Rectangle2D> candidates(Point2D at, double w, double h) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            double dy = step * h;
            boxes.add(new Rectangle2D.Double(at.getX() + GAP, at.getY() - h - GAP - dy, w, h));
            boxes.add(new Rectangle2D.Double(at.getX() + GAP, at.getY() + GAP + dy, w, h));
            boxes.add(new Rectangle2D.Double(at.getX() - GAP - w, at.getY() - h - GAP - dy, w, h));
            boxes.add(new Rectangle2D.Double(at.getX() - GAP - w, at.getY() + GAP + dy, w, h));
        }
        return boxes;
    }

    private static double overlap(Rectangle2D box, List<Rectangle2D> placed) {
        double total = 0;
        for (Rectangle2D other : placed) {
            Rectangle2D common = box.createIntersection(other);
            if (!common.isEmpty()) {
                total += common.getWidth() * common.getHeight();
            }
        }
        return total;
    }
}
