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
 * whose owners are offline (a Table 1 run scanned 657 slots per payment), so the wallet remembers the prefix it
 * last found without an online owner, with its first layerable and first unexpired coins and the earliest time
 * one of its owners comes back online (churn is drawn a toggle ahead: {@link GuessNetwork#nextToggle}). Until
 * then, while those two coins are still there and unexpired, the scan resumes behind the prefix. It finds exactly
 * the coins a full scan finds.
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

    /** Slots [head, prefixEnd) hold no unexpired coin of an online owner before time prefixUntil. */
    private int prefixEnd;
    private double prefixUntil = Double.POSITIVE_INFINITY;
    /** The prefix's first layerable and first unexpired coins (slot and coin), or slot −1. */
    private int prefixLayerSlot = -1, prefixLayerCoin, prefixAnySlot = -1, prefixAnyCoin;
    /** Results of the last {@link #scan}: the oldest unexpired coin with fewer than Max Layers layers, and the oldest unexpired coin (−1: none). */
    int firstLayerable, firstAny;

    /**
     * Coin choice's scan (the core's {@code Holder.plan}, schemes other than RM): the oldest coin unexpired at
     * {@code now} whose owner is online, or −1; sets {@link #firstLayerable} and {@link #firstAny}.
     */
    int scan(long now, GuessNetwork net, int maxLayers) {
        if (!prefixHolds(now, net)) forgetPrefix();
        int layerable = prefixLayerSlot >= 0 ? prefixLayerCoin : -1, any = prefixAnySlot >= 0 ? prefixAnyCoin : -1;
        for (int i = Math.max(prefixEnd, head); i < tail; i++) {
            long info = infos[i];
            if (now > windowEnd(info)) {                                  // expired, or a hole: never a candidate again
                prefixEnd = i + 1;
                continue;
            }
            int o = owner(info);
            if (net.online(o)) {
                firstLayerable = layerable;
                firstAny = any;
                return coins[i];
            }
            if (layerable < 0 && layers(info) < maxLayers) layerable = coins[i];
            if (any < 0) any = coins[i];
            grow(i, net.nextToggle(o), layerable, any);
        }
        firstLayerable = layerable;
        firstAny = any;
        return -1;
    }

    /** Takes slot i, whose offline owner comes back online at {@code back}, into the prefix. */
    private void grow(int i, double back, int layerable, int any) {
        prefixUntil = Math.min(prefixUntil, back);
        if (prefixLayerSlot < 0 && layerable == coins[i]) { prefixLayerSlot = i; prefixLayerCoin = layerable; }
        if (prefixAnySlot < 0 && any == coins[i]) { prefixAnySlot = i; prefixAnyCoin = any; }
        prefixEnd = i + 1;
    }

    /** Whether the remembered prefix still holds: its owners all offline, its first coins still there and unexpired. */
    private boolean prefixHolds(long now, GuessNetwork net) {
        return net.now() < prefixUntil && still(prefixLayerSlot, prefixLayerCoin, now) && still(prefixAnySlot, prefixAnyCoin, now);
    }

    private boolean still(int slot, int coin, long now) { return slot < 0 || coins[slot] == coin && now <= windowEnd(infos[slot]); }

    private void forgetPrefix() {
        prefixEnd = 0;
        prefixUntil = Double.POSITIVE_INFINITY;
        prefixLayerSlot = prefixAnySlot = -1;
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
            forgetPrefix();
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
        forgetPrefix();                              // slots move
        if (live * 2 > coins.length) {
            coins = Arrays.copyOf(coins, coins.length * 2);
            infos = Arrays.copyOf(infos, infos.length * 2);
        }
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
