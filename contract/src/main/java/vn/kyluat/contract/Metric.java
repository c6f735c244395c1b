package vn.kyluat.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every metric column of the mart {@code org_quarter_metrics}, named exactly as in docs/metrics.md,
 * in the order of the mart and its CSV export. Reports take their labels from here, so a
 * chart's title and the mart's column can never disagree.
 */
public enum Metric {
    TASKS_DUE(MetricKind.COUNT, "Nhiệm vụ đến hạn", "Tasks due"),
    DONE_ON_TIME(MetricKind.COUNT, "Hoàn thành đúng hạn", "Completed on time"),
    DONE_LATE(MetricKind.COUNT, "Hoàn thành quá hạn", "Completed late"),
    OVERDUE_OPEN(MetricKind.COUNT, "Quá hạn chưa hoàn thành", "Overdue, not completed"),
    ON_TIME_RATE(MetricKind.RATE, "Tỷ lệ đúng hạn", "On-time rate"),
    COMPLETION_RATE(MetricKind.RATE, "Tỷ lệ hoàn thành", "Completion rate"),
    STRICT_ON_TIME_RATE(MetricKind.RATE, "Tỷ lệ đúng hạn ban đầu", "On time against original due date"),
    EXTENDED_TASKS(MetricKind.COUNT, "Nhiệm vụ được gia hạn", "Extended tasks"),
    EXTENDED_SHARE(MetricKind.RATE, "Tỷ lệ nhiệm vụ gia hạn", "Extended share"),
    MULTI_EXTENDED_TASKS(MetricKind.COUNT, "Gia hạn từ hai lần trở lên", "Extended twice or more"),
    LATE_DELAY_MEDIAN_DAYS(MetricKind.DAYS, "Số ngày trễ hạn (trung vị)", "Days late (median)"),
    LATE_DELAY_P90_DAYS(MetricKind.DAYS, "Số ngày trễ hạn (P90)", "Days late (90th percentile)"),
    BACKLOG_OVERDUE(MetricKind.COUNT, "Tồn đọng quá hạn", "Overdue backlog"),
    BACKLOG_1_30(MetricKind.COUNT, "Quá hạn 1–30 ngày", "Overdue 1–30 days"),
    BACKLOG_31_90(MetricKind.COUNT, "Quá hạn 31–90 ngày", "Overdue 31–90 days"),
    BACKLOG_91_180(MetricKind.COUNT, "Quá hạn 91–180 ngày", "Overdue 91–180 days"),
    BACKLOG_OVER_180(MetricKind.COUNT, "Quá hạn trên 180 ngày", "Overdue over 180 days"),
    HELD_TASKS(MetricKind.COUNT, "Nhiệm vụ đã xử lý trong quý", "Tasks held"),
    TRANSFERS_OUT(MetricKind.COUNT, "Lượt chuyển đi", "Transfers out"),
    RETURNS_OUT(MetricKind.COUNT, "Lượt trả lại", "Returns"),
    REVERSED_TRANSFERS(MetricKind.COUNT, "Chuyển đi rồi quay về", "Transfers that came back"),
    BOUNCE_RATE(MetricKind.RATE, "Tỷ lệ đùn đẩy", "Bounce rate"),
    WITHIN_AUTHORITY_HELD(MetricKind.COUNT, "Nhiệm vụ thuộc thẩm quyền", "Tasks within authority"),
    ESCALATIONS_WITHIN(MetricKind.COUNT, "Đẩy lên cấp trên việc thuộc thẩm quyền", "Escalations within authority"),
    ESCALATION_AVOIDANCE_RATE(MetricKind.RATE, "Tỷ lệ né tránh quyết định", "Escalation-avoidance rate"),
    URGENT_DONE(MetricKind.COUNT, "Việc cấp bách đã giải quyết", "Urgent tasks completed"),
    URGENT_MEDIAN_HOURS(
            MetricKind.HOURS,
            "Thời gian giải quyết việc cấp bách (giờ, trung vị)",
            "Urgent resolution time (median hours)"),
    FINDINGS_DUE(MetricKind.COUNT, "Kết luận kiểm tra đến hạn khắc phục", "Findings due for remedy"),
    FINDINGS_REMEDIED_ON_TIME(MetricKind.COUNT, "Khắc phục đúng hạn", "Remedied on time"),
    REMEDIATION_ON_TIME_RATE(MetricKind.RATE, "Tỷ lệ khắc phục đúng hạn", "Remedy on-time rate"),
    FINDINGS_OPEN_OVERDUE(MetricKind.COUNT, "Hạn chế chưa khắc phục quá hạn", "Findings overdue, not remedied"),
    DISCIPLINE_ACTIONS(MetricKind.COUNT, "Số trường hợp kỷ luật", "Discipline actions"),
    MEMBERS(MetricKind.COUNT, "Số đảng viên", "Party members"),
    DISCIPLINE_PER_100(MetricKind.PER_100, "Kỷ luật trên 100 đảng viên", "Discipline per 100 members"),
    PEER_GROUP(MetricKind.TEXT, "Nhóm so sánh", "Peer group"),
    PEER_RANK(MetricKind.RANK, "Xếp hạng trong nhóm", "Rank in peer group"),
    PEER_COUNT(MetricKind.COUNT, "Số đơn vị trong nhóm", "Peers in group"),
    PEER_POOLED_ON_TIME_RATE(MetricKind.RATE, "Tỷ lệ đúng hạn chung của nhóm", "Peer group's pooled on-time rate"),
    SHRUNK_ON_TIME_RATE(MetricKind.RATE, "Tỷ lệ đúng hạn (hiệu chỉnh)", "On-time rate (adjusted)"),
    ON_TIME_CI_LOW(MetricKind.RATE, "Cận dưới khoảng tin cậy 95%", "95% interval, low"),
    ON_TIME_CI_HIGH(MetricKind.RATE, "Cận trên khoảng tin cậy 95%", "95% interval, high"),
    FUNNEL_FLAG(MetricKind.TEXT, "Ngoài giới hạn kiểm soát", "Outside control limits"),
    RESPONSIBILITY_INDEX(MetricKind.INDEX, "Chỉ số trách nhiệm", "Responsibility index"),
    QOQ_ON_TIME_CHANGE(
            MetricKind.RATE_CHANGE, "Thay đổi tỷ lệ đúng hạn so với quý trước", "On-time rate change vs last quarter"),
    WATCH(MetricKind.FLAG, "Diện theo dõi", "Watch list"),
    /** The watch list's reasons, comma-separated in the order of {@link #WATCH_REASON_CODES}; empty when none. */
    WATCH_REASONS(MetricKind.TEXT, "Lý do theo dõi", "Watch reasons");

