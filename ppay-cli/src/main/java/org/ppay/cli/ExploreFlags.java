package org.ppay.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.ppay.scenario.explore.ExploreOptions;

/**
 * {@code ppay explore}'s flags as typed, checked values: each is validated before any work, and a bad one is one
 * line naming the flag and its valid range ({@link Bad}). With neither {@code --traces} nor {@code --minutes} the
 * exploration runs {@link #DEFAULT_MINUTES} minutes; with only {@code --traces}, as long as that takes.
 */
final class ExploreFlags {
    static final double DEFAULT_MINUTES = 20;
    /** How long a failing trace may be shrunk, and how often progress is reported. */
    static final double SHRINK_SECONDS = 60, PROGRESS_SECONDS = 10;

    /** A flag out of its domain: the message is the whole line to print. */
    static final class Bad extends Exception {
        Bad(String message) { super(message); }
    }

    private ExploreFlags() {}

    /** The options the flags ask for; {@code null} flags were not given. */
    static ExploreOptions parse(String traces, String minutes, String seed, String out) throws Bad {
        long n = traces == null ? Long.MAX_VALUE : traces(traces);
        double m = minutes == null ? (traces == null ? DEFAULT_MINUTES : Double.POSITIVE_INFINITY) : minutes(minutes);
        long s = seed == null ? new SecureRandom().nextLong() : seed(seed);
        return new ExploreOptions(s, n, m * 60, out(out), SHRINK_SECONDS, PROGRESS_SECONDS);
    }

    private static long traces(String v) throws Bad {
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Bad("--traces must be a whole number from 1 to " + Long.MAX_VALUE + ", not '" + v + "'");
    }

    private static double minutes(String v) throws Bad {
        try {
            double m = Double.parseDouble(v.strip());
            if (m > 0 && Double.isFinite(m)) return m;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Bad("--minutes must be a finite number greater than 0, not '" + v + "'");
    }

    private static long seed(String v) throws Bad {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new Bad("--seed must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not '" + v + "'");
        }
    }

    /** A directory that exists and is writable, or that can be made under the nearest existing directory. */
    private static Path out(String v) throws Bad {
        Path p;
        try {
            p = Path.of(v).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new Bad("--out must be a writable directory path, not '" + v + "' (" + e.getReason() + ")");
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            String why = existing == null ? "no existing parent" : !Files.isDirectory(existing) ? existing + " is not a directory" : existing + " is not writable";
            throw new Bad("--out must be a writable directory path, not '" + v + "' (" + why + ")");
        }
        return Path.of(v);
    }
}
