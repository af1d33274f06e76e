package org.ppay.node.broker;

/**
 * The requests in the broker's log, in memory, so that a new request needs no query to learn it was not served
 * before: a set of the first 8 bytes of each logged request's SHA-256 (16 to 32 bytes a request). A request not in
 * the set was never logged; one in it is looked up in the log, which tells (a prefix shared by two requests only
 * costs that query). Kept current by the writer alone: entries it appends, entries other processes appended that
 * it catches up with, all of them on a rebuild. Not thread-safe.
 */
final class RequestIndex {
    private long[] slots = new long[1 << 12];
    private int size;

    /** Whether a request with this SHA-256 may have been logged. */
    boolean mayContain(byte[] sha256) {
        long k = key(sha256);
        for (int i = slot(k); ; i = (i + 1) & (slots.length - 1)) {
            if (slots[i] == k) return true;
            if (slots[i] == 0) return false;
        }
    }

    void add(byte[] sha256) {
        if (2 * (size + 1) > slots.length) grow();
        if (insert(slots, key(sha256))) size++;
    }

    int size() { return size; }

    void clear() {
        slots = new long[1 << 12];
        size = 0;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long k : slots) if (k != 0) insert(bigger, k);
        slots = bigger;
    }

    private static boolean insert(long[] table, long k) {
        for (int i = slot(k, table.length); ; i = (i + 1) & (table.length - 1)) {
            if (table[i] == k) return false;
            if (table[i] == 0) {
                table[i] = k;
                return true;
            }
        }
    }

    private int slot(long k) { return slot(k, slots.length); }

    private static int slot(long k, int length) { return (int) (k ^ (k >>> 32)) & (length - 1); }

    /** The first 8 bytes of the hash; 0 marks an empty slot, so a hash starting with eight zero bytes is kept as 1. */
    private static long key(byte[] sha256) {
        long k = 0;
        for (int i = 0; i < 8; i++) k = (k << 8) | (sha256[i] & 0xff);
        return k == 0 ? 1 : k;
    }
}
