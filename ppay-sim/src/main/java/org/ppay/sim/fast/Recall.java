package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * What one peer remembers of coins, as its core {@code RoleContext} and {@code Holder} do: which coins' signatures
 * it has checked (it checks a coin once, until it forgets it), and the window end of every coin it held. The core
 * forgets both at the peer's first purge after that window closed (the coin no longer in its wallet); here the
 * forgetting is lazy: an entry whose end lies before the peer's last purge counts as forgotten, which is the same
 * answer. (A coin still held then is expired and dropped at that very upkeep: dead, never asked about again.)
 * An open-addressing map from coin to (window end, checked) in one int array, key and value side by side (one
 * cache line per look-up); forgotten entries are dropped when the table would grow. What an owner remembers of its
 * own coins is kept with the coin ({@link Coins#ownerKnows}), in the same values.
 */
final class Recall {
    private static final int EMPTY = -1, NOT_SEEN = -1;
    /** The value of a coin this peer knows nothing of. */
    static final int UNKNOWN = NOT_SEEN << 1;

    /** Pairs (coin, value) where value = end << 1 | checked, end = {@link #NOT_SEEN} for a coin never held. */
    private int[] table = emptyTable(8);
    private int size;
    /** When the holder last purged (the core's {@code Holder.purgeExpired}): entries that ended before are forgotten. */
    private long lastPurge = Long.MIN_VALUE;

    private static int[] emptyTable(int slots) {
        int[] t = new int[2 * slots];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static int end(int value) { return value >> 1; }

    private static boolean checked(int value) { return (value & 1) != 0; }

    /** Whether an entry of this value was forgotten at a purge (at {@code lastPurge}) since its window closed. */
    private static boolean forgotten(int value, long lastPurge) { return end(value) != NOT_SEEN && lastPurge > end(value); }

    private boolean forgotten(int value) { return forgotten(value, lastPurge); }

    /** Whether a coin known as {@code value} must be checked now (it never was, or was forgotten since). */
    static boolean mustCheck(int value, long lastPurge) { return forgotten(value, lastPurge) || !checked(value); }

    /** What a coin known as {@code value} is known as once checked. */
    static int checkedValue(int value, long lastPurge) { return forgotten(value, lastPurge) ? NOT_SEEN << 1 | 1 : value | 1; }

    /** What a coin is known as once a holding of it, ending at {@code end}, was accepted (and so checked). */
    static int acceptedValue(int end) { return end << 1 | 1; }

    /** The holder's purge at {@code now}: every held coin whose window closed before is forgotten from now on. */
    void purge(long now) { lastPurge = now; }

    long lastPurge() { return lastPurge; }

    /**
     * A holding of c, whose window ends at {@code end}, reaches this peer (the core's {@code Holder.accept}): it
     * checks the coin unless it knows it, and remembers the window's end. True if the coin had to be checked.
     */
    boolean accept(int c, int end) {
        int i = slot(c);
        if (table[i] != c) {
            insert(i, c, acceptedValue(end));
            return true;
        }
        int v = table[i + 1];
        table[i + 1] = acceptedValue(end);
        return mustCheck(v, lastPurge);
    }

    /** Index of c's key in {@link #table}, or of the empty slot where it would go. */
    private int slot(int c) {
        int mask = table.length - 1;
        int i = home(c, mask);
        while (table[i] != c && table[i] != EMPTY) i = (i + 2) & mask;
        return i;
    }

    private static int home(int c, int mask) {
        int h = c * 0x9E3779B9;
        return ((h ^ (h >>> 16)) << 1) & mask;
    }

    private void insert(int i, int c, int value) {
        table[i] = c;
        table[i + 1] = value;
        if (++size * 4 > table.length / 2 * 3) rehash();
    }

    /** Drops forgotten entries, then doubles the table if it is still over half full. */
    private void rehash() {
        int[] old = table;
        int live = 0;
        for (int j = 0; j < old.length; j += 2) if (old[j] != EMPTY && !forgotten(old[j + 1])) live++;
        int slots = old.length / 2;
        table = emptyTable(live * 2 > slots ? slots * 2 : slots);
        size = 0;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] == EMPTY || forgotten(old[j + 1])) continue;
            int i = slot(old[j]);
            table[i] = old[j];
            table[i + 1] = old[j + 1];
            size++;
        }
    }
}
