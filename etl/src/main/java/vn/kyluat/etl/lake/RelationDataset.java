package vn.kyluat.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;

/** One source's dataset of one relation in the lake: its versions and the pointer that publishes one. */
public record RelationDataset(Path lakeRoot, Relation relation, String sourceId) {

    public Path dir() {
        return Path.of(LakeLayout.sourceDir(lakeRoot.toString(), relation, sourceId));
    }

    public Path pointer() {
        return Path.of(LakeLayout.currentPointer(lakeRoot.toString(), relation, sourceId));
    }

    public Path versionDir(String version) {
        return Path.of(LakeLayout.versionDir(lakeRoot.toString(), relation, sourceId, version));
    }

    public static String versionOf(String runId) {
        return LakeLayout.VERSION_DIR_PREFIX + runId;
    }

    public Optional<CurrentVersion> current() {
        try {
            return Optional.of(CurrentVersion.parse(Files.readString(pointer(), StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer(), e);
        }
    }

    /** The Parquet parts of a version, by name. */
    public List<Path> parts(String version) {
        return PartFiles.parquetParts(versionDir(version));
    }

    /** Every row of the published version (source_id first); empty when nothing is published. */
    public List<Object[]> currentRows() {
        return current().stream()
                .flatMap(v -> parts(v.version()).stream())
                .flatMap(p -> ParquetFiles.read(p).stream())
                .toList();
    }

    /** Publishes a version: the pointer is written beside itself and moved over the old one at once. */
    public void publish(CurrentVersion version) {
        Path temp = pointer().resolveSibling(LakeLayout.CURRENT_POINTER + ParquetFiles.TEMP_SUFFIX);
        try {
            Files.createDirectories(dir());
            Files.writeString(temp, version.format(), StandardCharsets.UTF_8);
            Files.move(temp, pointer(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + pointer(), e);
        }
    }

    /** Removes version folders other than the ones named (readers may still be on the previous one). */
    public void removeVersionsExcept(List<String> kept) {
        if (!Files.isDirectory(dir())) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir())) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(LakeLayout.VERSION_DIR_PREFIX) && !kept.contains(name)) {
                    PartFiles.deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir(), e);
        }
    }
}
