package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * A min-heap of longs. Expiry queues pack (time, coin) as {@code time << 32 | coin}: one long per entry instead
 * of an entry object, for queues that hold one entry per coin a peer remembers.
 */
final class LongHeap {
    private long[] a = new long[4];
    private int size;

    static long entry(long time, int coin) { return time << 32 | coin; }

    static long time(long entry) { return entry >>> 32; }

    static int coin(long entry) { return (int) entry; }

    int size() { return size; }

    void add(long v) {
        if (size == a.length) a = Arrays.copyOf(a, size * 2);
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (a[parent] <= v) break;
            a[i] = a[parent];
            i = parent;
        }
        a[i] = v;
    }

    long peek() { return a[0]; }

    long pop() {
        long top = a[0];
        long last = a[--size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && a[c + 1] < a[c]) c++;
            if (a[c] >= last) break;
            a[i] = a[c];
            i = c;
        }
        if (size > 0) a[i] = last;
        if (size < a.length / 4 && a.length > 16) a = Arrays.copyOf(a, a.length / 2);
        return top;
    }
}
