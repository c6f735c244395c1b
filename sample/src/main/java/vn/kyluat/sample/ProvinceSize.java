package vn.kyluat.sample;

/**
 * What the generator is asked for: the seed and the sizing flags.
 *
 * @param badPerRule bad records planted per reject rule and source (0: a clean province)
 */
public record ProvinceSize(long seed, int grassroots, int cells, int quarters, long tasks, int badPerRule) {
    public static final int MIN_GRASSROOTS = 5;
    public static final long MIN_TASKS = 200;

    public ProvinceSize {
        require(grassroots >= MIN_GRASSROOTS, "--grassroots must be at least " + MIN_GRASSROOTS);
        require(cells >= grassroots, "--cells must be at least --grassroots (every organisation has a cell)");
        require(quarters >= 1 && quarters <= 40, "--quarters must be 1..40");
        require(tasks >= MIN_TASKS, "--tasks must be at least " + MIN_TASKS);
        require(badPerRule >= 0 && badPerRule <= 100, "--bad-per-rule must be 0..100");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