    /** The codes watch_reasons is made of, in the order they are listed. */
    public static final List<String> WATCH_REASON_CODES =
            List.of("below_peers", "late_two_quarters", "aged_backlog", "findings_overdue");

    /**
     * The aged backlog (docs/metrics.md, Backlog): the tasks overdue more than 90 days, the two oldest of the
     * backlog's buckets. Its share, which the index and the watch list read, is of {@link #AGED_BACKLOG_BASE}.
     */
    public static final List<Metric> AGED_BACKLOG = List.of(BACKLOG_91_180, BACKLOG_OVER_180);

    /** A task is in the aged backlog when overdue more than this many days (where backlog_91_180 starts). */
    public static final int AGED_BACKLOG_AFTER_DAYS = 90;

    /** What the aged backlog's share is a share of: the tasks due in the quarter and the whole overdue backlog. */
    public static final List<Metric> AGED_BACKLOG_BASE = List.of(TASKS_DUE, BACKLOG_OVERDUE);

    private final MetricKind kind;
    private final String labelVi;
    private final String labelEn;

    Metric(MetricKind kind, String labelVi, String labelEn) {
        this.kind = kind;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The column name in the mart and its CSV export, e.g. {@code on_time_rate}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public MetricKind kind() {
        return kind;
    }

    /** The label in the report language: {@code vi} (default) or {@code en}. */
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelVi;
    }

    /** Whether the column is a peer-comparison or trend column, filled on {@code subtree} rows only. */
    public boolean isPeerColumn() {
        return compareTo(PEER_GROUP) >= 0;
    }

    public static Metric fromColumn(String column) {
        return Arrays.stream(values())
                .filter(m -> m.column().equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric named '" + column + "'"));
    }
}
