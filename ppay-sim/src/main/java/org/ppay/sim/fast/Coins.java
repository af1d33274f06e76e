package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * Every coin printed in a run, by index: what the core spreads over a coin, its holding, the holder's wallet
 * entry and the owner's audit trail. Honest peers keep one valid holding per coin, so a coin has one holder (or
 * none once cashed or dropped), one layer count and one renewal window [rb, re]; the owner's own view of the
 * window ({@code ownerRe}) lags while the broker renews for it offline. What the owner's context remembers of its
 * own coin (a {@link Recall} value) is kept here too: the owner checks its coin on every reassignment. One coin's
 * fields sit side by side in one int array (36 bytes a coin), since a payment touches most of them: one cache
 * miss, not one per field.
 */
final class Coins {
    static final int NONE = -1;
    private static final int OWNER = 0, HOLDER = 1, SLOT = 2, RB = 3, RE = 4, OWNER_RE = 5, OWNER_PROOFS = 6, FLAGS = 7, OWNER_KNOWS = 8, STRIDE = 9;
    /** FLAGS: layers in the low 5 bits, then whether the owner keeps the trail, and whether the broker checked the coin. */
    private static final int LAYERS = 31, TRAIL = 32, BROKER_CHECKED = 64;

    private int[] a = new int[1024 * STRIDE];
    private int count;

    /** A coin printed by {@code owner} now, first assigned with window [now, now + wait]: its trail begins. */
    int print(int owner, int now, int wait) {
        if ((count + 1) * STRIDE > a.length) a = Arrays.copyOf(a, a.length * 2);
        int c = count++, b = c * STRIDE;
        a[b + OWNER] = owner;
        a[b + HOLDER] = NONE;
        a[b + RB] = now;
        a[b + RE] = now + wait;
        a[b + OWNER_RE] = now + wait;
        a[b + FLAGS] = TRAIL;
        a[b + OWNER_KNOWS] = Recall.UNKNOWN;
        return c;
    }

    int owner(int c) { return a[c * STRIDE + OWNER]; }

    /** The peer holding the coin, or {@link #NONE}. */
    int holder(int c) { return a[c * STRIDE + HOLDER]; }

    void holder(int c, int p) { a[c * STRIDE + HOLDER] = p; }

    /** Slot of the coin in its holder's wallet. */
    int slot(int c) { return a[c * STRIDE + SLOT]; }

    void slot(int c, int s) { a[c * STRIDE + SLOT] = s; }

    int layers(int c) { return a[c * STRIDE + FLAGS] & LAYERS; }

    void layers(int c, int l) { a[c * STRIDE + FLAGS] = a[c * STRIDE + FLAGS] & ~LAYERS | l; }

    int rb(int c) { return a[c * STRIDE + RB]; }

    int re(int c) { return a[c * STRIDE + RE]; }

    void window(int c, int rb, int re) {
        a[c * STRIDE + RB] = rb;
        a[c * STRIDE + RE] = re;
    }

    /** End of the window of the owner's current assignment: what its trail purge looks at. */
    int ownerRe(int c) { return a[c * STRIDE + OWNER_RE]; }

    void ownerRe(int c, int end) { a[c * STRIDE + OWNER_RE] = end; }

    /** Proofs of relinquishment the owner's trail of the coin holds. */
    int ownerProofs(int c) { return a[c * STRIDE + OWNER_PROOFS]; }

    void addOwnerProofs(int c, int n) { a[c * STRIDE + OWNER_PROOFS] += n; }

    /** Whether the owner still keeps the coin's trail (not purged). */
    boolean trail(int c) { return (a[c * STRIDE + FLAGS] & TRAIL) != 0; }

    void endTrail(int c) { a[c * STRIDE + FLAGS] &= ~TRAIL; }

    /** What the owner's context remembers of the coin, as a {@link Recall} value. */
    int ownerKnows(int c) { return a[c * STRIDE + OWNER_KNOWS]; }

    void ownerKnows(int c, int value) { a[c * STRIDE + OWNER_KNOWS] = value; }

    /** Marks the coin checked by the broker, which never forgets a coin; true the first time. */
    boolean brokerChecks(int c) {
        int f = a[c * STRIDE + FLAGS];
        if ((f & BROKER_CHECKED) != 0) return false;
        a[c * STRIDE + FLAGS] = f | BROKER_CHECKED;
        return true;
    }
}
