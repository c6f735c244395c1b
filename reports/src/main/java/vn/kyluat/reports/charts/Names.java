package vn.kyluat.reports.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units' names shortened for chart labels without losing what tells two units apart: common words
 * are abbreviated first, then the middle is cut, keeping the code at the start and the end of the
 * name, where "(khu vực 2)" or "số 3" usually sits.
 */
public final class Names {
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("Chi bộ ", "CB ");
        ABBREVIATIONS.put("Đảng bộ ", "ĐB ");
        ABBREVIATIONS.put("Đảng uỷ ", "ĐU ");
        ABBREVIATIONS.put("Trung tâm ", "TT ");
        ABBREVIATIONS.put("Phòng ", "P. ");
        ABBREVIATIONS.put("Công ty ", "Cty ");
        ABBREVIATIONS.put("Ngân hàng Nhà nước ", "NHNN ");
        ABBREVIATIONS.put("Nhà nước ", "NN ");
    }

    private static final Pattern TRAILING_PART = Pattern.compile("(\\s*\\([^()]*\\)|\\s+\\S+\\s+\\d+)$");

    private Names() {}

    /** At most {@code max} characters. */
    public static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String shorter = name;
        for (Map.Entry<String, String> abbreviation : ABBREVIATIONS.entrySet()) {
            shorter = shorter.replace(abbreviation.getKey(), abbreviation.getValue());
        }
        if (shorter.length() <= max) {
            return shorter;
        }
        Matcher trailing = TRAILING_PART.matcher(shorter);
        int tailLength = trailing.find() && trailing.group(1).length() <= max / 2
                ? trailing.group(1).length()
                : max / 4;
        String tail = shorter.substring(shorter.length() - tailLength).strip();
        String head = shorter.substring(0, max - 2 - tail.length());
        int lastSpace = head.lastIndexOf(' ');
        // Cut between words where that loses little; the code at the start always stays whole.
        if (lastSpace > head.length() / 2) {
            head = head.substring(0, lastSpace);
        }
        return head.strip() + "… " + tail;
    }
}
