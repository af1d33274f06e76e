package org.ppay.sim;

import java.util.Arrays;

/**
 * A binary min-heap of events on primitive arrays (no object per event), ordered by time and then by
 * insertion order, so runs are deterministic. An event is (time, kind, peer, epoch).
 */
final class EventQueue {
    private double[] time = new double[1024];
    private long[] order = new long[1024];
    private int[] kind = new int[1024];
    private int[] peer = new int[1024];
    private int[] epoch = new int[1024];
    private int size;
    private long inserted;

    int size() { return size; }

    void add(double t, int k, int p, int e) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n); order = Arrays.copyOf(order, n); kind = Arrays.copyOf(kind, n);
            peer = Arrays.copyOf(peer, n); epoch = Arrays.copyOf(epoch, n);
        }
        int i = size++;
        long o = inserted++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, o, time[parent], order[parent])) break;
            move(parent, i);
            i = parent;
        }
        set(i, t, o, k, p, e);
    }

    double peekTime() { return time[0]; }
    int peekKind() { return kind[0]; }
    int peekPeer() { return peer[0]; }
    int peekEpoch() { return epoch[0]; }

    void pop() {
        int last = --size;
        if (last == 0) return;
        double t = time[last];
        long o = order[last];
        int k = kind[last], p = peer[last], e = epoch[last];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && before(time[c + 1], order[c + 1], time[c], order[c])) c++;
            if (!before(time[c], order[c], t, o)) break;
            move(c, i);
            i = c;
        }
        set(i, t, o, k, p, e);
    }

    private static boolean before(double t1, long o1, double t2, long o2) { return t1 < t2 || t1 == t2 && o1 < o2; }

    private void move(int from, int to) {
        time[to] = time[from]; order[to] = order[from]; kind[to] = kind[from]; peer[to] = peer[from]; epoch[to] = epoch[from];
    }

    private void set(int i, double t, long o, int k, int p, int e) {
        time[i] = t; order[i] = o; kind[i] = k; peer[i] = p; epoch[i] = e;
    }
}
