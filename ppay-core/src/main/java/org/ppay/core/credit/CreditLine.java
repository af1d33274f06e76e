package org.ppay.core.credit;

import java.util.function.Supplier;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.CreditState;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Settlement;

/**
 * One payer–payee relation under both peers' credit windows (Section 5.4), as the one settle rule needs it:
 * whether a coin must be paid before the next service, whether the payer may pay one, recording one
 * picopayment on both sides, and settling a coin on both sides. A caller that serves the same relation again
 * and again (a GUESS peer probes the same pong cache) keeps the line.
 */
public sealed interface CreditLine {
    /** The payee at the far end of a line that crosses the network (a daemon): what the payer sends it, and its answer. */
    interface Payee {
        PeerId id();

        Message send(Message m) throws PPayException;
    }

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

    /** A coin, the holding {@code paid}, went from payer to payee: both sides move the balance by x. */
    void settled(Holding paid) throws PPayException;

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

        @Override public void settled(Holding paid) throws PPayException {
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

        @Override public void settled(Holding paid) throws PPayException {
            payer.coinPaid(toPayee);
            payee.coinReceived(fromPayer);
        }
    }

    /**
     * Soft credit windows with a payee across the network: the payer keeps its own side and sends each picopayment
     * as a {@link CreditNote}; the payee decides on credit (it refuses with CREDIT_REFUSED when a coin is due or it
     * is at its NetLossCap). The payer's side says when a coin is owed; a coin is followed by a {@link Settlement}.
     */
    record RemoteSoft(SoftCreditWindow payer, SoftCreditWindow.Link toPayee, Payee payee) implements CreditLine {
        @Override public boolean coinDue() throws PPayException { return payer.credit(toPayee) <= -payer.windowSize(); }

        @Override public boolean mayPayCoin() throws PPayException { return payer.mayPayCoin(toPayee); }

        @Override public boolean picopay(long now, Supplier<byte[]> seeds, CostMeter payerMeter, CostMeter payeeMeter) throws PPayException {
            CreditState s = (CreditState) payee.send(new CreditNote(payer.self(), payee.id()));
            payer.served(toPayee);
            return s.coinDue();
        }

        @Override public void settled(Holding paid) throws PPayException {
            payee.send(new Settlement(payer.self(), payee.id(), paid.coin().id(), paid.seq(), payer.windowSize()));
            payer.coinPaid(toPayee);
        }
    }

    /** Payword with a payee across the network: the commitment and each word are sent to it; it answers whether a coin is due. */
    record RemoteChain(PaywordWindow payer, PaywordWindow.Link toPayee, Payee payee) implements CreditLine {
        @Override public boolean coinDue() throws PPayException { return payer.coinDueTo(toPayee); }

        @Override public boolean mayPayCoin() { return true; }

        @Override public boolean picopay(long now, Supplier<byte[]> seeds, CostMeter payerMeter, CostMeter payeeMeter) throws PPayException {
            if (payer.needsCommitment(toPayee)) {
                try {
                    payee.send(payer.commit(toPayee, seeds.get(), now, payerMeter));
                } catch (PPayException e) {
                    payer.withdraw(toPayee);              // the payee never opened it: words on it would all be refused
                    throw e;
                }
            }
            return ((CreditState) payee.send(payer.pay(toPayee))).coinDue();
        }

        @Override public void settled(Holding paid) throws PPayException {
            payee.send(new Settlement(payer.self(), payee.id(), paid.coin().id(), paid.seq(), payer.windowSize()));
            payer.coinPaid(toPayee);
        }
    }
}
