package org.ppay.sim.fast;

import java.util.Arrays;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import org.ppay.sim.GuessNetwork;
import org.ppay.sim.PairMap;
import org.ppay.sim.SimStats;
import org.ppay.sim.TaskMeter;

/**
 * Every payer–payee relation of the pong caches under the core's one settle rule ({@code Exchange.picopay},
 * {@code CreditLine}), one int per relation. Payword: per (payer, payee), the words spent on the open chain (−1: no
 * chain); payer's chain and payee's account move together. Soft credit windows: both peers see one balance per
 * pair of peers, from either side (c_ij = −c_ji), so entries probing each other share it; plus each peer's l_i.
 * Relations belong to the peers, as the core's windows keep them per counterpart, not to cache entries: under
 * GUESS caches an entry changes peers, and a pair that meets again continues its window. Up to 16 384 peers (2048
 * when x > 127) a relation's number is its pair's place in an n × n table, so a probe finds it without a look-up;
 * in a larger network each entry remembers the relation of the payee it last probed, found by a look-up when the
 * entry changes.
 */
final class CreditLines {
    /** What a picopayment asks of its payer: nothing more, or a coin it must now try to pay. */
    enum Step { REFUSED, SERVED, COIN_DUE }

    private final boolean payword;
    private final int x;
    private final long cap;
    private final TaskMeter meter;
    private final Shapes shapes;
    /** Payword: words spent per relation. Soft windows: c_lo,hi per relation. Grows as relations appear. */
    private int[] state;
    /** Payword, in a network too large for the dense table: the payer and payee of each relation (for the redemptions at the end). */
    private int[] payerOf, payeeOf;
    /**
     * The dense table in a byte a relation instead, when x ≤ 127 (both kinds keep −x < value ≤ x, Payword −1 ≤ value ≤ x):
     * 1 MB at 1000 peers, where ints took 4 MB and a probe missed the core's cache on most look-ups. {@link #state} is
     * then empty.
     */
    private final byte[] small;
    /** Networks up to this many pairs (16 384 peers, 256 MB) get the dense byte table. */
    static final long DENSE_BYTES = 1L << 28;
    private int relations;
    /**
     * Relations numbered by pair: (payer, payee) for Payword, (lo, hi) for soft windows. In a network of up to
     * {@link PairMap#DENSE_PAIRS} pairs ({@link #DENSE_BYTES} when a relation fits a byte) every pair has its
     * relation, numbered a * n + b, and the state is the whole n × n table (1 MB at 1000 peers): one array access a
     * probe (null here). In a larger one relations are numbered as they appear.
     */
    private final PairMap relationOf;
    /** Per cache entry: the payee its relation was found for (−1: none yet), and that relation (null when dense). */
    private final int[] entryPayee, entryRelation;
    private final int n;
    private final long[] loss;
    /** Payword chains opened and words paid, metered once at the end ({@link #meter}): the same counts, no call per probe. */
    private long chains, words;

    CreditLines(GuessNetwork net, Shapes shapes) {
        Params p = net.protocolParams();
        this.shapes = shapes;
        this.meter = net.peerMeter();
        this.payword = p.creditWindowType() == Params.CreditWindowType.PAYWORD;
        this.x = Math.toIntExact(p.creditWindowSize());
        this.cap = p.netLossCap();
        int entries = Math.multiplyExact(net.peers(), net.cacheSize());
        this.n = net.peers();
        this.loss = new long[n];
        boolean bytes = x <= Byte.MAX_VALUE, dense = (long) n * n <= (bytes ? DENSE_BYTES : PairMap.DENSE_PAIRS);
        this.small = dense && bytes ? new byte[n * n] : null;
        this.state = new int[small != null ? 0 : dense ? n * n : Math.max(16, entries)];
        if (payword) Arrays.fill(state, -1);
        if (payword && small != null) Arrays.fill(small, (byte) -1);
        if (dense) {
            this.relationOf = null;
            this.entryPayee = this.entryRelation = null;
        } else {
            this.relationOf = new PairMap(n, entries);
            this.entryPayee = new int[entries];
            this.entryRelation = new int[entries];
            Arrays.fill(entryPayee, -1);
            this.payerOf = payword ? new int[state.length] : null;
            this.payeeOf = payword ? new int[state.length] : null;
        }
    }

