package org.ppay.sim.fast;

import java.util.Arrays;
import org.ppay.sim.GuessNetwork;

/**
 * One holder's coins in arrival order (the core's {@code Wallet}: coin choice takes coins from a queue, and a
 * renewed coin goes to the back), with what coin choice reads of each packed beside it in one long (window end,
 * owner, layers), since it scans them on every payment. A hole left by a coin that went packs an end before any
 * time, so the scan skips it as it skips an expired coin.
 *
 * <p>The scan ({@link #scan}) looks for the oldest coin whose owner is online. Wallets hold hundreds of coins
 * whose owners are offline (a Table 1 run scanned 657 slots per payment), so the wallet remembers, for each chunk
 * of 64 slots, how far it scanned it without finding an online owner, the chunk's first layerable and first
 * unexpired coins there, and the earliest time one of those owners comes back online (churn is drawn a toggle
 * ahead: {@link GuessNetwork#nextToggle}). Until then, while those two coins are still there and unexpired, the
 * scan takes the chunk's summary and resumes behind it. It finds exactly the coins a full scan finds.
 */
final class Wallet {
    static final int MAX_OWNERS = 1 << 26;
    private static final long HOLE = (long) Integer.MIN_VALUE << 32;

    /** Per slot i: slots[2i] what the scan reads (see {@link #info}), slots[2i + 1] the coin (−1: a hole); side by side, one cache line. */
    private long[] slots = new long[16];

    Wallet() { forgetAll(capacity()); }
    /** Slots [head, tail) in use, with holes (coin −1) where coins left. */
    private int head, tail, live;

    private int capacity() { return slots.length >> 1; }

    int first() { return head; }

    int end() { return tail; }

    /** The coin in slot i, or −1 for a hole. */
    int coin(int i) { return (int) slots[2 * i + 1]; }

    /** What the scan reads of slot i: see {@link #windowEnd}, {@link #owner} and {@link #layers}. */
    long info(int i) { return slots[2 * i]; }

    static int windowEnd(long info) { return (int) (info >> 32); }

    static int owner(long info) { return (int) info >>> 5; }

    static int layers(long info) { return (int) info & 31; }

    private static final int CHUNK = 64;
    /**
     * Per chunk k of slots [64k, 64k + 64), in summary[8k .. 8k + 7] (one array, so that a chunk's summary is one
     * cache line, not six): slots [64k, SCANNED) held no unexpired coin of an online owner before time UNTIL (a
     * double, in two ints); the first layerable and first unexpired coins there (slot and coin, slot −1: none), and
     * the earlier of their window ends (END). A slot's coin and window never change while it is there, so the summary
     * holds while now ≤ END and neither coin left: {@link #remove} voids it (SCANNED −1) when one does, and the scan
     * need not read their slots.
     */
    private int[] summary = new int[0];
    private static final int SCANNED = 0, LAYER_SLOT = 1, LAYER_COIN = 2, ANY_SLOT = 3, ANY_COIN = 4, END = 5, UNTIL_LO = 6, UNTIL_HI = 7, STRIDE = 8;
    /** Results of the last {@link #scan}: the oldest unexpired coin with fewer than Max Layers layers, and the oldest unexpired coin (−1: none). */
    int firstLayerable, firstAny;

    private double until(int b) { return Double.longBitsToDouble((long) summary[b + UNTIL_HI] << 32 | summary[b + UNTIL_LO] & 0xFFFF_FFFFL); }

    private void until(int b, double t) {
        long bits = Double.doubleToRawLongBits(t);
        summary[b + UNTIL_LO] = (int) bits;
        summary[b + UNTIL_HI] = (int) (bits >>> 32);
    }

