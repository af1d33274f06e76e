package org.ppay.core.broker;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountRequest;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.StatementRequest;

/**
 * The desk refuses forged, stale, replayed and unfounded requests with their own codes, and a refused
 * request changes nothing: not the accounts, the books or the desk's memory of nonces. Real Ed25519 keys.
 */
class AccountDeskRefusalTest {
    private final DeskWorld d = new DeskWorld(new JdkEd25519());
    private final World w = d.w;
    private final Signer alice = d.key("alice"), mallory = d.key("mallory");
    private final long window = w.params.requestFreshness();

    @BeforeEach
    void aliceHasAnAccount() throws PPayException {
        d.serve(d.join(alice, 1_000, 300), AccountStatement.class);
    }

    @Test
    void aRequestServedOnceIsRefusedAsReplayedWhileItIsFresh() throws PPayException {
        FundRequest fund = d.fund(alice, 250);
        d.serve(fund, AccountStatement.class);
        d.assertRefused(fund, ErrorCode.REPLAYED);                             // it would fund the account twice
        BuyRequest buy = d.buy(alice, 1);
        d.serve(buy, CoinSale.class);
        w.now += window;                                                       // still fresh at the window's edge
        d.assertRefused(buy, ErrorCode.REPLAYED);
        w.now += 1;                                                            // then stale, as its signed time says
        d.assertRefused(buy, ErrorCode.STALE_REQUEST);
    }

    @Test
    void aRequestWhoseTimeLiesOutsideTheFreshnessWindowIsStaleAndAtItsEdgeIsServed() throws PPayException {
        for (long skew : new long[] {-window - 1, window + 1, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2}) {
            d.clientTime = w.now + skew;
            d.assertRefused(d.fund(alice, 10), ErrorCode.STALE_REQUEST);
        }
        StatementRequest farPast = d.statement(alice, 1, Long.MIN_VALUE), farFuture = d.statement(alice, 2, Long.MAX_VALUE);
        d.assertRefused(farPast, ErrorCode.STALE_REQUEST);
        d.assertRefused(farFuture, ErrorCode.STALE_REQUEST);
        for (long skew : new long[] {-window, window}) {
            d.clientTime = w.now + skew;
            d.serve(d.fund(alice, 10), AccountStatement.class);
        }
        assertThat(w.broker.account(alice.id()).orElseThrow().balance()).isEqualTo(1_020);
    }

    @Test
    void aRequestSignedByAnotherKeyOrWithATamperedSignatureIsRefusedAsBadSignature() {
        StatementRequest q = d.statement(alice);
        d.assertRefused(DeskWorld.resigned(q, mallory), ErrorCode.BAD_SIGNATURE);
        d.assertRefused(DeskWorld.resigned(q, w.brokerKey), ErrorCode.BAD_SIGNATURE);
        d.assertRefused(DeskWorld.withSig(q, q.sig().flipBit(9)), ErrorCode.BAD_SIGNATURE);
        FundRequest byMallory = d.fund(mallory, 500);
        FundRequest forAlice = new FundRequest(alice.id(), 500, byMallory.nonce(), byMallory.time(), byMallory.sig());
        d.assertRefused(forAlice, ErrorCode.BAD_SIGNATURE);                  // mallory cannot fund, buy or leave for alice
    }

    @Test
    void everyRequestAboutAnAccountNobodyOpenedIsRefusedAsUnknownAccount() {
        List<AccountRequest> requests = List.of(d.fund(mallory, 10), d.buy(mallory, 1), d.limit(mallory, 1, 5), d.leave(mallory),
            d.statement(mallory), d.collect(mallory));
        for (AccountRequest q : requests) d.assertRefused(q, ErrorCode.UNKNOWN_ACCOUNT);
    }

    @Test
    void aSecondJoinOfOneKeyIsRefusedAsDuplicateAccount() {
        d.assertRefused(d.join(alice, 5, 5), ErrorCode.DUPLICATE_ACCOUNT);
    }

    @Test
    void aPurchaseTheBalanceCannotCoverSellsNoCoinAtAll() {
        int affordable = (int) (1_000 / w.params.coinValue());
        d.assertRefused(d.buy(alice, affordable + 1), ErrorCode.INSUFFICIENT_FUNDS);
        d.assertRefused(d.limit(alice, 1, affordable + 1), ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(w.broker.account(alice.id()).orElseThrow().prepaid()).isZero();
    }

    @Test
    void aRequestTheBrokerRefusedIsNotRememberedSoTheSameSignedRequestMaySucceedLater() throws PPayException {
        BuyRequest tooMany = d.buy(alice, 12);                                 // 1 200 > 1 000
        d.assertRefused(tooMany, ErrorCode.INSUFFICIENT_FUNDS);
        d.serve(d.fund(alice, 500), AccountStatement.class);
        CoinSale sale = d.serve(tooMany, CoinSale.class);                     // same nonce, same signature
        assertThat(sale.coins()).hasSize(12);
        d.assertRefused(tooMany, ErrorCode.REPLAYED);
    }

    @Test
    void aClosedAccountCanAskForItsStatementButNotBeFundedOrBuy() throws PPayException {
        d.serve(d.leave(alice), AccountStatement.class);
        d.assertRefused(d.fund(alice, 10), ErrorCode.ACCOUNT_CLOSED);
        d.assertRefused(d.buy(alice, 1), ErrorCode.ACCOUNT_CLOSED);
        d.assertRefused(d.leave(alice), ErrorCode.ACCOUNT_CLOSED);
        assertThat(d.serve(d.statement(alice), AccountStatement.class).status()).isEqualTo(AccountStatement.Status.CLOSED);
    }

    @Test
    void oneNonceUsedByTwoAccountsIsNotAReplay() throws PPayException {
        d.serve(d.join(mallory, 10, 0), AccountStatement.class);
        d.serve(d.statement(alice, 7, d.clientTime), AccountStatement.class);
        d.serve(d.statement(mallory, 7, d.clientTime), AccountStatement.class);
        d.assertRefused(d.statement(alice, 7, d.clientTime + 1), ErrorCode.REPLAYED);   // a new time does not make an old nonce new
    }
}
