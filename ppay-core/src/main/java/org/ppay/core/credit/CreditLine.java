package org.ppay.core.credit;

import java.util.function.Supplier;
import org.ppay.core.PPayException;
import org.ppay.core.cost.CostMeter;

/**
 * One payer–payee relation under both peers' credit windows (Section 5.4), as the one settle rule needs it:
 * whether a coin must be paid before the next service, whether the payer may pay one, recording one
 * picopayment on both sides, and settling a coin on both sides. A caller that serves the same relation again
 * and again (a GUESS peer probes the same pong cache) keeps the line.
 */
public sealed interface CreditLine {
    /** Before a service: the payee gives no more credit until a coin is paid. */
    boolean coinDue() throws PPayException;

    /** Whether the payer may pay the payee a coin now (NetLossCap, Section 5.4). */
    boolean mayPayCoin() throws PPayException;

    /**
     * Records one picopayment for one service on both sides; {@code seeds} gives a new chain's 32-byte seed.
     *
     * @return whether a coin is now due from the payer
     */
    boolean picopay(long now, Supplier<byte[]> seeds, CostMeter payerMeter, CostMeter payeeMeter) throws PPayException;

    /** A coin went from payer to payee: both sides move the balance by x. */
    void settled() throws PPayException;

    /** Soft credit windows: an unsigned balance each side; the payee (server) decides whether to extend credit. */
    record Soft(SoftCreditWindow payer, SoftCreditWindow.Link toPayee, SoftCreditWindow payee, SoftCreditWindow.Link fromPayer)
            implements CreditLine {
        @Override public boolean coinDue() throws PPayException { return !payee.wouldExtend(fromPayer); }

        @Override public boolean mayPayCoin() throws PPayException { return payer.mayPayCoin(toPayee); }

        @Override public boolean picopay(long now, Supplier<byte[]> seeds, CostMeter payerMeter, CostMeter payeeMeter) throws PPayException {
            CreditOutcome o = payee.serve(fromPayer);
            payer.served(toPayee);
            return o == CreditOutcome.COIN_DUE_FROM_PEER;
        }

        @Override public void settled() throws PPayException {
            payer.coinPaid(toPayee);
            payee.coinReceived(fromPayer);
        }
    }

    /** Payword: the payer releases the next word of a signed hash chain; a spent chain is worth one coin. */
    record Chain(PaywordWindow payer, PaywordWindow.Link toPayee, PaywordWindow payee, PaywordWindow.Link fromPayer)
            implements CreditLine {
        @Override public boolean coinDue() throws PPayException { return payer.coinDueTo(toPayee); }

        /** Payword carries no credit risk, so no cap holds a coin back. */
        @Override public boolean mayPayCoin() { return true; }

        @Override public boolean picopay(long now, Supplier<byte[]> seeds, CostMeter payerMeter, CostMeter payeeMeter) throws PPayException {
            if (payer.needsCommitment(toPayee)) payee.open(fromPayer, payer.commit(toPayee, seeds.get(), now, payerMeter), payeeMeter);
            return payee.receive(fromPayer, payer.pay(toPayee), payeeMeter) == CreditOutcome.COIN_DUE_FROM_PEER;
        }

        @Override public void settled() throws PPayException {
            payer.coinPaid(toPayee);
            payee.coinReceived(fromPayer);
        }
    }
}
