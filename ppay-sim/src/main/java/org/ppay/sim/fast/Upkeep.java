package org.ppay.sim.fast;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import org.ppay.core.role.Scheme;
import org.ppay.sim.SimStats;

/**
 * What the core's {@code Exchange.upkeep}, {@code cash} and {@code comeBack} do for honest peers: purging trails
 * and remembered coins whose windows closed, renewing coins past the middle of their window at the owner or the
 * broker, cashing at the broker, and an owner's audit of what the broker did while it was down.
 */
final class Upkeep {
    enum Cashed { CASHED, EXPIRED }

    private final Peers s;
    private final Coins coins;
    private final Scheme scheme;
    private final SimStats stats;

    Upkeep(Peers s, Scheme scheme, SimStats stats) {
        this.s = s;
        this.coins = s.coins;
        this.scheme = scheme;
        this.stats = stats;
    }

    /** Holder p cashes coin c (Section 3), dropping it whatever the broker says. */
    Cashed cash(int p, int c, long now) {
        int layers = coins.layers(c);
        s.sign(s.peerMeter, Task.CASH);
        Metered.sent(s.peerMeter, Task.CASH, s.shapes.cash[layers]);
        Metered.received(s.brokerMeter, Task.CASH, s.shapes.cash[layers]);
        s.brokerMeter.add(Task.CASH, CostAction.VERIFY, 1);
        s.brokerVerifyHolding(c, layers, Task.CASH);
        s.drop(p, c);
        if (now > coins.re(c)) return Cashed.EXPIRED;
        s.brokerMeter.add(Task.CASH, CostAction.PROOF_STORED, layers);
        s.broker.proofs += layers;
        s.broker.cash(coins.owner(c), p, s.params.coinValue(), s.params.cashFee());
        s.sign(s.brokerMeter, Task.CASH);
        Metered.sent(s.brokerMeter, Task.CASH, s.shapes.receipt);
        return Cashed.CASHED;
    }

    /** A coin given up for good, counted as the reference counts it. */
    void cashCounted(int p, int c, long now) {
        if (cash(p, c, now) == Cashed.CASHED) stats.coinsCashed++; else stats.coinsExpired++;
    }

    /** Upkeep of online peer p (the core's {@code Exchange.upkeep}). */
    void maintain(int p, long now) {
        purgeTrails(p, now);
        s.recalls[p].purge(now);
        long horizon = s.params.renewalWait() / 2;
        Wallet w = s.wallets[p];
        IntList due = new IntList();
        for (int i = w.first(), end = w.end(); i < end; i++) if (w.coin(i) >= 0 && Wallet.windowEnd(w.info(i)) - now <= horizon) due.add(w.coin(i));
        for (int k = 0; k < due.size(); k++) {
            int c = due.get(k);
            if (now > coins.re(c)) {
                s.drop(p, c);
                stats.coinsExpired++;
            } else if (now >= coins.rb(c)) {
                renewOrCash(p, c, now);
            }
        }
    }

    private void renewOrCash(int p, int c, long now) {
        if (s.net.online(coins.owner(c))) {
            renewAtOwner(p, c);
            stats.renewOwner++;
        } else if (scheme == Scheme.PPAY_STAR) {
            if (renewAtBroker(p, c)) stats.renewBroker++; else stats.protocolErrors++;
        } else {
            cashCounted(p, c, now);
        }
    }

    /**
     * An owner's purge of trails whose window closed (Section 5.3): their proofs go. The core also forgets it checked
     * the coin; the coin is dead, never checked again, so that changes no count and {@link Recall} drops it lazily.
     */
    private void purgeTrails(int p, long now) {
        LongHeap q = s.trailExpiry[p];
        while (q.size() > 0 && LongHeap.time(q.peek()) < now) {
            int c = LongHeap.coin(q.pop());
            if (!coins.trail(c) || coins.ownerRe(c) >= now) continue;       // gone, or renewed since
            s.peerMeter.add(Task.RENEW, CostAction.PROOF_PURGED, coins.ownerProofs(c));
            s.proofs[p] -= coins.ownerProofs(c);
            coins.endTrail(c);
        }
    }

    /** N = {A}SK_V (eq. 10) to the online owner, who moves the window by one Renewal Wait (eq. 11). */
    private void renewAtOwner(int p, int c) {
        s.ownerAnswers(c, Task.RENEW, s.shapes.renewal[coins.layers(c)], coins.rb(c) + 2 * s.wait, 1);
        renewed(p, c);
    }

    /** PPay*: the broker renews for an offline owner (Section 5.3), at the broker fee to both; false without the fee. */
    private boolean renewAtBroker(int p, int c) {
        if (!s.brokerAnswers(p, c, Task.RENEW, s.shapes.renewal[coins.layers(c)], coins.rb(c) + 2 * s.wait)) return false;
        renewed(p, c);
        return true;
    }

    /** The holder takes the renewed assignment [rb + w, rb + 2w] of its coin, which goes to the back of its wallet. */
    private void renewed(int p, int c) {
        coins.window(c, coins.rb(c) + s.wait, coins.rb(c) + 2 * s.wait);
        s.drop(p, c);
        s.accept(p, c, 0, Task.RENEW);
    }

    /** An owner back online audits what the broker did for its coins (Section 3): each request is a proof it keeps. */
    void comeBack(int owner) {
        IntList actions = s.broker.takeStored(owner);
        if (actions == null) return;
        for (int k = 0; k < actions.size(); k += 3) {
            int c = actions.get(k), code = actions.get(k + 1), end = actions.get(k + 2);
            if (!coins.trail(c)) continue;
            boolean renewal = code < 0;
            int layers = renewal ? -1 - code : code;
            Task task = renewal ? Task.RENEW : Task.REASSIGN;
            Metered.received(s.peerMeter, task, renewal ? s.shapes.renewal[layers] : s.shapes.reassign[layers]);
            s.ownerTakes(c, layers + 1, task, end);
        }
    }

    /** At the end every peer cashes every coin it holds, oldest first. */
    void leaveAndCashEverything(long now) {
        for (int p = 0; p < s.wallets.length; p++) for (int c : s.wallets[p].snapshot()) cashCounted(p, c, now);
    }
}
