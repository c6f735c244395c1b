package vn.kyluat.contract;

import java.nio.file.Path;

/** A separate JVM for {@link WorkspaceLockTests}: takes the lock of the folder given, says so, then waits to be killed. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws InterruptedException {
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(Path.of(args[0]), "extract");
        } catch (WorkspaceLock.HeldException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
