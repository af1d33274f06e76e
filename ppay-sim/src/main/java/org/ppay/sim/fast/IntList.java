package org.ppay.sim.fast;

import java.util.Arrays;

/** A growable list of ints: no boxing for the lists the engine keeps per peer. */
final class IntList {
    private int[] a;
    private int size;

    IntList() { this(4); }

    IntList(int capacity) { a = new int[Math.max(1, capacity)]; }

    int size() { return size; }

    int get(int i) { return a[i]; }

    void add(int v) {
        if (size == a.length) a = Arrays.copyOf(a, size * 2);
        a[size++] = v;
    }

    void clear() { size = 0; }
}
