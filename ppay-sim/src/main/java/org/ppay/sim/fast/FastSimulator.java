package org.ppay.sim.fast;

import java.util.function.BiConsumer;
import org.ppay.sim.GuessNetwork;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.SimStats;

/**
 * The fast engine: the reference engine's run for honest peers ({@link org.ppay.sim.Simulator}), bit for bit,
 * on flat arrays and without message objects. The same {@link GuessNetwork} draws the same churn, queries and
 * probes; here a probe's picopayment is an int per relation ({@link CreditLines}), a coin is an index
 * ({@link Coins}), and every action the core would meter is added to the same meters ({@link Shapes}).
 * It has no protocol objects, so it cannot check Theorem 1's invariants during a run or keep proofs: those run
 * on the core engine.
 */
public final class FastSimulator implements GuessNetwork.Protocol {
    private final GuessNetwork net;
    private final SimStats stats;
    private final Peers peers;
    private final CreditLines lines;
    private final Payments payments;
    private final Upkeep upkeep;

    public FastSimulator(SimConfig cfg) {
        this.net = new GuessNetwork(cfg);
        this.stats = net.stats();
        this.peers = new Peers(net);
        this.lines = new CreditLines(net, peers.shapes);
        this.upkeep = new Upkeep(peers, cfg.scheme(), stats);
        this.payments = new Payments(peers, upkeep, cfg.scheme(), cfg.coinUses(), stats);
    }

    /** Runs to the end, lets every peer leave and cash everything (Section 6.3), and returns the result. */
    public SimResult run() { return run(null); }

    /** As {@link #run()}, reporting simulated time to {@code progress} (seconds done, events so far) now and then. */
    public SimResult run(BiConsumer<Double, Long> progress) { return net.run(this, progress); }

    /** One picopayment from q to j under the core's settle rule ({@code Exchange.picopay}). */
    @Override public boolean payProbe(int q, int j, int entry, long now) {
        if (lines.coinDue(q, j, entry)) {
            if (net.lazy(q) || !lines.mayPayCoin(q, j, entry)) return false;      // lazy, or NetLossCap: no service
            if (!payments.pay(q, j, now)) {
                stats.protocolErrors++;
                return false;
            }
            lines.settled(q, j, entry);
        }
        CreditLines.Step step = lines.picopay(q, j, entry);
        if (step == CreditLines.Step.REFUSED) return false;
        if (step == CreditLines.Step.SERVED || net.lazy(q) || !lines.mayPayCoin(q, j, entry)) return true;
        if (payments.pay(q, j, now)) lines.settled(q, j, entry); else stats.protocolErrors++;   // left due
        return true;
    }

    @Override public void periodOver() { lines.meter(); }

    @Override public void comeBack(int p, long now) { upkeep.comeBack(p); }

    @Override public void maintain(int p, long now) { upkeep.maintain(p, now); }

    @Override public long peerProofs() {
        long sum = 0;
        for (long p : peers.proofs) sum += p;
        return sum;
    }

    @Override public long brokerProofs() { return peers.broker.proofs; }

    /** Everyone cashes every coin it holds, then has the broker honour its open Payword chains (Section 5.4). */
    @Override public void leaveAndCashEverything(long now) {
        upkeep.leaveAndCashEverything(now);
        lines.redeem(peers, stats);
    }

    @Override public long creditLoss(int p) { return lines.loss(p); }

    @Override public boolean moneyConserved() { return peers.broker.conserved(); }
}
