package vn.kyluat.reports.dashboard;

/** The little JSON the dashboard's data file needs: strings escaped so they cannot end the script. */
final class Json {
    private Json() {}

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // "</script>" or "<!--" in a title must not end the data script
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A cell to show and sort by: {@code ["87,5 %", 0.875]}; a null sort key sorts last. */
    static String cell(String text, Object sortKey) {
        String key = sortKey instanceof Number n ? n.toString() : string(sortKey == null ? null : sortKey.toString());
        return "[" + string(text) + "," + key + "]";
    }
}
