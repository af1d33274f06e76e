package org.ppay.sim;

import java.util.Arrays;

/**
 * A map from non-negative long keys to int values, open addressing with linear probing and backward-shift
 * removal, growing as needed. The simulator keys pairs of peers as {@code a * peers + b}; a {@code HashMap<Long,
 * Integer>} would box every probe (a profile had map lookups at a quarter of the run time).
 */
public final class LongIntMap {
    private static final long FREE = -1;
    private long[] keys;
    private int[] values;
    private int size, mask;

    /** A map sized for about {@code expected} keys. */
    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, FREE);
        values = new int[cap];
        mask = cap - 1;
    }

    public int size() { return size; }

    /** The value of {@code key}, or {@code missing} when it has none. */
    public int get(long key, int missing) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == FREE) return missing;
        }
    }

    /** Sets the value of {@code key} (a non-negative number). */
    public void put(long key, int value) {
        if (key < 0) throw new IllegalArgumentException("negative key " + key);
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) { values[i] = value; return; }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return;
            }
        }
    }

    /** Removes {@code key}, if present; later keys of its run move back so that lookups need no tombstones. */
    public void remove(long key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == FREE) return;
            i = (i + 1) & mask;
        }
        size--;
        for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            // keys[j] may fill the hole at i unless its home lies cyclically in (i, j]
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = FREE;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new int[keys.length];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != FREE) put(oldKeys[i], oldValues[i]);
    }
}
