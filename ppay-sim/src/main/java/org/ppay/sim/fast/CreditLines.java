package org.ppay.sim.fast;

import java.util.Arrays;
import org.ppay.core.Params;
import org.ppay.core.cost.Task;
import org.ppay.sim.GuessNetwork;
import org.ppay.sim.TaskMeter;

/**
 * Every payer–payee relation of the pong caches under the core's one settle rule ({@code Exchange.picopay},
 * {@code CreditLine}), one int per relation. Payword: per cache entry, the words spent on the open chain (−1: no
 * chain); payer's chain and payee's account move together. Soft credit windows: both peers see one balance per
 * pair of peers, from either side (c_ij = −c_ji), so entries probing each other share it; plus each peer's l_i.
 */
final class CreditLines {
    /** What a picopayment asks of its payer: nothing more, or a coin it must now try to pay. */
    enum Step { REFUSED, SERVED, COIN_DUE }

    private final boolean payword;
    private final int x;
    private final long cap;
    private final GuessNetwork net;
    private final TaskMeter meter;
    private final Shapes shapes;
    /** Payword: words spent per entry. Soft windows: the pair of each entry, and c_lo,hi per pair. */
    private final int[] state;
    private final int[] pairOf;
    private final long[] loss;
    /** Payword chains opened and words paid, metered once at the end ({@link #meter}): the same counts, no call per probe. */
    private long chains, words;

    CreditLines(GuessNetwork net, Shapes shapes) {
        Params p = net.protocolParams();
        this.net = net;
        this.shapes = shapes;
        this.meter = net.peerMeter();
        this.payword = p.creditWindowType() == Params.CreditWindowType.PAYWORD;
        this.x = Math.toIntExact(p.creditWindowSize());
        this.cap = p.netLossCap();
        int entries = net.peers() * net.cacheSize();
        this.loss = new long[net.peers()];
        if (payword) {
            state = new int[entries];
            Arrays.fill(state, -1);
            pairOf = null;
        } else {
            pairOf = pairs(net);
            int pairs = 0;
            for (int e : pairOf) pairs = Math.max(pairs, e + 1);
            state = new int[pairs];
        }
    }

    /** Numbers the unordered pairs of peers the caches link: entries i→j and j→i get the same pair. */
    private static int[] pairs(GuessNetwork net) {
        int n = net.peers(), c = net.cacheSize(), entries = n * c;
        if (entries >= 1 << 24) throw new IllegalArgumentException("the fast engine numbers at most 2^24 pong-cache entries");
        long[] keyed = new long[entries];
        for (int e = 0; e < entries; e++) {
            long i = e / c, j = net.cached(e);
            keyed[e] = (Math.min(i, j) * n + Math.max(i, j)) << 24 | e;
        }
        Arrays.sort(keyed);
        int[] pairOf = new int[entries];
        int pair = -1;
        long last = -1;
        for (long k : keyed) {
            if (k >>> 24 != last) { pair++; last = k >>> 24; }
            pairOf[(int) (k & 0xFFFFFF)] = pair;
        }
        return pairOf;
    }

    /** Adds what the Payword chains and words cost to the peers' meter (Task PICOPAYMENT), once, at the end. */
    void meter() {
        Metered.add(meter, Task.PICOPAYMENT, shapes.chainOpen, chains);
        Metered.add(meter, Task.PICOPAYMENT, shapes.word, words);
        chains = words = 0;
    }

    /** l_i of peer p (soft credit windows). */
    long loss(int p) { return loss[p]; }

    /** Before a service: the payee gives no more credit until q pays it a coin. */
    boolean coinDue(int q, int j, int entry) {
        if (payword) return state[entry] == x;
        return credit(j, q, entry) >= x || loss[j] >= cap;
    }

    /** Whether q may pay j a coin now (NetLossCap, Section 5.4); Payword carries no credit risk. */
    boolean mayPayCoin(int q, int j, int entry) {
        return payword || credit(q, j, entry) < 0 && loss[q] <= cap - x;
    }

    /** Records one picopayment from q to j on both sides; REFUSED when j will not serve, COIN_DUE when a coin fell due. */
    Step picopay(int q, int j, int entry) {
        if (payword) {
            if (state[entry] < 0) {
                chains++;
                state[entry] = 0;
            }
            words++;
            return ++state[entry] == x ? Step.COIN_DUE : Step.SERVED;
        }
        int pair = pairOf[entry];
        long cjq = credit(j, q, entry);
        if (cjq >= x || loss[j] >= cap) return Step.REFUSED;
        state[pair] += j < q ? 1 : -1;
        loss[j]++;
        loss[q]--;
        return cjq + 1 == x ? Step.COIN_DUE : Step.SERVED;
    }

    /** A coin went from q to j: both sides move by x. */
    void settled(int q, int j, int entry) {
        if (payword) {
            state[entry] = -1;
            return;
        }
        state[pairOf[entry]] += q < j ? x : -x;
        loss[q] += x;
        loss[j] -= x;
    }

    /** c_ab: what b owes a, for the pair of {@code entry}. */
    private long credit(int a, int b, int entry) {
        int v = state[pairOf[entry]];
        return a < b ? v : -v;
    }
}
