package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.msg.CreditState;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

/**
 * A Payword commitment that never reached its payee (a busy or dead peer, found by the daemons) left the payer with a
 * chain the payee never opened: every later word was refused BAD_PAYWORD, and the pair could never trade again.
 */
class PaywordLostCommitmentTest {
    private final PaywordWindow payer = new PaywordWindow(Peers.signer(1), Peers.VERIFIER, 10);
    private final PaywordWindow payee = new PaywordWindow(Peers.signer(2), Peers.VERIFIER, 10);

    PaywordLostCommitmentTest() throws PPayException {}

    /** The payee across a network that loses what it is told to while {@code down}. */
    private final class Far implements CreditLine.Payee {
        boolean down;

        @Override public PeerId id() { return payee.self(); }

        @Override public Message send(Message m) throws PPayException {
            if (down) throw new PPayException(ErrorCode.OFFLINE, "the payee does not answer");
            if (m instanceof PaywordCommitment c) {
                payee.open(c, CostMeter.NONE);
                return null;
            }
            return new CreditState(payee.self(), payer.self(), payee.receive((Payword) m, CostMeter.NONE) == CreditOutcome.COIN_DUE_FROM_PEER);
        }
    }

    @Test
    void aCommitmentThatNeverArrivedIsWithdrawnAndTheNextPicopaymentCommitsAgain() throws PPayException {
        Far far = new Far();
        CreditLine line = payer.lineTo(far);
        far.down = true;
        assertThatThrownBy(() -> line.picopay(1, () -> Peers.bytes32(7), CostMeter.NONE, CostMeter.NONE)).isInstanceOf(PPayException.class);
        far.down = false;
        for (int i = 0; i < 3; i++) line.picopay(2, () -> Peers.bytes32(8), CostMeter.NONE, CostMeter.NONE);
        assertThat(payee.credit(payer.self())).isEqualTo(3);
    }

    @Test
    void aPayeeTakesANewCommitmentOverAnAccountCreditedNothingButNotOverOneThatProvesDebt() throws PPayException {
        PaywordCommitment lost = payer.commit(payee.self(), Peers.bytes32(7), 1, CostMeter.NONE);
        payee.open(lost, CostMeter.NONE);                     // opened, but its answer was lost: the payer withdraws
        payer.withdraw(payer.link(payee.self()));
        payee.open(payer.commit(payee.self(), Peers.bytes32(8), 2, CostMeter.NONE), CostMeter.NONE);
        payee.receive(payer.pay(payee.self()), CostMeter.NONE);
        PaywordWindow other = new PaywordWindow(Peers.signer(1), Peers.VERIFIER, 10);
        PPayException refused = org.junit.jupiter.api.Assertions.assertThrows(PPayException.class,
            () -> payee.open(other.commit(payee.self(), Peers.bytes32(9), 3, CostMeter.NONE), CostMeter.NONE));
        assertThat(refused.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED);
    }
}
