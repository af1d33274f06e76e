package org.ppay.core.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.credit.PaywordAccount;
import org.ppay.core.credit.PaywordChain;
import org.ppay.core.msg.ChainReceipt;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.Payword;
import org.ppay.core.testing.FakeCrypto;
import org.ppay.core.testing.World;

/** The broker honours partial Payword chains (Section 5.4): once each, for the words spent, one verification and a hash per word. */
class ChainRedemptionTest {
    private final World w = new World(new FakeCrypto(), Params.builder().creditWindowSize(10).build());

    @Test
    void aPartialChainPaysItsPayeeForTheWordsSpentOutOfThePayersBalance() throws PPayException {
        World.Peer payer = w.peer("payer", 10_000, 0), payee = w.peer("payee", 0, 0);
        PaywordChain chain = PaywordChain.create(payer.key, payee.key.id(), World.seed("chain"), 10, 5, CostMeter.NONE);
        PaywordAccount account = PaywordAccount.open(chain.commitment(), payee.key.id(), w.crypto.verifier(), CostMeter.NONE);
        for (int i = 0; i < 4; i++) account.accept(chain.next(), CostMeter.NONE);
        CountingCostMeter meter = (CountingCostMeter) w.broker.context().meter();
        long verifies = meter.count(CostAction.VERIFY), hashes = meter.count(CostAction.HASH);

        ChainReceipt r = (ChainReceipt) w.broker.receive(new ChainRedemption(account.commitment(), account.lastPayword()), w.now);

        assertThat(r.words()).isEqualTo(4);
        assertThat(r.credited()).isEqualTo(4 * w.params.coinValue() / 10);
        assertThat(w.broker.account(payee.key.id()).orElseThrow().balance()).isEqualTo(r.credited());
        assertThat(w.broker.account(payer.key.id()).orElseThrow().balance()).isEqualTo(10_000 - r.credited());
        assertThat(w.broker.conserved()).isTrue();
        assertThat(meter.count(CostAction.VERIFY) - verifies).as("the commitment's signature").isEqualTo(1);
        assertThat(meter.count(CostAction.HASH) - hashes).as("one hash per word, back to the root").isEqualTo(4);
        assertThat(meter.count(Task.CASH, CostAction.SIGN)).as("the receipt").isEqualTo(1);
        assertThat(w.crypto.verifier().verify(w.brokerKey.id(), r.signedBytes(), r.brokerSig())).isTrue();

        String books = w.books();
        assertThatThrownBy(() -> w.broker.receive(new ChainRedemption(account.commitment(), account.lastPayword()), w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_CASHED));
        assertThat(w.books()).as("paid once").isEqualTo(books);
    }

    @Test
    void aWordThatDoesNotHashBackToTheRootIsRefused() throws PPayException {
        World.Peer payer = w.peer("payer", 10_000, 0), payee = w.peer("payee", 0, 0);
        PaywordChain chain = PaywordChain.create(payer.key, payee.key.id(), World.seed("chain"), 10, 5, CostMeter.NONE);
        String books = w.books();
        Payword forged = new Payword(payer.key.id(), 7, World.seed("not a word of the chain"));
        assertThatThrownBy(() -> w.broker.receive(new ChainRedemption(chain.commitment(), forged), w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_PAYWORD));
        assertThat(w.books()).isEqualTo(books);
    }
}
