package vn.kyluat.etl.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.WorkspaceLock;

/** Every published file of a lake (pointers and the parts they name) with its bytes; runs, rejects and the run lock aside. */
public final class LakeSnapshot {
    private LakeSnapshot() {}

    public static Map<String, String> of(Path lake) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(lake)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = lake.relativize(path).toString();
                if (relative.startsWith(LakeLayout.RUNS_DIR)
                        || relative.startsWith(LakeLayout.REJECTS_DIR)
                        || relative.equals(WorkspaceLock.FILE_NAME)
                        // the key census's figures beside a version: bookkeeping of the source, like the
                        // manifests (the first census of a version adds them), not data of the lake
                        || path.getFileName().toString().equals("_key_census")) {
                    continue;
                }
                files.put(
                        relative,
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
