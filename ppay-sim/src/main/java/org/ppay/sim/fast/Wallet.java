package org.ppay.sim.fast;

import java.util.Arrays;

/**
 * One holder's coins in arrival order (the core's {@code Wallet}: coin choice takes coins from a queue, and a
 * renewed coin goes to the back), with each coin's owner, window end and layers copied beside it, since coin
 * choice scans them on every payment.
 */
final class Wallet {
    private int[] coins = new int[8], owners = new int[8], ends = new int[8];
    private byte[] layers = new byte[8];
    /** Slots [head, tail) in use, with holes (coin −1) where coins left. */
    private int head, tail, live;

    int first() { return head; }

    int end() { return tail; }

    /** The coin in slot i, or −1 for a hole. */
    int coin(int i) { return coins[i]; }

    int owner(int i) { return owners[i]; }

    int windowEnd(int i) { return ends[i]; }

    int layers(int i) { return layers[i]; }

    int size() { return live; }

    /** Adds coin c behind every coin held; returns its slot. Slots of other coins may move: see {@code store}. */
    int add(int c, Coins store) {
        if (tail == coins.length) makeRoom(store);
        coins[tail] = c;
        owners[tail] = store.owner[c];
        ends[tail] = store.re[c];
        layers[tail] = store.layers[c];
        store.slot[c] = tail;
        live++;
        return tail++;
    }

    void remove(int slot) {
        coins[slot] = -1;
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
            int n = coins.length * 2;
            coins = Arrays.copyOf(coins, n);
            owners = Arrays.copyOf(owners, n);
            ends = Arrays.copyOf(ends, n);
            layers = Arrays.copyOf(layers, n);
        }
        int to = 0;
        for (int from = head; from < tail; from++) {
            if (coins[from] < 0) continue;
            coins[to] = coins[from];
            owners[to] = owners[from];
            ends[to] = ends[from];
            layers[to] = layers[from];
            store.slot[coins[to]] = to;
            to++;
        }
        Arrays.fill(coins, to, coins.length, -1);
        head = 0;
        tail = to;
    }
}
