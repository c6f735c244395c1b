package vn.kyluat.etl.source;

/** A field whose text cannot be read as its column's type; keeps the text for the reject. */
public record Malformed(String text, String expected) {}
