package vn.kyluat.warehouse;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/**
 * A load run in a JVM of its own by the kill tests: it prints each progress line and, at the first
 * line starting with the given text, prints {@code PAUSED} and waits to be killed.
 */
public final class PausingLoad {
    private PausingLoad() {}

    public static void main(String[] args) throws Exception {
        String pauseAt = args[1];
        WarehouseConfig config = WarehouseConfig.read(Path.of(args[0])).orElseThrow();
        new WarehouseLoader(config, new Configuration(), line -> {
                    System.out.println(line);
                    if (line.startsWith(pauseAt)) {
                        System.out.println("PAUSED");
                        System.out.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                })
                .load();
    }
}
