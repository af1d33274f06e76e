package org.ppay.core.broker;

import org.ppay.core.testing.World;
import org.ppay.core.role.Owner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.PPayException;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.PendingActions;
import org.ppay.core.msg.RawCoin;

/**
 * Every account request end to end through the {@link AccountDesk}, signed with real Ed25519 keys (the JDK's):
 * what each does to the broker's accounts and books, and that every answer carries the broker's signature and
 * the request's nonce. Refusals are in {@link AccountDeskRefusalTest}.
 */
class AccountDeskTest {
    private final DeskWorld d = new DeskWorld(new JdkEd25519());
    private final World w = d.w;
    private final Signer alice = d.key("alice");

    @Test
    void aPeerJoinsWithASignedRequestAndGetsAStatementTheBrokerSignedForThatNonce() throws PPayException {
        long in = w.broker.moneyIn();
        AccountStatement s = d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        assertThat(s.account()).isEqualTo(alice.id());
        assertThat(s.balance()).isEqualTo(1_000);
        assertThat(s.deposit()).isEqualTo(300);
        assertThat(s.prepaid()).isZero();
        assertThat(s.status()).isEqualTo(AccountStatement.Status.ACTIVE);
        assertThat(s.nonce()).isEqualTo(d.lastNonce());
        assertThat(s.time()).isEqualTo(w.now);
        assertThat(w.broker.account(alice.id()).orElseThrow().balance()).isEqualTo(1_000);
        assertThat(w.broker.moneyIn()).isEqualTo(in + 1_300);
    }

    @Test
    void fundingAddsToTheBalanceAndToTheMoneyThatEnteredTheSystem() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        long in = w.broker.moneyIn();
        AccountStatement s = d.serve(d.fund(alice, 250), AccountStatement.class);
        assertThat(s.balance()).isEqualTo(1_250);
        assertThat(s.nonce()).isEqualTo(d.lastNonce());
        assertThat(w.broker.moneyIn()).isEqualTo(in + 250);
    }

    @Test
    void buyingSellsEveryCoinAskedForEachSignedByTheBrokerAndPrepaid() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        CoinSale sale = d.serve(d.buy(alice, 3), CoinSale.class);
        assertThat(sale.nonce()).isEqualTo(d.lastNonce());
        assertThat(sale.coins()).hasSize(3).extracting(RawCoin::owner).containsOnly(alice.id());
        assertThat(sale.coins()).extracting(RawCoin::sn).doesNotHaveDuplicates();
        for (RawCoin c : sale.coins()) w.context(w.brokerKey).verifyCoin(org.ppay.core.cost.Task.ISSUE, c);                   // eq. 1: each coin is the broker's
        Books.Account a = w.broker.account(alice.id()).orElseThrow();
        long coin = w.params.coinValue();
        assertThat(a.balance()).isEqualTo(1_000 - 3 * coin);
        assertThat(a.prepaid()).isEqualTo(3 * coin);
    }

    @Test
    void aLimitRequestIsAnsweredByTheCertificateItselfPrepaidForEverySerialItCovers() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        LimitCertificate c = d.serve(d.limit(alice, 10, 14), LimitCertificate.class);
        assertThat(c.owner()).isEqualTo(alice.id());
        assertThat(c.liml()).isEqualTo(10);
        assertThat(c.limu()).isEqualTo(14);
        assertThat(c.expiry()).isEqualTo(w.now + w.params.certificateLifetime());
        assertThat(w.broker.account(alice.id()).orElseThrow().prepaid()).isEqualTo(5 * w.params.coinValue());
    }

    @Test
    void leavingClosesTheAccountAndGivesBackThePrepaidValueAndTheDeposit() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        d.serve(d.buy(alice, 2), CoinSale.class);
        AccountStatement s = d.serve(d.leave(alice), AccountStatement.class);
        assertThat(s.status()).isEqualTo(AccountStatement.Status.CLOSED);
        assertThat(s.balance()).isEqualTo(1_300);                            // 2 unused coins and the deposit back (Section 4.2)
        assertThat(s.prepaid()).isZero();
        assertThat(s.deposit()).isZero();
        assertThat(w.broker.account(alice.id()).orElseThrow().status()).isEqualTo(Books.Status.CLOSED);
    }

    @Test
    void aStatementReportsTheAccountAsTheBrokerKeepsItAndChangesNothing() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
        d.serve(d.buy(alice, 1), CoinSale.class);
        String books = w.books();
        AccountStatement s = d.serve(d.statement(alice), AccountStatement.class);
        Books.Account a = w.broker.account(alice.id()).orElseThrow();
        assertThat(List.of(s.balance(), s.deposit(), s.prepaid(), s.frauds())).containsExactly(a.balance(), a.deposit(), a.prepaid(), (long) a.frauds());
        assertThat(w.books()).isEqualTo(books);
    }

    @Test
    void aReturningOwnerCollectsWhatTheBrokerDidForItsCoinsAndTheDisputesWaitingForIt() throws PPayException {
        World.Peer u = w.peer("U", 1_000, 500), v = w.peer("V", 100, 500), x = w.peer("X", 100, 500);
        RawCoin served = w.broker.sellRawCoin(u.key.id()), disputed = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(served);
        u.owner.addRawCoin(disputed);
        Assignment toV = u.owner.assign(served.id(), v.key.id(), w.now);
        Assignment issued = w.broker.reassignForOffline(v.holder.reassignmentRequest(toV, x.key.id()), w.now);   // U is down
        Assignment toV2 = u.owner.assign(disputed.id(), v.key.id(), w.now);
        Assignment toX = new Assignment(x.key.id(), toV2.seq(), toV2.ts(), toV2.rb(), toV2.re(), disputed, false,
            u.key.sign(Assignment.signedBytes(x.key.id(), toV2.seq(), toV2.ts(), toV2.rb(), toV2.re(), disputed)));   // U spends it twice
        w.broker.cash(v.holder.cashRequest(toV2, w.now), w.now);
        w.broker.cash(x.holder.cashRequest(toX, w.now), w.now);                  // a second claim: the owner must answer

        PendingActions p = d.serve(d.collect(u.key), PendingActions.class);
        assertThat(p.more()).isFalse();
        assertThat(p.actions()).singleElement().satisfies(a -> {
            assertThat(a.issued()).isEqualTo(issued);
            assertThat(a.request().relinquisher()).isEqualTo(v.key.id());
        });
        assertThat(p.disputes()).singleElement().satisfies(r -> assertThat(r.coin()).isEqualTo(disputed.id()));
        List<Owner.BrokerAction> actions = p.actions().stream().map(a -> new Owner.BrokerAction(a.request(), a.issued())).toList();
        assertThat(u.owner.auditBrokerActions(actions)).as("nothing to object to").isEmpty();
        assertThat(u.owner.trail(served.id()).orElseThrow().currentSeq()).isEqualTo(issued.seq());

        PendingActions next = d.serve(d.collect(u.key), PendingActions.class);
        assertThat(next.actions()).as("each action is handed over once").isEmpty();
        assertThat(next.disputes()).as("a dispute waits until it is answered").hasSize(1);
    }
}
