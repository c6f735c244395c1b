package vn.kyluat.analytics.marts;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;

/**
 * One analysis's marts, published together ({@link MartsLayout}): every mart is written into a new
 * set folder beside the published one, then the {@code _current} pointer is swapped in one rename.
 * A run that dies before the swap leaves the published set whole and current; a reader that
 * resolved the pointer before the swap keeps reading the previous set, which stays until the next
 * publication. Sets neither current nor previous (older ones, those of killed runs) are removed
 * after each swap.
 */
public final class MartSet {
    private final HadoopFiles files;
    private final String martsRoot;
    private final String id;

    private MartSet(HadoopFiles files, String martsRoot, String id) {
        this.files = files;
        this.martsRoot = martsRoot;
        this.id = id;
    }

    /** Starts a new set; fails at once, with {@link MartsNotWritableException}, when the location cannot be written. */
    public static MartSet begin(HadoopFiles files, String martsLocation, Instant startedAt) {
        MartSet set = new MartSet(files, HadoopFiles.qualify(martsLocation), MartsLayout.newSetId(startedAt));
        try {
            files.mkdirs(set.dir());
            // The same kind of file the swap writes, where it writes it.
            files.writeText(set.pointerTemp(), "");
            files.delete(set.pointerTemp());
        } catch (UncheckedIOException e) {
            throw new MartsNotWritableException(set.martsRoot, e.getCause());
        }
        set.currentPointer(); // a damaged pointer stops the run now, not after the computing
        return set;
    }

    public String id() {
        return id;
    }

    /** The set's folder: the root of {@code Mart.datasetPath} and {@code Mart.csvPath}. */
    public String dir() {
        return MartsLayout.setDir(martsRoot, id);
    }

    public String pointer() {
        return MartsLayout.pointer(martsRoot);
    }

    /** Makes this set the published one, then removes the sets no reader can still be on. */
    public void publish() {
        Pointer next = currentPointer().map(current -> current.next(id)).orElse(new Pointer(id, Optional.empty()));
        files.writeText(pointerTemp(), next.format());
        FaultPoint.reach(FaultPoint.BEFORE_POINTER_SWAP);
        files.replaceFile(pointerTemp(), pointer());
        removeUnreachable(next);
    }

    /** Removes what this set wrote, after a failure; the published set is untouched. */
    public void discard() {
        files.delete(dir());
        files.delete(pointerTemp());
    }

    private Optional<Pointer> currentPointer() {
        return files.readText(pointer()).map(text -> {
            try {
                return Pointer.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        pointer() + ": " + e.getMessage() + "; restore it (set=<folder under " + MartsLayout.SETS_DIR
                                + ">) or delete it to start afresh",
                        e);
            }
        });
    }

    private void removeUnreachable(Pointer kept) {
        Set<String> keep =
                kept.previous().map(previous -> Set.of(kept.set(), previous)).orElse(Set.of(kept.set()));
        String sets = MartsLayout.setsDir(martsRoot);
        files.folders(sets).stream().filter(set -> !keep.contains(set)).forEach(set -> files.delete(sets + "/" + set));
        String tempPrefix = MartsLayout.CURRENT_POINTER + ".";
        files.files(martsRoot).stream()
                .filter(name -> name.startsWith(tempPrefix))
                .forEach(name -> files.delete(martsRoot + "/" + name));
    }

    private String pointerTemp() {
        return pointer() + "." + id + ".tmp";
    }
}