    /**
     * Coin choice's scan (the core's {@code Holder.plan}, schemes other than RM): the oldest coin unexpired at
     * {@code now} whose owner is online, or −1; sets {@link #firstLayerable} and {@link #firstAny}.
     */
    int scan(long now, GuessNetwork net, int maxLayers) {
        double t = net.now();
        int layerable = -1, any = -1;
        int[] sum = summary;
        long[] sl = slots;
        for (int k = head / CHUNK, last = (tail - 1) / CHUNK; k <= last && tail > 0; k++) {
            int b = k * STRIDE;
            int lo = Math.max(k * CHUNK, head), hi = Math.min(k * CHUNK + CHUNK, tail);
            if (sum[b + SCANNED] <= lo || t >= until(b) || now > sum[b + END]) forget(k, lo);
            if (layerable < 0 && sum[b + LAYER_SLOT] >= 0) layerable = sum[b + LAYER_COIN];
            if (any < 0 && sum[b + ANY_SLOT] >= 0) any = sum[b + ANY_COIN];
            for (int i = sum[b + SCANNED]; i < hi; i++) {
                long info = sl[2 * i];
                if (now > windowEnd(info)) {                              // expired, or a hole: never a candidate again
                    sum[b + SCANNED] = i + 1;
                    continue;
                }
                int o = owner(info);
                int coin = (int) sl[2 * i + 1];
                if (net.online(o)) {
                    firstLayerable = layerable;
                    firstAny = any;
                    return coin;
                }
                if (layers(info) < maxLayers && sum[b + LAYER_SLOT] < 0) {
                    sum[b + LAYER_SLOT] = i;
                    sum[b + LAYER_COIN] = coin;
                    sum[b + END] = Math.min(sum[b + END], windowEnd(info));
                }
                if (sum[b + ANY_SLOT] < 0) {
                    sum[b + ANY_SLOT] = i;
                    sum[b + ANY_COIN] = coin;
                    sum[b + END] = Math.min(sum[b + END], windowEnd(info));
                }
                if (layerable < 0 && layers(info) < maxLayers) layerable = coin;
                if (any < 0) any = coin;
                double back = net.nextToggle(o);
                if (back < until(b)) until(b, back);
                sum[b + SCANNED] = i + 1;
            }
        }
        firstLayerable = layerable;
        firstAny = any;
        return -1;
    }

    /** Forgets chunk k's summary: its scan restarts at slot {@code from}. */
    private void forget(int k, int from) {
        int b = k * STRIDE;
        summary[b + SCANNED] = from;
        until(b, Double.POSITIVE_INFINITY);
        summary[b + LAYER_SLOT] = summary[b + ANY_SLOT] = -1;
        summary[b + END] = Integer.MAX_VALUE;
    }

    /** Forgets every chunk's summary (slots moved), sized for {@code slots} slots. */
    private void forgetAll(int slots) {
        int n = (slots + CHUNK - 1) / CHUNK;
        if (summary.length != n * STRIDE) summary = new int[n * STRIDE];
        for (int k = 0; k < n; k++) forget(k, k * CHUNK);
    }

    /** Adds coin c behind every coin held; compaction may move other coins, whose slots {@code store} keeps. */
    void add(int c, Coins store) {
        if (tail == capacity()) makeRoom(store);
        slots[2 * tail] = (long) store.re(c) << 32 | store.owner(c) << 5 | store.layers(c);
        slots[2 * tail + 1] = c;
        store.slot(c, tail++);
        live++;
    }

    void remove(int slot) {
        int b = slot / CHUNK * STRIDE;
        if (summary[b + LAYER_SLOT] == slot || summary[b + ANY_SLOT] == slot) summary[b + SCANNED] = -1;     // void: rescanned
        slots[2 * slot] = HOLE;
        slots[2 * slot + 1] = -1;
        live--;
        while (head < tail && coin(head) < 0) head++;
        if (live == 0) {
            head = tail = 0;
            forgetAll(capacity());
        }
    }

    /** The coins held, oldest first: a snapshot, as the core's {@code holdings()}. */
    int[] snapshot() {
        int[] out = new int[live];
        int k = 0;
        for (int i = head; i < tail; i++) if (coin(i) >= 0) out[k++] = coin(i);
        return out;
    }

    /** Compacts the live slots to the front, or grows the array when more than half are live. */
    private void makeRoom(Coins store) {
        if (live * 2 > capacity()) slots = Arrays.copyOf(slots, slots.length * 2);
        forgetAll(capacity());                       // slots move
        int to = 0;
        for (int from = head; from < tail; from++) {
            int c = coin(from);
            if (c < 0) continue;
            slots[2 * to] = slots[2 * from];
            slots[2 * to + 1] = c;
            store.slot(c, to);
            to++;
        }
        for (int i = to; i < capacity(); i++) {
            slots[2 * i] = HOLE;
            slots[2 * i + 1] = -1;
        }
        head = 0;
        tail = to;
    }
}
