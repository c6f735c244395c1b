package vn.kyluat.reports.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.PeerStatistics;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.RejectRule;

/**
 * A synthetic province written as the marts' CSV exports: a bloc committee, grassroots
 * organisations, party cells, several quarters of plausible figures (nulls where a denominator
 * is zero, a cell on the watch list), and the lists beside them. Tests and the benchmark use it;
 * figures follow docs/metrics.md's aggregation rules (counts summed, rates recomputed).
 */
public final class SyntheticMarts {
    public static final String BLOC = "DUK";

    private static final String[] AGENCIES = {
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Sở Tài nguyên và Môi trường",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Xây dựng",
        "Sở Giao thông vận tải",
        "Sở Công Thương",
        "Ngân hàng Nhà nước chi nhánh tỉnh",
        "Kho bạc Nhà nước tỉnh",
        "Bảo hiểm xã hội tỉnh",
        "Cục Thuế tỉnh",
        "Công ty Điện lực tỉnh",
        "Báo Đắk Lắk"
    };
    private static final String[] CELLS = {
        "Văn phòng",
        "Phòng Tổ chức – Hành chính",
        "Phòng Kế hoạch – Tài chính",
        "Phòng Thanh tra",
        "Phòng Pháp chế",
        "Phòng Quản lý đất đai",
        "Phòng Nghiệp vụ",
        "Trung tâm Dịch vụ công",
        "Phòng Kỹ thuật"
    };

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức"};
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Xuân", "Yến"
    };
    /** Staff whose registry records were rejected: their raw values carry their names and codes. */
    private static final List<Person> REJECTED_STAFF =
            List.of(new Person("NS90001", "Đinh Thị Ngọc Ánh"), new Person("NS90002", "Bùi Quang Thiều"));

    private final int organisations;
    private final int cellsPerOrganisation;
    private final List<Quarter> quarters;
    private final Random random;
    private final Map<String, Person> heads = new LinkedHashMap<>();
    private final Map<String, Person> members = new LinkedHashMap<>();

    /** A province of {@code organisations} × {@code cellsPerOrganisation} cells over the given quarters. */
    public SyntheticMarts(int organisations, int cellsPerOrganisation, Quarter first, Quarter last, long seed) {
        this.organisations = organisations;
        this.cellsPerOrganisation = cellsPerOrganisation;
        this.quarters = Quarter.range(first, last);
        this.random = new Random(seed);
    }

    /** The code of grassroots organisation i (1-based): {@code G001}. */
    public static String organisationCode(int i) {
        return String.format("G%03d", i);
    }

    /** The code of cell j (1-based) of organisation i: {@code G001-C01}. */
    public static String cellCode(int i, int j) {
        return organisationCode(i) + String.format("-C%02d", j);
    }

    /** The cell that is always on the watch list: low on-time rate every quarter and a task overdue 180+ days. */
    public static String watchedCell() {
        return cellCode(1, 1);
    }

    /** The cell that absorbed a dissolved cell ({@code G001-C00}) in the last quarter: its footnote's unit. */
    public static String absorbingCell() {
        return cellCode(1, 2);
    }

    /**
     * Writes every mart's CSV as one published set under {@code martsRoot}, as the analytics stage
     * does, and returns the set's folder.
     */
    public Path writeTo(Path martsRoot) throws IOException {
        Pointer pointer = new Pointer("synthetic", Optional.empty());
        Path set = Path.of(pointer.setDir(martsRoot.toString()));
        Files.createDirectories(set.resolve("csv"));
        List<Map<String, Object>> metrics = metricRows();
        write(set, Mart.ORG_QUARTER_METRICS, metrics);
        write(set, Mart.AT_RISK_TASKS, atRiskRows());
        write(set, Mart.OVERLAPPING_ASSIGNMENTS, overlapRows());
        write(set, Mart.DATA_QUALITY, dataQualityRows());
        write(set, Mart.REJECTS, rejectRows());
        write(set, Mart.TASKS_WITHOUT_LEAD, SyntheticTaskFacts.withoutLead(metrics));
        List<Map<String, Object>> facts = SyntheticTaskFacts.facts(metrics, this::assignee);
        write(set, Mart.TASK_QUARTER_FACTS, facts);
        write(
                set,
                Mart.PERSON_QUARTER_METRICS,
                SyntheticTaskFacts.personRows(
                        facts,
                        code -> heads.values().stream()
                                        .anyMatch(h -> h.personCode().equals(code))
                                ? "head"
                                : "member"));
        write(set, Mart.BOUNCED_HANDOFFS, SyntheticTaskFacts.bouncedHandoffs(metrics));
        write(set, Mart.WITHIN_AUTHORITY_ESCALATIONS, SyntheticTaskFacts.withinAuthorityEscalations(metrics));
        write(set, Mart.OPEN_OVERDUE_FINDINGS, SyntheticTaskFacts.openOverdueFindings(metrics));
        write(set, Mart.ORG_TREE, SyntheticTaskFacts.orgTree(metrics, absorbingCell()));
        // last: its random draws must not shift the figures above
        write(set, Mart.DISCIPLINE_BY_KIND, disciplineByKindRows(metrics));
        Files.writeString(Path.of(MartsLayout.pointer(martsRoot.toString())), pointer.format());
        return set;
    }

    /**
     * Each cell's action of a quarter gets a kind (reprimands most often) and counts, like the mart,
     * in the cell's own and subtree rows and in the subtree rows of its organisation and the bloc.
     */
    private List<Map<String, Object>> disciplineByKindRows(List<Map<String, Object>> metrics) {
        String[] byWeight = {
            "reprimand",
            "reprimand",
            "reprimand",
            "reprimand",
            "reprimand",
            "warning",
            "warning",
            "dismissal",
            "expulsion",
            "other"
        };
        Map<List<String>, Long> actions = new java.util.TreeMap<>(Comparator.comparing(Object::toString));
        for (Map<String, Object> row : metrics) {
            long count = ((Number) row.get(Metric.DISCIPLINE_ACTIONS.column())).longValue();
            if (!"party_cell".equals(row.get("org_kind"))
                    || !Mart.SCOPE_SUBTREE.equals(row.get("scope"))
                    || count == 0) {
                continue;
            }
            String quarter = (String) row.get("quarter");
            String kind = byWeight[random.nextInt(byWeight.length)];
            String cell = (String) row.get("org_code");
            for (List<String> key : List.of(
                    List.of(quarter, cell, Mart.SCOPE_OWN),
                    List.of(quarter, cell, Mart.SCOPE_SUBTREE),
                    List.of(quarter, (String) row.get("parent_code"), Mart.SCOPE_SUBTREE),
                    List.of(quarter, BLOC, Mart.SCOPE_SUBTREE))) {
                actions.merge(List.of(key.get(0), key.get(1), key.get(2), kind), count, Long::sum);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        actions.forEach((key, count) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("quarter", key.get(0));
            row.put("org_code", key.get(1));
            row.put("scope", key.get(2));
            row.put("kind", key.get(3));
            row.put("actions", count);
            rows.add(row);
        });
        return rows;
    }

    private List<Map<String, Object>> metricRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        double[] cellQuality = new double[organisations * cellsPerOrganisation];
        for (int k = 0; k < cellQuality.length; k++) {
            cellQuality[k] = 0.62 + 0.34 * random.nextDouble();
        }
        Map<String, Map<Metric, Object>> previousByOrg = new HashMap<>();
        for (int qi = 0; qi < quarters.size(); qi++) {
            Quarter q = quarters.get(qi);
            double drift = 0.012 * qi;
            List<Org> orgs = new ArrayList<>();
            List<Org> grassroots = new ArrayList<>();
            for (int i = 1; i <= organisations; i++) {
                List<Org> cells = new ArrayList<>();
                for (int j = 1; j <= cellsPerOrganisation; j++) {
                    String code = cellCode(i, j);
                    double quality = code.equals(watchedCell())
                            ? 0.55
                            : Math.min(0.99, cellQuality[(i - 1) * cellsPerOrganisation + j - 1] + drift);
                    cells.add(new Org(
                            code,
                            "Chi bộ " + CELLS[(j - 1) % CELLS.length] + (j > CELLS.length ? " " + j : ""),
                            "party_cell",
                            organisationCode(i),
                            headOf(code),
                            cellFigures(quality, code.equals(watchedCell()))));
                }
                rankPeers(cells);
                orgs.addAll(cells);
                String name = "Đảng bộ " + AGENCIES[(i - 1) % AGENCIES.length] + (i > AGENCIES.length ? " " + i : "");
                grassroots.add(new Org(
                        organisationCode(i),
                        name,
                        "grassroots_org",
                        BLOC,
                        headOf(organisationCode(i)),
                        aggregate(cells)));
            }
            rankPeers(grassroots);
            orgs.addAll(grassroots);
            orgs.add(new Org(
                    BLOC,
                    "Đảng uỷ Khối cơ quan và doanh nghiệp tỉnh",
                    "bloc_committee",
                    null,
                    headOf(BLOC),
                    aggregate(grassroots)));
            for (Org org : orgs) {
                Map<Metric, Object> previous = previousByOrg.get(org.code());
                Double rate = (Double) org.figures().get(Metric.ON_TIME_RATE);
                Double lastRate = previous == null ? null : (Double) previous.get(Metric.ON_TIME_RATE);
                if (rate != null && lastRate != null) {
                    org.figures().put(Metric.QOQ_ON_TIME_CHANGE, rate - lastRate);
                }
                String reasons = watchReasons(org.figures(), previous);
                org.figures().put(Metric.WATCH, !reasons.isEmpty());
                org.figures().put(Metric.WATCH_REASONS, reasons.isEmpty() ? null : reasons);
                previousByOrg.put(org.code(), org.figures());
                rows.add(row(q, org, Mart.SCOPE_SUBTREE, org.figures()));
                rows.add(row(
                        q,
                        org,
                        Mart.SCOPE_OWN,
                        org.kind().equals("party_cell") ? withoutPeers(org.figures()) : ownOfParent()));
            }
        }
        return rows;
    }

    private Map<Metric, Object> cellFigures(double quality, boolean watched) {
        Map<Metric, Object> m = new LinkedHashMap<>();
        long due = 4L + random.nextInt(70);
        long onTime = Math.min(due, Math.round(due * Math.min(1, quality + random.nextGaussian() * 0.05)));
        long late = Math.round((due - onTime) * 0.6);
        m.put(Metric.TASKS_DUE, due);
        m.put(Metric.DONE_ON_TIME, onTime);
        m.put(Metric.DONE_LATE, late);
        m.put(Metric.OVERDUE_OPEN, due - onTime - late);
        m.put(Metric.EXTENDED_TASKS, (long) random.nextInt((int) Math.max(1, due / 6)));
        m.put(Metric.MULTI_EXTENDED_TASKS, (Long) m.get(Metric.EXTENDED_TASKS) / 3);
        m.put(Metric.LATE_DELAY_MEDIAN_DAYS, late == 0 ? null : 2.0 + random.nextInt(20));
        m.put(Metric.LATE_DELAY_P90_DAYS, late == 0 ? null : 25.0 + random.nextInt(40));
        m.put(Metric.BACKLOG_1_30, (long) random.nextInt(5));
        m.put(Metric.BACKLOG_31_90, (long) random.nextInt(4));
        m.put(Metric.BACKLOG_91_180, (long) (quality < 0.75 ? random.nextInt(3) : 0));
        m.put(Metric.BACKLOG_OVER_180, watched ? 1L : 0L);
        m.put(Metric.HELD_TASKS, due + random.nextInt(20));
        m.put(Metric.TRANSFERS_OUT, (long) random.nextInt(6));
        m.put(Metric.RETURNS_OUT, (long) random.nextInt(3));
        m.put(Metric.REVERSED_TRANSFERS, (long) random.nextInt(2));
        m.put(Metric.WITHIN_AUTHORITY_HELD, Math.round((Long) m.get(Metric.HELD_TASKS) * 0.6));
        m.put(Metric.ESCALATIONS_WITHIN, (long) random.nextInt(3));
        m.put(Metric.URGENT_DONE, (long) random.nextInt(4));
        m.put(Metric.URGENT_MEDIAN_HOURS, (Long) m.get(Metric.URGENT_DONE) == 0 ? null : 4.0 + random.nextInt(60));
        m.put(Metric.FINDINGS_DUE, (long) random.nextInt(4));
        m.put(Metric.FINDINGS_REMEDIED_ON_TIME, (long) random.nextInt((int) ((Long) m.get(Metric.FINDINGS_DUE) + 1)));
        m.put(Metric.FINDINGS_OPEN_OVERDUE, watched ? 2L : (long) (random.nextInt(5) == 0 ? 1 : 0));
        m.put(Metric.DISCIPLINE_ACTIONS, (long) (random.nextInt(12) == 0 ? 1 : 0));
        m.put(Metric.MEMBERS, 8L + random.nextInt(30));
        withDerived(m);
        return m;
    }

    /** Counts summed over the children; rates recomputed; medians taken as the children's median. */
    private static Map<Metric, Object> aggregate(List<Org> children) {
        Map<Metric, Object> m = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            if (metric.kind() == vn.kyluat.contract.MetricKind.COUNT && !metric.isPeerColumn()) {
                m.put(
                        metric,
                        children.stream()
                                .mapToLong(c -> ((Number) c.figures().get(metric)).longValue())
                                .sum());
            }
        }
        for (Metric median :
                List.of(Metric.LATE_DELAY_MEDIAN_DAYS, Metric.LATE_DELAY_P90_DAYS, Metric.URGENT_MEDIAN_HOURS)) {
            List<Double> values = children.stream()
                    .map(c -> (Double) c.figures().get(median))
                    .filter(v -> v != null)
                    .sorted()
                    .toList();
            m.put(median, values.isEmpty() ? null : values.get(values.size() / 2));
        }
        withDerived(m);
        return m;
    }

    private static void withDerived(Map<Metric, Object> m) {
        m.put(
                Metric.BACKLOG_OVERDUE,
                count(m, Metric.BACKLOG_1_30)
                        + count(m, Metric.BACKLOG_31_90)
                        + count(m, Metric.BACKLOG_91_180)
                        + count(m, Metric.BACKLOG_OVER_180));
        m.put(Metric.ON_TIME_RATE, share(m, Metric.DONE_ON_TIME, Metric.TASKS_DUE));
        long done = count(m, Metric.DONE_ON_TIME) + count(m, Metric.DONE_LATE);
        m.put(
                Metric.COMPLETION_RATE,
                count(m, Metric.TASKS_DUE) == 0 ? null : (double) done / count(m, Metric.TASKS_DUE));
        m.put(
                Metric.STRICT_ON_TIME_RATE,
                count(m, Metric.TASKS_DUE) == 0
                        ? null
                        : (double) (count(m, Metric.DONE_ON_TIME) - count(m, Metric.EXTENDED_TASKS) / 2)
                                / count(m, Metric.TASKS_DUE));
        m.put(Metric.EXTENDED_SHARE, share(m, Metric.EXTENDED_TASKS, Metric.TASKS_DUE));
        long bounced = count(m, Metric.RETURNS_OUT) + count(m, Metric.REVERSED_TRANSFERS);
        m.put(
                Metric.BOUNCE_RATE,
                count(m, Metric.HELD_TASKS) == 0 ? null : (double) bounced / count(m, Metric.HELD_TASKS));
        m.put(Metric.ESCALATION_AVOIDANCE_RATE, share(m, Metric.ESCALATIONS_WITHIN, Metric.WITHIN_AUTHORITY_HELD));
        m.put(Metric.REMEDIATION_ON_TIME_RATE, share(m, Metric.FINDINGS_REMEDIED_ON_TIME, Metric.FINDINGS_DUE));
        m.put(
                Metric.DISCIPLINE_PER_100,
                count(m, Metric.MEMBERS) == 0
                        ? null
                        : 100.0 * count(m, Metric.DISCIPLINE_ACTIONS) / count(m, Metric.MEMBERS));
    }

    /** Peer columns of docs/metrics.md over one group of siblings. */
    private static void rankPeers(List<Org> peers) {
        long due = peers.stream()
                .mapToLong(p -> count(p.figures(), Metric.TASKS_DUE))
                .sum();
        long onTime = peers.stream()
                .mapToLong(p -> count(p.figures(), Metric.DONE_ON_TIME))
                .sum();
        double pooled = due == 0 ? 0 : (double) onTime / due;
        for (Org peer : peers) {
            Map<Metric, Object> m = peer.figures();
            long n = count(m, Metric.TASKS_DUE);
            m.put(Metric.PEER_GROUP, peer.parent() + "/" + peer.kind());
            m.put(Metric.PEER_COUNT, (long) peers.size());
            m.put(Metric.PEER_POOLED_ON_TIME_RATE, due == 0 ? null : pooled);
            double shrunk = (count(m, Metric.DONE_ON_TIME) + 20 * pooled) / (n + 20);
            m.put(Metric.SHRUNK_ON_TIME_RATE, shrunk);
            double share = n == 0 ? 0 : (double) count(m, Metric.DONE_ON_TIME) / n;
            m.put(Metric.ON_TIME_CI_LOW, n == 0 ? null : PeerStatistics.wilsonLow(share, n));
            m.put(Metric.ON_TIME_CI_HIGH, n == 0 ? null : PeerStatistics.wilsonHigh(share, n));
            Double rate = (Double) m.get(Metric.ON_TIME_RATE);
            m.put(Metric.FUNNEL_FLAG, rate == null ? null : PeerStatistics.funnelFlag(rate, n, pooled));
            double backlogOld = count(m, Metric.BACKLOG_91_180) + count(m, Metric.BACKLOG_OVER_180);
            double weighted = 0.40 * shrunk
                    + 0.15 * (1 - Math.min(1, orZero(m.get(Metric.BOUNCE_RATE))))
                    + 0.10 * (1 - Math.min(1, orZero(m.get(Metric.ESCALATION_AVOIDANCE_RATE))))
                    + 0.10 * (1 - orZero(m.get(Metric.EXTENDED_SHARE)))
                    + 0.15 * (1 - backlogOld / Math.max(1, n + count(m, Metric.BACKLOG_OVERDUE)));
            Double remedy = (Double) m.get(Metric.REMEDIATION_ON_TIME_RATE);
            double index = remedy == null ? weighted / 0.90 : weighted + 0.10 * remedy;
            m.put(Metric.RESPONSIBILITY_INDEX, Math.round(index * 1000) / 10.0);
        }
        List<Org> sorted = peers.stream()
                .sorted(Comparator.comparing((Org p) -> (Double) p.figures().get(Metric.RESPONSIBILITY_INDEX))
                        .reversed())
                .toList();
        for (int r = 0; r < sorted.size(); r++) {
            double index = (Double) sorted.get(r).figures().get(Metric.RESPONSIBILITY_INDEX);
            int rank = r + 1;
            while (rank > 1 && (Double) sorted.get(rank - 2).figures().get(Metric.RESPONSIBILITY_INDEX) == index) {
                rank--;
            }
            sorted.get(r).figures().put(Metric.PEER_RANK, rank);
        }
    }

    /** docs/metrics.md (version 2) with the default thresholds; only units with a peer group are judged. */
    private static String watchReasons(Map<Metric, Object> m, Map<Metric, Object> previous) {
        List<String> reasons = new ArrayList<>();
        if (m.get(Metric.PEER_GROUP) == null) {
            return "";
        }
        if (PeerStatistics.BELOW.equals(m.get(Metric.FUNNEL_FLAG))) {
            reasons.add("below_peers");
        }
        Double shrunk = (Double) m.get(Metric.SHRUNK_ON_TIME_RATE);
        Double lastShrunk = previous == null ? null : (Double) previous.get(Metric.SHRUNK_ON_TIME_RATE);
        if (shrunk != null && shrunk < 0.70 && lastShrunk != null && lastShrunk < 0.70) {
            reasons.add("late_two_quarters");
        }
        long aged = count(m, Metric.BACKLOG_91_180) + count(m, Metric.BACKLOG_OVER_180);
        long base = count(m, Metric.TASKS_DUE) + count(m, Metric.BACKLOG_OVERDUE);
        if (base > 0 && (double) aged / base > 0.30) {
            reasons.add("aged_backlog");
        }
        if (count(m, Metric.FINDINGS_OPEN_OVERDUE) >= 2) {
            reasons.add("findings_overdue");
        }
        return String.join(",", reasons);
    }

    /** The head of a unit, one person per unit, numbered in the order units are first met. */
    private Person headOf(String orgCode) {
        return heads.computeIfAbsent(orgCode, code -> {
            int n = heads.size();
            String name = FAMILY[n % FAMILY.length] + " " + MIDDLE[(n / FAMILY.length) % MIDDLE.length] + " "
                    + GIVEN[(n * 7) % GIVEN.length];
            return new Person(String.format("NS%05d", 1 + n), name);
        });
    }

    /** The assignee of a cell's n-th task: its head, or one of its two members, in turn. */
    private String assignee(String cell, int n) {
        return n % 3 == 0 ? headOf(cell).personCode() : memberOf(cell, n % 3).personCode();
    }

    /** Member k (1 or 2) of a cell, numbered apart from the heads so that their numbering stays as it was. */
    private Person memberOf(String cell, int k) {
        return members.computeIfAbsent(cell + "#" + k, key -> {
            int n = members.size();
            String name = FAMILY[(n + 3) % FAMILY.length] + " " + MIDDLE[(n + 5) % MIDDLE.length] + " "
                    + GIVEN[(n * 11 + 4) % GIVEN.length];
            return new Person(String.format("NV%05d", 1 + n), name);
        });
    }

    /** The persons of one unit: its head and its members. */
    public List<Person> personsOf(String orgCode) {
        List<Person> people = new ArrayList<>();
        if (heads.containsKey(orgCode)) {
            people.add(heads.get(orgCode));
        }
        members.forEach((key, person) -> {
            if (key.startsWith(orgCode + "#")) {
                people.add(person);
            }
        });
        return people;
    }

    /**
     * Every person of the registry behind these marts (the heads of units, the cells' members who are
     * assigned tasks, and the staff named by the rejected records): what a board-level output must
     * never show. Complete after {@link #writeTo}.
     */
    public List<Person> registry() {
        List<Person> people = new ArrayList<>(heads.values());
        people.addAll(members.values());
        people.addAll(REJECTED_STAFF);
        return people;
    }

    /** A person as the registry (staff) knows them: personal data. */
    public record Person(String personCode, String fullName) {}

    private static Map<Metric, Object> withoutPeers(Map<Metric, Object> figures) {
        Map<Metric, Object> own = new LinkedHashMap<>(figures);
        own.keySet().removeIf(Metric::isPeerColumn);
        return own;
    }

    /** A grassroots organisation or the bloc holds no tasks itself here: zero counts, null rates. */
    private static Map<Metric, Object> ownOfParent() {
        Map<Metric, Object> m = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            if (metric.kind() == vn.kyluat.contract.MetricKind.COUNT && !metric.isPeerColumn()) {
                m.put(metric, 0L);
            }
        }
        withDerived(m);
        return m;
    }

    private List<Map<String, Object>> atRiskRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Quarter q : quarters) {
            for (int i = 1; i <= organisations; i++) {
                for (int j = 1; j <= cellsPerOrganisation; j++) {
                    int tasks = random.nextInt(3);
                    for (int t = 0; t < tasks; t++) {
                        int daysLeft = random.nextInt(14);
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("quarter", q.toString());
                        row.put("as_of", q.end());
                        row.put("holder_org_code", cellCode(i, j));
                        row.put("holder_org_name", "Chi bộ " + CELLS[(j - 1) % CELLS.length]);
                        row.put("source_id", "unit" + i);
                        row.put("task_code", "T-" + cellCode(i, j) + "-" + q + "-" + t);
                        row.put("title", "Báo cáo tiến độ giải quyết kiến nghị cử tri, đợt " + (t + 1));
                        row.put("priority", t == 0 ? "urgent" : "normal");
                        row.put("eff_due_date", q.end().plusDays(daysLeft));
                        row.put("days_left", daysLeft);
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** Each quarter one document assigned to a cell of organisation 1 and one of organisation 2. */
    private List<Map<String, Object>> overlapRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (organisations < 2) {
            return rows;
        }
        for (Quarter q : quarters) {
            String ref = "123/KH-UBND-" + q;
            for (int i = 1; i <= 2; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("quarter", q.toString());
                row.put("origin_ref", ref);
                row.put("lead_unit_count", 2);
                row.put("source_id", "unit" + i);
                row.put("task_code", "O-" + i + "-" + q);
                row.put("title", "Rà soát thủ tục hành chính theo Kế hoạch " + ref);
                row.put("lead_org_code", cellCode(i, 2));
                row.put("lead_org_name", "Chi bộ " + CELLS[1]);
                row.put("assigned_at", q.startInstant().plusSeconds(86_400L * 10 + 3_600L * 2));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Map<String, Object>> dataQualityRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String source : List.of("registry", "unit1")) {
            for (String relation : List.of("org_unit", "task", "task_event")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("run_id", "run-20241001");
                row.put("started_at", LocalDate.of(2024, 10, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
                row.put("run_status", "PARTIAL");
                row.put("source_id", source);
                row.put("source_status", "COMPLETED");
                row.put("relation", relation);
                row.put("mode", "full");
                long rejected = relation.equals("task") ? 3 : 0;
                row.put("read", 1000 + rejected);
                row.put("accepted", 1000);
                row.put("rejected", rejected);
                boolean hasRejects = rejected > 0;
                for (RejectRule rule : RejectRule.values()) {
                    long count = !hasRejects
                            ? 0
                            : rule == RejectRule.DUE_BEFORE_ASSIGNED ? 2 : rule == RejectRule.UNKNOWN_ORG ? 1 : 0;
                    row.put("rejected_" + rule.code(), count);
                }
                rows.add(row);
            }
        }
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("run_id", "run-20241001");
        failed.put("started_at", LocalDate.of(2024, 10, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        failed.put("run_status", "PARTIAL");
        failed.put("source_id", "unit9");
        failed.put("source_status", "FAILED");
        failed.put("error", "Connection to 127.0.0.1:5439 refused");
        rows.add(failed);
        return rows;
    }

    private List<Map<String, Object>> rejectRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run_id", "run-20241001");
            row.put("source_id", "unit1");
            row.put("relation", "task");
            row.put("record_key", "T-BAD-" + k);
            row.put("rule", k == 2 ? RejectRule.UNKNOWN_ORG.code() : RejectRule.DUE_BEFORE_ASSIGNED.code());
            row.put(
                    "detail",
                    k == 2
                            ? "lead_org_code 'X99' is not a known organisation"
                            : "due_date 2024-06-30 before assigned_at");
            row.put("raw_values", "{\"task_code\":\"T-BAD-" + k + "\",\"title\":\"Nhiệm vụ lỗi, \"\"dấu ngoặc\"\"\"}");
            row.put("rejected_at", java.time.Instant.parse("2024-10-01T01:02:03Z"));
            rows.add(row);
        }
        Person ghost = REJECTED_STAFF.get(0);
        rows.add(reject(
                "registry",
                "staff",
                ghost.personCode(),
                RejectRule.UNKNOWN_ORG,
                "org_code 'X77' is not in the organisation registry",
                "{\"person_code\":\"" + ghost.personCode() + "\",\"full_name\":\"" + ghost.fullName()
                        + "\",\"org_code\":\"X77\",\"role\":\"member\",\"party_member\":\"true\"}"));
        Person twice = REJECTED_STAFF.get(1);
        rows.add(reject(
                "registry",
                "staff",
                twice.personCode(),
                RejectRule.DUPLICATE_KEY,
                "person_code '" + twice.personCode() + "' is delivered more than once; kept the later row",
                "{\"person_code\":\"" + twice.personCode() + "\",\"full_name\":\"" + twice.fullName()
                        + "\",\"org_code\":\"" + cellCode(1, 1) + "\",\"role\":\"head\"}"));
        Person head = heads.values().iterator().next();
        rows.add(reject(
                "unit1",
                "discipline_action",
                "KL-2024-7",
                RejectRule.UNKNOWN_ORG,
                "org_code 'X88' is not in the organisation registry",
                "{\"action_code\":\"KL-2024-7\",\"person_code\":\"" + head.personCode()
                        + "\",\"org_code\":\"X88\",\"kind\":\"warning\",\"reason\":\"responsibility_avoidance\"}"));
        return rows;
    }

    private static Map<String, Object> reject(
            String source, String relation, String key, RejectRule rule, String detail, String rawValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("run_id", "run-20241001");
        row.put("source_id", source);
        row.put("relation", relation);
        row.put("record_key", key);
        row.put("rule", rule.code());
        row.put("detail", detail);
        row.put("raw_values", rawValues);
        row.put("rejected_at", java.time.Instant.parse("2024-10-01T01:02:04Z"));
        return row;
    }

    private static Map<String, Object> row(Quarter q, Org org, String scope, Map<Metric, Object> figures) {
        Map<String, Object> row = new HashMap<>();
        row.put("quarter", q.toString());
        row.put("org_code", org.code());
        row.put("scope", scope);
        row.put("org_name", org.name());
        row.put("org_kind", org.kind());
        row.put("parent_code", org.parent());
        row.put("metrics_version", Mart.METRICS_VERSION);
        row.put("head_person_code", org.head().personCode());
        figures.forEach((metric, value) -> row.put(metric.column(), value));
        return row;
    }

    private static void write(Path set, Mart mart, List<Map<String, Object>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(Path.of(mart.csvPath(set.toString())), StandardCharsets.UTF_8)) {
            out.write(MartCsv.line(mart.columns()));
            for (Map<String, Object> row : rows) {
                out.write(MartCsv.line(mart.columns().stream().map(row::get).toList()));
            }
        }
    }

    /** As the analytics stage's export writes them: plain decimals, instants in local time with the offset. */
    private static long count(Map<Metric, Object> m, Metric metric) {
        Object value = m.get(metric);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double share(Map<Metric, Object> m, Metric numerator, Metric denominator) {
        long d = count(m, denominator);
        return d == 0 ? null : (double) count(m, numerator) / d;
    }

    private static double orZero(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private record Org(
            String code, String name, String kind, String parent, Person head, Map<Metric, Object> figures) {}
}
