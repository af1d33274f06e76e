package org.ppay.sim.fast;

import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import org.ppay.sim.GuessNetwork;
import org.ppay.sim.Simulator;
import org.ppay.sim.TaskMeter;

/**
 * The state of the fast engine's peers and broker, and the steps every flow shares: a party checking a coin's
 * signatures (once, until it forgets it), a payee taking a holding (the core's {@code Holder.accept}), a holder
 * giving one up, an owner's trail moving to a new assignment.
 */
final class Peers {
    final GuessNetwork net;
    final Params params;
    final Shapes shapes;
    final TaskMeter peerMeter, brokerMeter;
    final Coins coins = new Coins();
    final Wallet[] wallets;
    final Recall[] recalls;
    /** Proofs each owner's trails hold, and when each trail's window ends (lazy: re-queued when it moves). */
    final long[] proofs;
    final LongHeap[] trailExpiry;
    final BrokerTally broker;
    final int wait;

    Peers(GuessNetwork net) {
        this.net = net;
        this.params = net.protocolParams();
        this.shapes = new Shapes(params);
        this.peerMeter = net.peerMeter();
        this.brokerMeter = net.brokerMeter();
        this.wait = Math.toIntExact(params.renewalWait());
        int n = net.peers();
        if (n > Wallet.MAX_OWNERS) throw new IllegalArgumentException("the fast engine packs owners in 26 bits: at most " + Wallet.MAX_OWNERS + " peers");
        wallets = new Wallet[n];
        recalls = new Recall[n];
        proofs = new long[n];
        trailExpiry = new LongHeap[n];
        for (int p = 0; p < n; p++) {
            wallets[p] = new Wallet();
            recalls[p] = new Recall();
            trailExpiry[p] = new LongHeap();
        }
        long certificate = Simulator.CERTIFICATE_COINS * params.coinValue();
        broker = new BrokerTally(n, certificate + Simulator.OPENING_EXTRA, Simulator.DEPOSIT_COINS * params.coinValue(), certificate);
    }

    /** Peer p's context verifies holding c of L layers for {@code task}: the coin's own signatures only if new to p. */
    void verifyHolding(int p, int c, int layers, Task task) {
        int n = shapes.chainChecks[layers] + (recalls[p].check(c) ? shapes.coinChecks : 0);
        peerMeter.add(task, CostAction.VERIFY, n);
    }

    /** The broker verifies holding c of L layers; it never forgets a coin. */
    void brokerVerifyHolding(int c, int layers, Task task) {
        int n = shapes.chainChecks[layers];
        if (!coins.brokerVerified[c]) {
            coins.brokerVerified[c] = true;
            n += shapes.coinChecks;
        }
        brokerMeter.add(task, CostAction.VERIFY, n);
    }

    /**
     * Payee x takes coin c, now of L layers (the core's {@code Holder.accept}): it meters the holding received,
     * checks it, and keeps it behind every coin it holds, remembering the window's end.
     */
    void accept(int x, int c, int layers, Task task) {
        Metered.received(peerMeter, task, shapes.holding[layers]);
        int checks = shapes.chainChecks[layers] + (recalls[x].accept(c, coins.re[c]) ? shapes.coinChecks : 0);
        peerMeter.add(task, CostAction.VERIFY, checks);
        coins.layers[c] = (byte) layers;
        coins.holder[c] = x;
        wallets[x].add(c, coins);
    }

    /** Holder p gives coin c up (paid on, cashed or dropped): it keeps remembering it until its window closes. */
    void drop(int p, int c) {
        wallets[p].remove(coins.slot[c]);
        coins.holder[c] = Coins.NONE;
    }

    /** The owner's trail of c moves to an assignment ending at {@code end}, after storing {@code stored} proofs for it. */
    void ownerTakes(int c, int stored, Task task, int end) {
        int owner = coins.owner[c];
        peerMeter.add(task, CostAction.PROOF_STORED, stored);
        proofs[owner] += stored;
        coins.ownerProofs[c] += stored;
        if (coins.ownerRe[c] != end) trailExpiry[owner].add(LongHeap.entry(end, c));
        coins.ownerRe[c] = end;
    }

    void sign(TaskMeter m, Task task) { m.add(task, CostAction.SIGN, 1); }
}
