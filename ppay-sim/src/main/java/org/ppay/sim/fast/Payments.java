package org.ppay.sim.fast;

import org.ppay.core.cost.Task;
import org.ppay.core.role.Scheme;
import org.ppay.sim.CoinUses;
import org.ppay.sim.SimStats;
import org.ppay.sim.Simulator;

/**
 * One coin payment, as the core's {@code Holder.plan} chooses it and {@code Exchange.carryOut} carries it out
 * (Sections 3, 5.2, 6.3): a held coin whose owner is online, then a layer, then, by scheme, the broker's downtime
 * protocol or a newly printed coin. Peers own no unassigned coins here: a printed coin is assigned at once.
 */
final class Payments {
    private final Peers s;
    private final Coins coins;
    private final Upkeep upkeep;
    private final Scheme scheme;
    private final boolean once;
    private final SimStats stats;
    private final int maxLayers;
    private final long[] printed;

    Payments(Peers s, Upkeep upkeep, Scheme scheme, CoinUses uses, SimStats stats) {
        this.s = s;
        this.coins = s.coins;
        this.upkeep = upkeep;
        this.scheme = scheme;
        this.once = uses == CoinUses.ONCE;
        this.stats = stats;
        this.maxLayers = s.params.maxLayers();
        this.printed = new long[s.wallets.length];
    }

    /** Pays x one coin from v by the scheme's preferences, counting the path taken; false when it was refused. */
    boolean pay(int v, int x, long now) {
        Wallet w = s.wallets[v];
        if (scheme == Scheme.RM) {
            for (int i = w.first(), end = w.end(); i < end; i++) {
                long info = w.info(i);
                if (now <= Wallet.windowEnd(info) && Wallet.layers(info) < maxLayers) return layer(v, w.coin(i), x);
            }
            return print(v, x, now);
        }
        int c = w.scan(now, s.net, maxLayers);
        if (c >= 0) return viaOwner(v, c, x);
        int layerable = w.firstLayerable, any = w.firstAny;
        if (layerable >= 0) return layer(v, layerable, x);
        if (scheme == Scheme.PPAY_STAR && any >= 0) return viaBroker(v, any, x);
        return print(v, x, now);
    }

    /** R = {X, A}SK_V (eq. 3) to the online owner, who peels the layers, keeps them as proofs and assigns to X (eq. 4). */
    private boolean viaOwner(int v, int c, int x) {
        s.ownerAnswers(c, Task.REASSIGN, s.shapes.reassign[coins.layers(c)], coins.re(c), 2);
        s.drop(v, c);
        s.accept(x, c, 0, Task.REASSIGN);
        stats.reassignOwner++;
        return paid(x, c);
    }

    /** P = {X, V, seq, A}SK_V (eq. 8): one more layer, no owner involved. */
    private boolean layer(int v, int c, int x) {
        int layers = coins.layers(c) + 1;
        s.sign(s.peerMeter, Task.REASSIGN);
        Metered.sent(s.peerMeter, Task.REASSIGN, s.shapes.holding[layers]);
        s.drop(v, c);
        s.accept(x, c, layers, Task.REASSIGN);
        stats.layered++;
        return paid(x, c);
    }

    /** PPay*: the broker reassigns for an offline owner (eq. 5) at the broker fee to both; false without the fee. */
    private boolean viaBroker(int v, int c, int x) {
        if (!s.brokerAnswers(v, c, Task.REASSIGN, s.shapes.reassign[coins.layers(c)], coins.re(c))) return false;
        s.drop(v, c);
        s.accept(x, c, 0, Task.REASSIGN);
        stats.reassignBroker++;
        return paid(x, c);
    }

    /** C' = {sn, L}SK_V (eq. 7), then its first assignment to X (eq. 2): false once the certificate's serials run out. */
    private boolean print(int v, int x, long now) {
        if (printed[v] >= Simulator.CERTIFICATE_COINS) return false;
        printed[v]++;
        s.sign(s.peerMeter, Task.ISSUE);
        s.sign(s.peerMeter, Task.ISSUE);
        int c = coins.print(v, Math.toIntExact(now), s.wait);
        s.trailExpiry[v].add(LongHeap.entry(coins.re(c), c));
        s.accept(x, c, 0, Task.ISSUE);
        stats.coinsPrinted++;
        return paid(x, c);
    }

    /**
     * Coin c paid to x: counted; with coins used once x cashes it at once (Section 7.1's worst case), else RM's payee
     * cashes every coin it can no longer layer (Section 7.1).
     */
    private boolean paid(int x, int c) {
        stats.coinPayments++;
        if (once) {
            upkeep.cashCounted(x, c, (long) s.net.now());
        } else if (scheme == Scheme.RM) {
            for (int h : s.wallets[x].snapshot()) if (coins.layers(h) >= maxLayers) upkeep.cashCounted(x, h, (long) s.net.now());
        }
        return true;
    }
}
