package org.ppay.scenario;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.credit.CreditOutcome;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.msg.Payword;

/**
 * Picopayments between scenario peers (Section 5.4): soft credit windows with NetLossCap, or Payword
 * chains, settling in coins paid by the payer's own coin choice. Lazy peers (Section 7.2.3) never pay.
 */
final class CreditLedger {
    private final Map<ScenarioRunner.Node, SoftCreditWindow> scw = new HashMap<>();
    private final Map<ScenarioRunner.Node, PaywordWindow> payword = new HashMap<>();
    private final Set<ScenarioRunner.Node> lazy = new HashSet<>();
    private long chains;

    void lazy(ScenarioRunner.Node n) { lazy.add(n); }

    /** {@code p} performs one service for {@code q}; q pays one picopayment. */
    void serve(ScenarioRunner r, ScenarioRunner.Node p, ScenarioRunner.Node q) throws PPayException {
        if (r.params().creditWindowType() == Params.CreditWindowType.SCW) serveScw(r, p, q); else servePayword(r, p, q);
    }

    private void serveScw(ScenarioRunner r, ScenarioRunner.Node p, ScenarioRunner.Node q) throws PPayException {
        SoftCreditWindow wp = scw(r, p), wq = scw(r, q);
        if (!wp.wouldExtend(q.id())) {
            // p gives no more credit (a coin is due, or p is at its NetLossCap): q must pay a coin first.
            if (lazy.contains(q)) throw new PPayException(ErrorCode.CREDIT_REFUSED, q.name + " is lazy and will not pay " + p.name + " a coin");
            if (!wq.mayPayCoin(p.id())) {
                throw new PPayException(ErrorCode.CREDIT_REFUSED, p.name + " refuses credit and " + q.name + " may not pay it a coin (NetLossCap)");
            }
            settle(r, q, p, wq, wp);
        }
        CreditOutcome o = wp.serve(q.id());
        wq.served(p.id());
        if (o == CreditOutcome.COIN_DUE_FROM_PEER && !lazy.contains(q) && wq.mayPayCoin(p.id())) settleLater(r, q, p, wq, wp);
    }

    /** The service is done; if q cannot pay the coin now it stays due and p extends no more credit. */
    private static void settleLater(ScenarioRunner r, ScenarioRunner.Node payer, ScenarioRunner.Node payee,
                                    SoftCreditWindow wPayer, SoftCreditWindow wPayee) {
        try {
            settle(r, payer, payee, wPayer, wPayee);
        } catch (PPayException e) {
            // left due: the next service asks for the coin first and reports why it cannot be paid
        }
    }

    private static void settle(ScenarioRunner r, ScenarioRunner.Node payer, ScenarioRunner.Node payee,
                               SoftCreditWindow wPayer, SoftCreditWindow wPayee) throws PPayException {
        r.payCoin(payer, payee);
        wPayer.coinPaid(payee.id());
        wPayee.coinReceived(payer.id());
    }

    private void servePayword(ScenarioRunner r, ScenarioRunner.Node p, ScenarioRunner.Node q) throws PPayException {
        PaywordWindow wp = payword(r, p), wq = payword(r, q);
        if (wq.coinDueTo(p.id())) {
            if (lazy.contains(q)) throw new PPayException(ErrorCode.CREDIT_REFUSED, q.name + " is lazy and will not pay " + p.name + " a coin");
            settlePayword(r, q, p, wq, wp);
        }
        if (wq.needsCommitment(p.id())) {
            byte[] seed = Hashes.sha256(("chain:" + q.name + ">" + p.name + ":" + (chains++)).getBytes(StandardCharsets.UTF_8));
            wp.open(wq.commit(p.id(), seed, r.now(), q.meter), p.meter);
        }
        Payword w = wq.pay(p.id());
        if (wp.receive(w, p.meter) == CreditOutcome.COIN_DUE_FROM_PEER && !lazy.contains(q)) {
            try {
                settlePayword(r, q, p, wq, wp);
            } catch (PPayException e) {
                // left due, as for soft credit windows
            }
        }
    }

    private static void settlePayword(ScenarioRunner r, ScenarioRunner.Node payer, ScenarioRunner.Node payee,
                                      PaywordWindow wPayer, PaywordWindow wPayee) throws PPayException {
        r.payCoin(payer, payee);
        wPayer.coinPaid(payee.id());
        wPayee.coinReceived(payer.id());
    }

    /** p's view of what q owes it, in picopayments. */
    long view(ScenarioRunner.Node p, ScenarioRunner.Node q) {
        SoftCreditWindow w = scw.get(p);
        if (w != null) return w.credit(q.id());
        PaywordWindow pw = payword.get(p);
        return pw == null ? 0 : pw.credit(q.id()) - pw.debt(q.id());
    }

    /** p's potential credit loss l_p (soft credit windows only; Payword carries no credit risk). */
    long loss(ScenarioRunner.Node p) {
        SoftCreditWindow w = scw.get(p);
        return w == null ? 0 : w.loss();
    }

    private SoftCreditWindow scw(ScenarioRunner r, ScenarioRunner.Node n) throws PPayException {
        SoftCreditWindow w = scw.get(n);
        if (w == null) {
            w = new SoftCreditWindow(n.id(), Math.toIntExact(r.params().creditWindowSize()), r.params().netLossCap());
            scw.put(n, w);
        }
        return w;
    }

    private PaywordWindow payword(ScenarioRunner r, ScenarioRunner.Node n) throws PPayException {
        PaywordWindow w = payword.get(n);
        if (w == null) {
            w = new PaywordWindow(n.signer, r.verifier(), Math.toIntExact(r.params().creditWindowSize()));
            payword.put(n, w);
        }
        return w;
    }
}
