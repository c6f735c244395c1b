package vn.kyluat.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time per folder (a lake, a marts folder): an OS lock on {@code <folder>/.lock},
 * held until {@link #close()} or until the process dies, when the kernel releases it, so a killed
 * run never blocks the next. The file records who holds it (command, pid, host, start) for the
 * message a refused run prints. The holding process must never open that file otherwise: on Linux,
 * closing any descriptor of it drops the process's lock (a refused run of the same JVM is answered
 * from memory for that reason).
 */
public final class WorkspaceLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";

    /**
     * Lock files this JVM holds, with their holders. Checked before opening the file: on Linux,
     * closing any channel to a locked file releases the process's lock on it, so a second run in the
     * same JVM must not even open it to read who holds it.
     */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock at once or refuses.
     *
     * @param command what the holder is doing, for the refusal message of another run ("extract")
     * @throws HeldException when another run, in this process or another, holds it
     */
    public static WorkspaceLock acquire(Path folder, String command) {
        Path file = folder.toAbsolutePath().normalize().resolve(FILE_NAME);
        String description = describe(command);
        String holderHere = HELD_HERE.putIfAbsent(file, description);
        if (holderHere != null) {
            throw new HeldException(folder, holderHere);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new HeldException(folder, holder(channel));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(file, channel, lock);
        } catch (IOException e) {
            release(file, channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (HeldException e) {
            release(file, channel);
            throw e;
        }
    }

    private static String describe(String command) {
        return command + " (pid " + ProcessHandle.current().pid() + " on " + hostName() + ", since " + Instant.now()
                + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    /** What the other process wrote when it took the lock; read through the channel already open. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another run" : text;
        } catch (IOException e) {
            return "another run";
        }
    }

    /** Closing the channel releases its lock. */
    private static void release(Path file, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Nothing more can be done; the kernel releases the lock when the process ends.
        } finally {
            HELD_HERE.remove(file);
        }
    }

    @Override
    public void close() {
        if (lock.isValid()) {
            release(file, channel);
        }
    }

    /** Another run holds the folder's lock; the message says who and since when. */
    public static final class HeldException extends RuntimeException {
        HeldException(Path folder, String holder) {
            super(folder.toAbsolutePath().normalize() + " is in use by " + holder
                    + "; wait for that run to finish (a killed run releases it at once)");
        }
    }
}
