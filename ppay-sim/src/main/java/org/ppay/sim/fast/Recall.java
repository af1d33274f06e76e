package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * What one peer remembers of coins, as its core {@code RoleContext} and {@code Holder} do: which coins' signatures
 * it has checked (it checks a coin once, until it forgets it), and the window end of every coin it held, until
 * that window closes and the coin is no longer in its wallet (then it forgets both). An open-addressing map from
 * coin to (window end, checked) with backward-shift deletion, and a lazy expiry heap as the holder's purge uses.
 */
final class Recall {
    private static final int NOT_SEEN = Integer.MIN_VALUE;

    private int[] keys = new int[8], ends = new int[8];
    private boolean[] checked = new boolean[8];
    private int size;
    private final LongHeap expiry = new LongHeap();
    /** Coins whose window closed while still held: looked at again at the next purge (the core's heldAfterExpiry). */
    private final IntList heldAfterExpiry = new IntList(1);

    Recall() { Arrays.fill(keys, -1); }

    /** Marks coin c checked; true if it was not, i.e. its signatures must be verified now. */
    boolean check(int c) {
        int i = slot(c);
        if (keys[i] == c) {
            if (checked[i]) return false;
            checked[i] = true;
            return true;
        }
        insert(i, c, NOT_SEEN, true);
        return true;
    }

    /** Notes that this peer now holds c, whose window ends at {@code end} (the core's {@code Holder.remember}). */
    void remember(int c, int end) {
        int i = slot(c);
        if (keys[i] != c) {
            insert(i, c, end, false);
            expiry.add(LongHeap.entry(end, c));
            return;
        }
        if (ends[i] != end) expiry.add(LongHeap.entry(end, c));
        ends[i] = end;
    }

    /** Forgets that c was checked (its trail was purged by its owner, this peer). */
    void forget(int c) {
        int i = slot(c);
        if (keys[i] != c) return;
        checked[i] = false;
        if (ends[i] == NOT_SEEN) delete(i);
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
        if (keys[i] != c || ends[i] == NOT_SEEN || ends[i] >= now) return;     // gone already, or its window moved on
        if (store.holder[c] == self) { heldAfterExpiry.add(c); return; }      // kept while still in the wallet
        delete(i);
    }

    private int slot(int c) {
        int mask = keys.length - 1;
        int i = mix(c) & mask;
        while (keys[i] != c && keys[i] != -1) i = (i + 1) & mask;
        return i;
    }

    private static int mix(int c) {
        int h = c * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void insert(int i, int c, int end, boolean isChecked) {
        keys[i] = c;
        ends[i] = end;
        checked[i] = isChecked;
        if (++size * 4 > keys.length * 3) rehash();
    }

    private void rehash() {
        int[] k = keys, e = ends;
        boolean[] ch = checked;
        keys = new int[k.length * 2];
        ends = new int[k.length * 2];
        checked = new boolean[k.length * 2];
        Arrays.fill(keys, -1);
        for (int j = 0; j < k.length; j++) {
            if (k[j] < 0) continue;
            int i = slot(k[j]);
            keys[i] = k[j];
            ends[i] = e[j];
            checked[i] = ch[j];
        }
    }

    /** Removes slot i, shifting later entries of its probe run back (no tombstones). */
    private void delete(int i) {
        int mask = keys.length - 1;
        size--;
        int gap = i;
        for (int j = (i + 1) & mask; keys[j] != -1; j = (j + 1) & mask) {
            int home = mix(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                ends[gap] = ends[j];
                checked[gap] = checked[j];
                gap = j;
            }
        }
        keys[gap] = -1;
    }
}
