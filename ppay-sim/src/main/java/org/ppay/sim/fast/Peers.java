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

    /** Coin c's owner verifies a holding of it of L layers for {@code task}: the coin's own signatures only if new to it. */
    void ownerVerifiesHolding(int c, int layers, Task task) {
        int v = coins.ownerKnows(c);
        long lastPurge = recalls[coins.owner(c)].lastPurge();
        coins.ownerKnows(c, Recall.checkedValue(v, lastPurge));
        peerMeter.add(task, CostAction.VERIFY, shapes.chainChecks[layers] + (Recall.mustCheck(v, lastPurge) ? shapes.coinChecks : 0));
    }

    /** Peer p takes a holding of coin c: it remembers the window's end, and checks the coin unless it knows it (true if it had to). */
    private boolean takes(int p, int c) {
        if (coins.owner(c) != p) return recalls[p].accept(c, coins.re(c));
        int v = coins.ownerKnows(c);
        coins.ownerKnows(c, Recall.acceptedValue(coins.re(c)));
        return Recall.mustCheck(v, recalls[p].lastPurge());
    }

    /** The broker verifies holding c of L layers; it never forgets a coin. */
    void brokerVerifyHolding(int c, int layers, Task task) {
        int n = shapes.chainChecks[layers];
        if (coins.brokerChecks(c)) n += shapes.coinChecks;
        brokerMeter.add(task, CostAction.VERIFY, n);
    }

    /**
     * Payee x takes coin c, now of L layers (the core's {@code Holder.accept}): it meters the holding received,
     * checks it, and keeps it behind every coin it holds, remembering the window's end.
     */
    void accept(int x, int c, int layers, Task task) {
        Metered.received(peerMeter, task, shapes.holding[layers]);
        peerMeter.add(task, CostAction.VERIFY, shapes.chainChecks[layers] + (takes(x, c) ? shapes.coinChecks : 0));
        coins.layers(c, layers);
        coins.holder(c, x);
        wallets[x].add(c, coins);
    }

    /** Holder p gives coin c up (paid on, cashed or dropped): it keeps remembering it until its window closes. */
    void drop(int p, int c) {
        wallets[p].remove(coins.slot(c));
        coins.holder(c, Coins.NONE);
    }

    /** The owner's trail of c moves to an assignment ending at {@code end}, after storing {@code stored} proofs for it. */
    void ownerTakes(int c, int stored, Task task, int end) {
        int owner = coins.owner(c);
        peerMeter.add(task, CostAction.PROOF_STORED, stored);
        proofs[owner] += stored;
        coins.addOwnerProofs(c, stored);
        if (coins.ownerRe(c) != end) trailExpiry[owner].add(LongHeap.entry(end, c));
        coins.ownerRe(c, end);
    }

    void sign(TaskMeter m, Task task) { m.add(task, CostAction.SIGN, 1); }

    /**
     * A holder gives coin c up in a signed request, R (eq. 3) or N (eq. 10), of {@code request}'s shape, and its
     * online owner answers (the core's {@code Owner.reassign} and {@code renew}): it checks the holding and the
     * request, signs the new assignment ending at {@code end}, keeps the layers and the request as proofs, and sends
     * the assignment {@code copies} times (to old and new holder, or to the renewing holder).
     */
    void ownerAnswers(int c, Task task, Shapes.Shape request, int end, int copies) {
        int layers = coins.layers(c);
        sign(peerMeter, task);
        Metered.sent(peerMeter, task, request);
        Metered.received(peerMeter, task, request);
        ownerVerifiesHolding(c, layers, task);
        peerMeter.add(task, CostAction.VERIFY, 1);
        sign(peerMeter, task);
        ownerTakes(c, layers + 1, task, end);
        for (int k = 0; k < copies; k++) Metered.sent(peerMeter, task, shapes.holding[0]);
    }

    /**
     * As {@link #ownerAnswers}, the broker for an offline owner (the downtime protocol, eq. 5; Section 5.3): it checks
     * the holding, charges {@code payer} and the owner the broker fee, signs the assignment, sends it twice, keeps the
     * layers and the request as proofs and stores the request for the owner's audit. False, after the checks, when
     * the payer cannot pay the fee (the core refuses with INSUFFICIENT_FUNDS).
     */
    boolean brokerAnswers(int payer, int c, Task task, Shapes.Shape request, int end) {
        int layers = coins.layers(c), owner = coins.owner(c);
        sign(peerMeter, task);
        Metered.sent(peerMeter, task, request);
        Metered.received(brokerMeter, task, request);
        brokerVerifyHolding(c, layers, task);
        if (broker.balance[payer] < params.brokerFee()) return false;
        brokerMeter.add(task, CostAction.VERIFY, 1);
        broker.chargeFee(payer, params.brokerFee());
        broker.chargeFee(owner, params.brokerFee());
        sign(brokerMeter, task);
        Metered.sent(brokerMeter, task, shapes.holding[0]);
        Metered.sent(brokerMeter, task, shapes.holding[0]);
        brokerMeter.add(task, CostAction.PROOF_STORED, layers + 1);
        broker.proofs += layers + 1;
        broker.store(owner, c, layers, task == Task.RENEW, end);
        return true;
    }
}
