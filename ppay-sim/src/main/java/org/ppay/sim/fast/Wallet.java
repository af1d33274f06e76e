package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * One holder's coins in arrival order (the core's {@code Wallet}: coin choice takes coins from a queue, and a
 * renewed coin goes to the back), with what coin choice reads of each packed beside it in one long (window end,
 * owner, layers), since it scans them on every payment. A hole left by a coin that went packs an end before any
 * time, so the scan skips it as it skips an expired coin.
 */
final class Wallet {
    static final int MAX_OWNERS = 1 << 26;
    private static final long HOLE = (long) Integer.MIN_VALUE << 32;

    private int[] coins = new int[8];
    private long[] infos = new long[8];
    /** Slots [head, tail) in use, with holes (coin −1) where coins left. */
    private int head, tail, live;

    int first() { return head; }

    int end() { return tail; }

    /** The coin in slot i, or −1 for a hole. */
    int coin(int i) { return coins[i]; }

    /** What the scan reads of slot i: see {@link #windowEnd}, {@link #owner} and {@link #layers}. */
    long info(int i) { return infos[i]; }

    static int windowEnd(long info) { return (int) (info >> 32); }

    static int owner(long info) { return (int) info >>> 5; }

    static int layers(long info) { return (int) info & 31; }

    int size() { return live; }

    /** Adds coin c behind every coin held; compaction may move other coins, whose slots {@code store} keeps. */
    void add(int c, Coins store) {
        if (tail == coins.length) makeRoom(store);
        coins[tail] = c;
        infos[tail] = (long) store.re[c] << 32 | store.owner[c] << 5 | store.layers[c];
        store.slot[c] = tail++;
        live++;
    }

    void remove(int slot) {
        coins[slot] = -1;
        infos[slot] = HOLE;
        live--;
        while (head < tail && coins[head] < 0) head++;
        if (live == 0) head = tail = 0;
    }

    /** The coins held, oldest first: a snapshot, as the core's {@code holdings()}. */
    int[] snapshot() {
        int[] out = new int[live];
        int k = 0;
        for (int i = head; i < tail; i++) if (coins[i] >= 0) out[k++] = coins[i];
        return out;
    }

    /** Compacts the live slots to the front, or grows the arrays when more than half are live. */
    private void makeRoom(Coins store) {
        if (live * 2 > coins.length) {
            coins = Arrays.copyOf(coins, coins.length * 2);
            infos = Arrays.copyOf(infos, infos.length * 2);
        }
        int to = 0;
        for (int from = head; from < tail; from++) {
            if (coins[from] < 0) continue;
            coins[to] = coins[from];
            infos[to] = infos[from];
            store.slot[coins[to]] = to;
            to++;
        }
        Arrays.fill(coins, to, coins.length, -1);
        Arrays.fill(infos, to, infos.length, HOLE);
        head = 0;
        tail = to;
    }
}
