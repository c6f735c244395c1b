package vn.kyluat.sample;

import java.util.SplittableRandom;

/** Independent random streams derived from the one seed, one per purpose, so each is reproducible alone. */
final class Seeds {
    private Seeds() {}

    static SplittableRandom stream(long seed, int salt) {
        return new SplittableRandom(new SplittableRandom(seed).split().nextLong() ^ (0x9E3779B97F4A7C15L * (salt + 1)));
    }
}
