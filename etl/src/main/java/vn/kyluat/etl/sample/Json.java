package vn.kyluat.etl.sample;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON (enough for expected.json). */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      writeAll(map.entrySet().iterator(), out, indent, '{', '}', (e, inner) -> {
        writeString(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out, inner);
      });
    } else if (value instanceof List<?> list) {
      writeAll(list.iterator(), out, indent, '[', ']', (item, inner) -> write(item, out, inner));
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      writeString(value.toString(), out);
    }
  }

  private interface ItemWriter<T> {
    void write(T item, String indent);
  }

  private static <T> void writeAll(Iterator<T> items, StringBuilder out, String indent, char open, char close,
      ItemWriter<T> writer) {
    if (!items.hasNext()) {
      out.append(open).append(close);
      return;
    }
    String inner = indent + "  ";
    out.append(open);
    while (items.hasNext()) {
      out.append('\n').append(inner);
      writer.write(items.next(), inner);
      if (items.hasNext()) {
        out.append(',');
      }
    }
    out.append('\n').append(indent).append(close);
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

}
