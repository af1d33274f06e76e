package org.ppay.core.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.PeerId;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;

/**
 * A holder's coins in arrival order (Section 6.3: coins within a class are taken from a queue), with what coin
 * choice reads of each (owner, end of the renewal window, layers) in parallel arrays. Coin choice scans the
 * wallet on every payment, and wallets hold hundreds of coins whose owners are offline, so the scan reads
 * contiguous arrays instead of chasing a map entry and a holding per coin.
 */
final class Wallet {
    private Holding[] holdings = new Holding[8];
    private PeerId[] owners = new PeerId[8];
    private long[] ends = new long[8];
    private byte[] layers = new byte[8];
    /** Slots [head, tail) in use, with holes where coins left. */
    private int head, tail, live;
    private final Map<CoinId, Integer> slots = new HashMap<>();

    int size() { return live; }

    Holding get(CoinId coin) {
        Integer s = slots.get(coin);
        return s == null ? null : holdings[s];
    }

    boolean contains(CoinId coin) { return slots.containsKey(coin); }

    /** Adds h behind every coin held (a coin already held is removed first). */
    void add(Holding h) {
        CoinId id = h.coin().id();
        remove(id);
        if (tail == holdings.length) makeRoom();
        holdings[tail] = h;
        owners[tail] = h.coin().owner();
        ends[tail] = h.base().re();
        layers[tail] = (byte) h.layers();
        slots.put(id, tail);
        tail++;
        live++;
    }

    void remove(CoinId coin) {
        Integer s = slots.remove(coin);
        if (s == null) return;
        holdings[s] = null;
        owners[s] = null;
        live--;
        while (head < tail && holdings[head] == null) head++;
        if (live == 0) head = tail = 0;
    }

    /** Every coin, oldest first. */
    List<Holding> list() {
        List<Holding> out = new ArrayList<>(live);
        for (int i = head; i < tail; i++) if (holdings[i] != null) out.add(holdings[i]);
        return out;
    }

    // The scan: slots from first() while < end(), skipping those where holding(i) is null.
    int first() { return head; }

    int end() { return tail; }

    Holding holding(int i) { return holdings[i]; }

    PeerId owner(int i) { return owners[i]; }

    long windowEnd(int i) { return ends[i]; }

    int layers(int i) { return layers[i]; }

    /** Compacts the live slots to the front, or grows the arrays when more than half are live. */
    private void makeRoom() {
        if (live * 2 > holdings.length) {
            int n = holdings.length * 2;
            holdings = Arrays.copyOf(holdings, n);
            owners = Arrays.copyOf(owners, n);
            ends = Arrays.copyOf(ends, n);
            layers = Arrays.copyOf(layers, n);
        }
        int to = 0;
        for (int from = head; from < tail; from++) {
            if (holdings[from] == null) continue;
            if (to != from) {
                holdings[to] = holdings[from];
                owners[to] = owners[from];
                ends[to] = ends[from];
                layers[to] = layers[from];
                slots.put(holdings[to].coin().id(), to);
            }
            to++;
        }
        Arrays.fill(holdings, to, holdings.length, null);
        Arrays.fill(owners, to, owners.length, null);
        head = 0;
        tail = to;
    }
}
