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

    private int[] coins = new int[8];
    private long[] infos = new long[8];

    Wallet() { forgetAll(coins.length); }
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

    private static final int CHUNK = 64;
    /**
     * Per chunk k of slots [64k, 64k + 64): slots [64k, scanned[k]) held no unexpired coin of an online owner before
     * time until[k]; the first layerable and first unexpired coins there (slot and coin, slot −1: none).
     */
    private int[] scanned = new int[1], layerSlot = new int[1], layerCoin = new int[1], anySlot = new int[1], anyCoin = new int[1];
    private double[] until = new double[1];
    /** Results of the last {@link #scan}: the oldest unexpired coin with fewer than Max Layers layers, and the oldest unexpired coin (−1: none). */
    int firstLayerable, firstAny;

    /**
     * Coin choice's scan (the core's {@code Holder.plan}, schemes other than RM): the oldest coin unexpired at
     * {@code now} whose owner is online, or −1; sets {@link #firstLayerable} and {@link #firstAny}.
     */
    int scan(long now, GuessNetwork net, int maxLayers) {
        double t = net.now();
        int layerable = -1, any = -1;
        for (int k = head / CHUNK, last = (tail - 1) / CHUNK; k <= last && tail > 0; k++) {
            int lo = Math.max(k * CHUNK, head), hi = Math.min(k * CHUNK + CHUNK, tail);
            if (scanned[k] <= lo || t >= until[k] || !still(layerSlot[k], layerCoin[k], now) || !still(anySlot[k], anyCoin[k], now)) forget(k, lo);
            if (layerable < 0 && layerSlot[k] >= 0) layerable = layerCoin[k];
            if (any < 0 && anySlot[k] >= 0) any = anyCoin[k];
            for (int i = scanned[k]; i < hi; i++) {
                long info = infos[i];
                if (now > windowEnd(info)) {                              // expired, or a hole: never a candidate again
                    scanned[k] = i + 1;
                    continue;
                }
                int o = owner(info);
                if (net.online(o)) {
                    firstLayerable = layerable;
                    firstAny = any;
                    return coins[i];
                }
                if (layers(info) < maxLayers && layerSlot[k] < 0) { layerSlot[k] = i; layerCoin[k] = coins[i]; }
                if (anySlot[k] < 0) { anySlot[k] = i; anyCoin[k] = coins[i]; }
                if (layerable < 0 && layers(info) < maxLayers) layerable = coins[i];
                if (any < 0) any = coins[i];
                until[k] = Math.min(until[k], net.nextToggle(o));
                scanned[k] = i + 1;
            }
        }
        firstLayerable = layerable;
        firstAny = any;
        return -1;
    }

    private boolean still(int slot, int coin, long now) { return slot < 0 || coins[slot] == coin && now <= windowEnd(infos[slot]); }

    /** Forgets chunk k's summary: its scan restarts at slot {@code from}. */
    private void forget(int k, int from) {
        scanned[k] = from;
        until[k] = Double.POSITIVE_INFINITY;
        layerSlot[k] = anySlot[k] = -1;
    }

    /** Forgets every chunk's summary (slots moved), sized for {@code slots} slots. */
    private void forgetAll(int slots) {
        int n = (slots + CHUNK - 1) / CHUNK;
        if (scanned.length != n) {
            scanned = new int[n];
            layerSlot = new int[n];
            layerCoin = new int[n];
            anySlot = new int[n];
            anyCoin = new int[n];
            until = new double[n];
        }
        for (int k = 0; k < n; k++) forget(k, k * CHUNK);
    }

    /** Adds coin c behind every coin held; compaction may move other coins, whose slots {@code store} keeps. */
    void add(int c, Coins store) {
        if (tail == coins.length) makeRoom(store);
        coins[tail] = c;
        infos[tail] = (long) store.re(c) << 32 | store.owner(c) << 5 | store.layers(c);
        store.slot(c, tail++);
        live++;
    }

    void remove(int slot) {
        coins[slot] = -1;
        infos[slot] = HOLE;
        live--;
        while (head < tail && coins[head] < 0) head++;
        if (live == 0) {
            head = tail = 0;
            forgetAll(coins.length);
        }
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
        forgetAll(coins.length);                     // slots move
        int to = 0;
        for (int from = head; from < tail; from++) {
            if (coins[from] < 0) continue;
            coins[to] = coins[from];
            infos[to] = infos[from];
            store.slot(coins[to], to);
            to++;
        }
        Arrays.fill(coins, to, coins.length, -1);
        Arrays.fill(infos, to, infos.length, HOLE);
        head = 0;
        tail = to;
    }
}
