package vn.kyluat.reports.model;

import java.util.List;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.marts.MartException;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgKind;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.marts.OrgTree;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Messages;

/**
 * What one report covers: the marts as the reader may see them, the quarter, the organisation at
 * the top of the report (the bloc, or the unit given with --org) and the language.
 */
public record ReportContext(
        Marts marts,
        Quarter quarter,
        OrgTree tree,
        OrgQuarter root,
        boolean subtreeOnly,
        ReportSettings settings,
        Messages messages,
        Formats formats) {

    /** @param orgCode the unit whose subtree the report is restricted to; null for the whole bloc */
    public static ReportContext of(Marts all, Quarter quarter, String orgCode, ReportSettings settings) {
        if (!all.quarters().contains(quarter)) {
            throw new MartException("the marts have no figures for " + quarter + "; they cover " + all.quarters());
        }
        OrgTree fullTree = all.tree(quarter);
        Marts marts = all;
        OrgQuarter root = fullTree.root();
        if (orgCode != null) {
            if (fullTree.find(orgCode).isEmpty()) {
                throw new MartException("no organisation '" + orgCode + "' in " + quarter);
            }
            marts = all.restrictedTo(orgCode, fullTree.subtree(orgCode));
            root = marts.subtreeRow(orgCode, quarter).orElseThrow();
        }
        return new ReportContext(
                marts,
                quarter,
                marts.tree(quarter),
                root,
                orgCode != null,
                settings,
                Messages.of(settings.language()),
                new Formats(settings.language()));
    }

    public Quarter previous() {
        return quarter.previous();
    }

    public String lang() {
        return settings.language().code();
    }

    /** The quarters shown on trend charts: every quarter of the marts up to the report's. */
    public List<Quarter> quarters() {
        return marts.quarters().stream().filter(q -> q.compareTo(quarter) <= 0).toList();
    }

    /**
     * The quarters whose backlog figures lack history: the oldest bucket counts tasks due more than
     * 180 days (two quarters) before the quarter's end, so in the data's first two quarters those
     * tasks would be due before the data starts, and a low backlog there only means the data starts.
     */
    public java.util.Set<Quarter> backlogHistoryIncomplete() {
        return java.util.Set.copyOf(
                marts.quarters().subList(0, Math.min(2, marts.quarters().size())));
    }

    /** The root's subtree rows over {@link #quarters()}. */
    public List<OrgQuarter> rootHistory() {
        return marts.metrics().stream()
                .filter(r -> r.isSubtree()
                        && r.orgCode().equals(root.orgCode())
                        && r.quarter().compareTo(quarter) <= 0)
                .toList();
    }

    /**
     * The organisations that get a section of their own: the grassroots organisations in the
     * report's tree, or the root itself when it is one or sits below one.
     */
    public List<OrgQuarter> sections() {
        List<OrgQuarter> grassroots = tree.descendantsOfKind(root.orgCode(), OrgKind.GRASSROOTS_ORG);
        return grassroots.isEmpty() ? List.of(root) : grassroots;
    }

    /** The party cells under {@code orgCode} in the report's quarter (subtree rows). */
    public List<OrgQuarter> cellsUnder(String orgCode) {
        return tree.descendantsOfKind(orgCode, OrgKind.PARTY_CELL);
    }

    /** The units compared on the heat map: the grassroots organisations, or the cells below a smaller root. */
    public List<OrgQuarter> heatMapUnits() {
        List<OrgQuarter> grassroots = tree.descendantsOfKind(root.orgCode(), OrgKind.GRASSROOTS_ORG);
        return grassroots.size() > 1 ? grassroots : cellsUnder(root.orgCode());
    }

    public String m(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * The mart's {@code watch_reasons} ({@code below_peers,aged_backlog}) in the report's words, in
     * the mart's order; null when there is none.
     */
    public String watchReasons(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(codes.split(","))
                .map(code -> term("reason", code.trim()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** A code of the marts translated, e.g. {@code term("rule", "unknown_org")}; unknown codes as they are. */
    public String term(String family, String code) {
        return messages.term(family, code);
    }
}
