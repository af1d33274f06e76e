package org.ppay.core.role;

import java.util.Map;
import java.util.TreeMap;

/**
 * The serials an owner has ever printed or bought, as disjoint runs: an honest owner never reuses one
 * (Section 5.1), so it must remember them all, but it prints them in order, so a few runs hold them all where
 * a set of numbers would grow by an entry per coin for the owner's whole life.
 */
final class SerialSet {
    /** Run start to run end, inclusive; runs neither overlap nor touch. */
    private final TreeMap<Long, Long> runs = new TreeMap<>();

    boolean contains(long sn) {
        Map.Entry<Long, Long> e = runs.floorEntry(sn);
        return e != null && sn <= e.getValue();
    }

    /** Adds sn; false if it was already there. */
    boolean add(long sn) {
        if (contains(sn)) return false;
        Map.Entry<Long, Long> below = sn == Long.MIN_VALUE ? null : runs.floorEntry(sn - 1);
        Long aboveEnd = sn == Long.MAX_VALUE ? null : runs.remove(sn + 1);
        long start = sn, end = aboveEnd != null ? aboveEnd : sn;
        if (below != null && below.getValue() == sn - 1) start = below.getKey();
        runs.put(start, end);
        return true;
    }

    /** The least serial at or above {@code from} not in the set. */
    long nextFree(long from) {
        Map.Entry<Long, Long> e = runs.floorEntry(from);
        return e != null && from <= e.getValue() ? e.getValue() + 1 : from;
    }

    int runs() { return runs.size(); }
}
