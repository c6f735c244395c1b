package vn.kyluat.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a unit is on the watch list (METRICS.md §5, version 2), in the order the mart's
 * {@code watch_reasons} lists them, with the phrase a report shows for each (without the
 * thresholds, which the analytics configuration may change).
 */
public enum WatchReason {
  BELOW_PEERS("tỷ lệ đúng hạn thấp hơn giới hạn của nhóm so sánh", "on-time rate below its peer group's limits"),
  LATE_TWO_QUARTERS("tỷ lệ đúng hạn (hiệu chỉnh) thấp hai quý liền", "adjusted on-time rate low two quarters running"),
  AGED_BACKLOG("nhiều việc quá hạn trên 90 ngày", "much of its work overdue by more than 90 days"),
  FINDINGS_OVERDUE("kết luận kiểm tra quá hạn chưa khắc phục", "inspection findings overdue, not remedied");

  private final String labelVi;
  private final String labelEn;

  WatchReason(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** As the mart writes it, e.g. {@code below_peers}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The phrase in the report language: {@code vi} (default) or {@code en}. */
  public String label(String language) {
    return "en".equals(language) ? labelEn : labelVi;
  }

  /** The reasons of a {@code watch_reasons} value ({@code below_peers,aged_backlog}); none for null or empty. */
  public static List<WatchReason> parseList(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(String::trim).map(WatchReason::fromCode).toList();
  }

  public static WatchReason fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown watch reason '" + code + "'"));
  }
}