    /**
     * The relation of q paying j, probed through {@code entry}: the entry's while it holds j, else found or made.
     * Making one may replace {@link #state}: callers take the index before they read the array.
     */
    private int relation(int q, int j, int entry) {
        if (relationOf == null) return payword ? q * n + j : Math.min(q, j) * n + Math.max(q, j);
        if (entryPayee[entry] == j) return entryRelation[entry];
        int a = payword ? q : Math.min(q, j), b = payword ? j : Math.max(q, j);
        int r = relationOf.get(a, b);
        if (r < 0) {
            r = relations++;
            relationOf.put(a, b, r);
            if (r == state.length) {
                int old = state.length;
                state = Arrays.copyOf(state, old * 2);
                if (payword) {
                    Arrays.fill(state, old, state.length, -1);
                    payerOf = Arrays.copyOf(payerOf, state.length);
                    payeeOf = Arrays.copyOf(payeeOf, state.length);
                }
            }
            if (payword) {
                payerOf[r] = q;
                payeeOf[r] = j;
            }
        }
        entryPayee[entry] = j;
        entryRelation[entry] = r;
        return r;
    }

    /** Adds what the Payword chains and words cost to the peers' meter (Task PICOPAYMENT), once, at the end. */
    void meter() {
        Metered.add(meter, Task.PICOPAYMENT, shapes.chainOpen, chains);
        Metered.add(meter, Task.PICOPAYMENT, shapes.word, words);
        chains = words = 0;
    }

    /**
     * At the end, every payee has the broker honour each open Payword chain it was paid on (the core's
     * {@code Exchange.redeemChains}, Section 5.4): it sends the commitment and its highest word; the broker checks the
     * commitment (one verification), hashes the word back to the root (one hash per word), moves words × coin value /
     * x from payer to payee and signs a receipt. Soft credit windows prove no debt: nothing to redeem.
     */
    void redeem(Peers s, SimStats stats) {
        if (!payword) return;
        long value = s.params.coinValue();
        boolean dense = relationOf == null;
        for (int r = 0, all = dense ? n * n : relations; r < all; r++) {
            int k = get(r);
            if (k < 1) continue;
            Metered.sent(s.peerMeter, Task.CASH, shapes.redemption);
            Metered.received(s.brokerMeter, Task.CASH, shapes.redemption);
            s.brokerMeter.add(Task.CASH, CostAction.VERIFY, 1);
            s.brokerMeter.add(Task.CASH, CostAction.HASH, k);
            long credited = k * value / x;
            s.broker.balance[dense ? r / n : payerOf[r]] -= credited;      // dense Payword relations are payer * n + payee
            s.broker.balance[dense ? r % n : payeeOf[r]] += credited;
            s.sign(s.brokerMeter, Task.CASH);
            Metered.sent(s.brokerMeter, Task.CASH, shapes.chainReceipt);
            set(r, -1);
            stats.chainsRedeemed++;
            stats.wordsRedeemed += k;
        }
    }

    /** l_i of peer p (soft credit windows). */
    long loss(int p) { return loss[p]; }

    /** Before a service: the payee gives no more credit until q pays it a coin. */
    boolean coinDue(int q, int j, int entry) {
        int r = relation(q, j, entry);           // first: it may grow state
        if (payword) return get(r) == x;
        return credit(j, q, r) >= x || loss[j] >= cap;
    }

    /** Whether q may pay j a coin now (NetLossCap, Section 5.4); Payword carries no credit risk. */
    boolean mayPayCoin(int q, int j, int entry) {
        return payword || credit(q, j, relation(q, j, entry)) < 0 && loss[q] <= cap - x;
    }

    /** Records one picopayment from q to j on both sides; REFUSED when j will not serve, COIN_DUE when a coin fell due. */
    Step picopay(int q, int j, int entry) {
        int pair = relation(q, j, entry);
        if (payword) {
            int spent = get(pair);
            if (spent < 0) {
                chains++;
                spent = 0;
            }
            words++;
            set(pair, ++spent);
            return spent == x ? Step.COIN_DUE : Step.SERVED;
        }
        long cjq = credit(j, q, pair);
        if (cjq >= x || loss[j] >= cap) return Step.REFUSED;
        set(pair, get(pair) + (j < q ? 1 : -1));
        loss[j]++;
        loss[q]--;
        return cjq + 1 == x ? Step.COIN_DUE : Step.SERVED;
    }

    /** A coin went from q to j: both sides move by x. */
    void settled(int q, int j, int entry) {
        int r = relation(q, j, entry);
        if (payword) {
            set(r, -1);
            return;
        }
        set(r, get(r) + (q < j ? x : -x));
        loss[q] += x;
        loss[j] -= x;
    }

    private int get(int relation) { return small != null ? small[relation] : state[relation]; }

    private void set(int relation, int value) {
        if (small == null) state[relation] = value;
        else if ((byte) value == value) small[relation] = (byte) value;
        else throw new IllegalStateException("relation " + relation + " out of the byte table's range: " + value);
    }

    /** c_ab: what b owes a, on their relation {@code relation}. */
    private long credit(int a, int b, int relation) {
        int v = get(relation);
        return a < b ? v : -v;
    }
}
