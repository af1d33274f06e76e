package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * Every coin printed in a run, by index: what the core spreads over a coin, its holding, the holder's wallet
 * entry and the owner's audit trail, as parallel primitive arrays. Honest peers keep one valid holding per coin,
 * so a coin has one holder (or none once cashed or dropped), one layer count and one renewal window
 * [rb, re]; the owner's own view of the window ({@code ownerRe}) lags while the broker renews for it offline.
 */
final class Coins {
    static final int NONE = -1;

    private int count;
    int[] owner = new int[1024];
    /** The peer holding the coin, or {@link #NONE}. */
    int[] holder = new int[1024];
    /** Slot of the coin in its holder's wallet. */
    int[] slot = new int[1024];
    byte[] layers = new byte[1024];
    int[] rb = new int[1024];
    int[] re = new int[1024];
    /** End of the window of the owner's current assignment (its trail), and the proofs its trail holds. */
    int[] ownerRe = new int[1024];
    int[] ownerProofs = new int[1024];
    /** The owner still keeps the coin's trail (not purged). */
    boolean[] trail = new boolean[1024];
    /** The broker has checked the coin's signatures (it never forgets a coin). */
    boolean[] brokerVerified = new boolean[1024];

    int count() { return count; }

    /** A coin printed by {@code owner} now, first assigned with window [now, now + wait]. */
    int print(int owner, int now, int wait) {
        if (count == this.owner.length) grow();
        int c = count++;
        this.owner[c] = owner;
        holder[c] = NONE;
        rb[c] = now;
        re[c] = now + wait;
        ownerRe[c] = re[c];
        trail[c] = true;
        return c;
    }

    private void grow() {
        int n = count * 2;
        owner = Arrays.copyOf(owner, n);
        holder = Arrays.copyOf(holder, n);
        slot = Arrays.copyOf(slot, n);
        layers = Arrays.copyOf(layers, n);
        rb = Arrays.copyOf(rb, n);
        re = Arrays.copyOf(re, n);
        ownerRe = Arrays.copyOf(ownerRe, n);
        ownerProofs = Arrays.copyOf(ownerProofs, n);
        trail = Arrays.copyOf(trail, n);
        brokerVerified = Arrays.copyOf(brokerVerified, n);
    }
}
