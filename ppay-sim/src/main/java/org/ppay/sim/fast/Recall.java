package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * What one peer remembers of coins, as its core {@code RoleContext} and {@code Holder} do: which coins' signatures
 * it has checked (it checks a coin once, until it forgets it), and the window end of every coin it held, until
 * that window closes and the coin is no longer in its wallet (then it forgets both). An open-addressing map from
 * coin to (window end, checked) in one int array, key and value side by side (one cache line per look-up), with
 * backward-shift deletion, and a lazy expiry heap as the holder's purge uses.
 */
final class Recall {
    private static final int EMPTY = -1, NOT_SEEN = -1;

    /** Pairs (coin, value) where value = end << 1 | checked, end = {@link #NOT_SEEN} for a coin never held. */
    private int[] table = emptyTable(8);
    private int size;
    private final LongHeap expiry = new LongHeap();
    /** Coins whose window closed while still held: looked at again at the next purge (the core's heldAfterExpiry). */
    private final IntList heldAfterExpiry = new IntList(1);

    private static int[] emptyTable(int slots) {
        int[] t = new int[2 * slots];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static int end(int value) { return value >> 1; }

    private static boolean checked(int value) { return (value & 1) != 0; }

    /** Marks coin c checked; true if it was not, i.e. its signatures must be verified now. */
    boolean check(int c) {
        int i = slot(c);
        if (table[i] != c) {
            insert(i, c, NOT_SEEN << 1 | 1);
            return true;
        }
        if (checked(table[i + 1])) return false;
        table[i + 1] |= 1;
        return true;
    }

    /**
     * A holding of c, whose window ends at {@code end}, reaches this peer (the core's {@code Holder.accept}): it
     * checks the coin unless it knows it, and remembers the window's end. True if the coin had to be checked.
     */
    boolean accept(int c, int end) {
        int i = slot(c);
        if (table[i] != c) {
            insert(i, c, end << 1 | 1);
            expiry.add(LongHeap.entry(end, c));
            return true;
        }
        int v = table[i + 1];
        if (end(v) != end) expiry.add(LongHeap.entry(end, c));
        table[i + 1] = end << 1 | 1;
        return !checked(v);
    }

    /** Forgets that c was checked (its owner, this peer, purged its trail). */
    void forget(int c) {
        int i = slot(c);
        if (table[i] != c) return;
        if (end(table[i + 1]) == NOT_SEEN) delete(i); else table[i + 1] &= ~1;
    }

    /** Forgets every coin whose window closed before {@code now} and that {@code store} says this peer no longer holds. */
    void purge(long now, int self, Coins store) {
        int retry = heldAfterExpiry.size();
        int[] again = new int[retry];
        for (int k = 0; k < retry; k++) again[k] = heldAfterExpiry.get(k);
        heldAfterExpiry.clear();
        while (expiry.size() > 0 && LongHeap.time(expiry.peek()) < now) purge(LongHeap.coin(expiry.pop()), now, self, store);
        for (int c : again) purge(c, now, self, store);
    }

    private void purge(int c, long now, int self, Coins store) {
        int i = slot(c);
        if (table[i] != c || end(table[i + 1]) == NOT_SEEN || end(table[i + 1]) >= now) return;   // gone, or its window moved on
        if (store.holder[c] == self) { heldAfterExpiry.add(c); return; }                         // kept while still in the wallet
        delete(i);
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

    private void rehash() {
        int[] old = table;
        table = emptyTable(old.length);
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] == EMPTY) continue;
            int i = slot(old[j]);
            table[i] = old[j];
            table[i + 1] = old[j + 1];
        }
    }

    /** Removes the entry at i, shifting later entries of its probe run back (no tombstones). */
    private void delete(int i) {
        int mask = table.length - 1;
        size--;
        int gap = i;
        for (int j = (i + 2) & mask; table[j] != EMPTY; j = (j + 2) & mask) {
            int home = home(table[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                table[gap] = table[j];
                table[gap + 1] = table[j + 1];
                gap = j;
            }
        }
        table[gap] = EMPTY;
    }
}
