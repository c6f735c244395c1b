package vn.kyluat.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Believable Vietnamese names for people, agencies, departments and task titles. */
final class VietnameseNames {
    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE =
            List.of("Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Xuân", "Hồng", "Công");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
            "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang",
            "Tuấn", "Vân", "Việt", "Yến", "Đạt");
    private static final List<String> AGENCIES = List.of(
            "Sở Tài chính",
            "Sở Kế hoạch và Đầu tư",
            "Sở Xây dựng",
            "Sở Giao thông vận tải",
            "Sở Y tế",
            "Sở Giáo dục và Đào tạo",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài nguyên và Môi trường",
            "Sở Công Thương",
            "Sở Tư pháp",
            "Sở Nội vụ",
            "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ",
            "Sở Thông tin và Truyền thông",
            "Văn phòng Ủy ban nhân dân tỉnh",
            "Thanh tra tỉnh",
            "Cục Thuế tỉnh",
            "Kho bạc Nhà nước tỉnh",
            "Bảo hiểm xã hội tỉnh",
            "Ngân hàng Nhà nước chi nhánh tỉnh",
            "Công ty Điện lực tỉnh",
            "Công ty Cổ phần Cấp nước",
            "Công ty Xổ số kiến thiết",
            "Báo tỉnh",
            "Đài Phát thanh và Truyền hình tỉnh",
            "Trường Chính trị tỉnh",
            "Bệnh viện Đa khoa tỉnh",
            "Ban Quản lý các khu công nghiệp",
            "Cục Hải quan tỉnh",
            "Cục Thống kê tỉnh",
            "Liên minh Hợp tác xã tỉnh",
            "Ban Dân tộc tỉnh",
            "Công ty Môi trường đô thị");
    private static final List<String> DEPARTMENTS = List.of(
            "Văn phòng",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Tổ chức cán bộ",
            "Phòng Nghiệp vụ",
            "Phòng Thanh tra",
            "Phòng Pháp chế",
            "Phòng Hành chính - Quản trị",
            "Phòng Kỹ thuật",
            "Phòng Kinh doanh",
            "Phòng Quản lý dự án",
            "Phòng Tổng hợp",
            "Phòng Chính sách");
    private static final List<String> TASK_VERBS = List.of(
            "Báo cáo kết quả",
            "Tham mưu",
            "Rà soát",
            "Xây dựng kế hoạch",
            "Giải quyết đơn thư về",
            "Triển khai",
            "Tổng hợp ý kiến về",
            "Kiểm tra",
            "Đề xuất phương án",
            "Hoàn thiện hồ sơ");
    private static final List<String> TASK_TOPICS = List.of(
            "thực hiện Chỉ thị 46-CT/TU",
            "cải cách hành chính",
            "giải ngân vốn đầu tư công",
            "công tác cán bộ",
            "phòng, chống tham nhũng, tiêu cực",
            "chuyển đổi số",
            "thu ngân sách quý",
            "kiến nghị của cử tri",
            "đánh giá, xếp loại đảng viên",
            "công tác kiểm tra, giám sát",
            "an toàn vệ sinh lao động",
            "sắp xếp tổ chức bộ máy",
            "quy chế dân chủ ở cơ sở",
            "học tập và làm theo tư tưởng Hồ Chí Minh");

    private VietnameseNames() {}

    static String person(SplittableRandom rng) {
        return pick(FAMILY, rng) + " " + pick(MIDDLE, rng) + " " + pick(GIVEN, rng);
    }

    /** The agency of the i-th grassroots organisation (0-based); numbered once the list runs out. */
    static String agency(int index) {
        String name = AGENCIES.get(index % AGENCIES.size());
        return index < AGENCIES.size() ? name : name + " (khu vực " + (index / AGENCIES.size() + 1) + ")";
    }

    static String department(int index) {
        String name = DEPARTMENTS.get(index % DEPARTMENTS.size());
        return index < DEPARTMENTS.size() ? name : name + " " + (index / DEPARTMENTS.size() + 1);
    }

    static String cell(int index) {
        return index < DEPARTMENTS.size() ? "Chi bộ " + DEPARTMENTS.get(index) : "Chi bộ số " + (index + 1);
    }

    static String taskTitle(SplittableRandom rng) {
        return pick(TASK_VERBS, rng) + " " + pick(TASK_TOPICS, rng);
    }

    static <T> T pick(List<T> items, SplittableRandom rng) {
        return items.get(rng.nextInt(items.size()));
    }
}
