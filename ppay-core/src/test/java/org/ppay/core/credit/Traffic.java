package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/**
 * A tiny network of peers running soft credit windows honestly (lazy peers never pay a coin), used to drive
 * random traffic in the property tests. Every refusal it meets is checked to have left the window as it was.
 */
final class Traffic {
    final List<PeerId> peers = new ArrayList<>();
    final Map<PeerId, SoftCreditWindow> windows = new HashMap<>();
    final Set<PeerId> lazy = new HashSet<>();
    int coins;
    int services;
    int refusals;

    Traffic(int n, int x, long v) throws PPayException {
        for (int i = 0; i < n; i++) {
            PeerId p = Peers.id(i);
            peers.add(p);
            windows.put(p, new SoftCreditWindow(p, x, v));
        }
    }

    SoftCreditWindow at(PeerId p) { return windows.get(p); }

    /** A snapshot of everything a window holds. */
    record State(Map<PeerId, Long> balances, long loss) {
        static State of(SoftCreditWindow w) { return new State(Map.copyOf(w.balances()), w.loss()); }
    }

    /**
     * Server p performs one service for client q if the windows allow, the way honest peers would: if p
     * would not extend credit, q first pays the coin it owes (or a NetLossCap prepayment) when it may.
     *
     * @return whether the service happened
     */
    boolean serve(PeerId p, PeerId q) throws PPayException {
        SoftCreditWindow server = at(p), client = at(q);
        if (!server.wouldExtend(q)) payIfAllowed(q, p);
        State before = State.of(server);
        CreditOutcome outcome;
        try {
            outcome = server.serve(q);
        } catch (PPayException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_REFUSED);
            assertThat(State.of(server)).isEqualTo(before);
            refusals++;
            return false;
        }
        CreditOutcome mirror = client.served(p);
        assertThat(mirror == CreditOutcome.COIN_DUE_TO_PEER).isEqualTo(outcome == CreditOutcome.COIN_DUE_FROM_PEER);
        services++;
        if (outcome == CreditOutcome.COIN_DUE_FROM_PEER) payIfAllowed(q, p);
        return true;
    }

    /** Payer pays payee a coin if it is honest and its window allows; otherwise checks the refusal. */
    void payIfAllowed(PeerId payer, PeerId payee) throws PPayException {
        if (lazy.contains(payer)) return;
        SoftCreditWindow from = at(payer), to = at(payee);
        if (from.mayPayCoin(payee)) {
            from.coinPaid(payee);
            to.coinReceived(payer);
            coins++;
        } else {
            State before = State.of(from);
            try {
                from.coinPaid(payee);
                throw new AssertionError("coinPaid succeeded although mayPayCoin said no");
            } catch (PPayException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED);
                assertThat(State.of(from)).isEqualTo(before);
            }
        }
    }
}
