package vn.kyluat.etl.source;

import java.io.IOException;
import java.nio.file.Path;

/** A CSV export that cannot be read as the relation it stands for; the message names the file and the line. */
public final class CsvFileException extends IOException {
    CsvFileException(Path file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
