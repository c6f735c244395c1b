package vn.kyluat.reports.marts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;

/**
 * The set of marts the analytics stage published last ({@link MartsLayout}): the folder its
 * {@code _current} pointer names. A reader resolves it once and reads every mart from it, so it never
 * mixes the marts of two analyses, even while a new set is being published.
 */
public final class PublishedSet {
    private PublishedSet() {}

    public static Path resolve(String martsRoot) {
        Path pointer = Path.of(MartsLayout.pointer(martsRoot));
        Pointer current;
        try {
            current = Pointer.parse(Files.readString(pointer));
        } catch (NoSuchFileException e) {
            throw new MartException(pointer + ": no published marts (run the analytics stage first)");
        } catch (IOException e) {
            throw new UncheckedIOException(pointer + ": cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new MartException(pointer + ": " + e.getMessage() + " (run the analytics stage again)");
        }
        Path set = Path.of(current.setDir(martsRoot));
        if (!Files.isDirectory(set)) {
            throw new MartException(pointer + " names the set " + current.set() + ", but " + set
                    + " is not there (run the analytics stage again)");
        }
        return set;
    }
}
