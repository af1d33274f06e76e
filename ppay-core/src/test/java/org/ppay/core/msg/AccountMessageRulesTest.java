package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ppay.core.msg.Decoding.assertMalformed;
import static org.ppay.core.msg.StructuralRulesTest.signedBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * Structural rules of signed account requests and the broker's answers: amounts, counts and limits outside
 * their domains, unknown statuses, coins or actions of another account, and answers too large for one message
 * are MALFORMED (and cannot be built), whatever the signatures say.
 */
class AccountMessageRulesTest {
    private static final MessageFixture F = MessageFixture.FAKE;
    private static final Sig JUNK = MessageFixture.junkSig();
    private static final PeerId V = F.v.id();

    /** A request of the given tag with the given i64 fields, signed by its account, V. */
    private static byte[] request(int tag, long... fields) {
        return signedBy(F.v, AccountRequestLayout.signedBytes(tag, V, 1, MessageFixture.TS, fields));
    }

    @Test
    void accountRequestFieldsOutsideTheirDomainsAreMalformed() {
        for (long[] f : new long[][] {{-1, 0}, {0, -1}, {Long.MIN_VALUE, 5}}) assertMalformed(request(Tag.JOIN_REQUEST, f));
        for (long amount : new long[] {0, -1, Long.MIN_VALUE}) assertMalformed(request(Tag.FUND_REQUEST, amount));
        for (long count : new long[] {0, -1, BuyRequest.MAX_COUNT + 1, (1L << 32) + 3, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertMalformed(request(Tag.BUY_REQUEST, count));
        }
        for (long[] f : new long[][] {{0, 5}, {-1, 5}, {6, 5}, {Long.MIN_VALUE, Long.MAX_VALUE}}) assertMalformed(request(Tag.LIMIT_REQUEST, f));
        assertThatThrownBy(() -> new FundRequest(V, 0, 1, 1, JUNK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BuyRequest(V, BuyRequest.MAX_COUNT + 1, 1, 1, JUNK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimitRequest(V, 0, 0, 1, 1, JUNK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JoinRequest(V, -1, 0, 1, 1, JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountRequestFieldsAtTheEdgesOfTheirDomainsDecode() throws PPayException {
        assertThat(Codec.decode(request(Tag.JOIN_REQUEST, 0, 0), JoinRequest.class).deposit()).isZero();
        assertThat(Codec.decode(request(Tag.FUND_REQUEST, Long.MAX_VALUE), FundRequest.class).amount()).isEqualTo(Long.MAX_VALUE);
        assertThat(Codec.decode(request(Tag.BUY_REQUEST, 1), BuyRequest.class).count()).isEqualTo(1);
        assertThat(Codec.decode(request(Tag.BUY_REQUEST, BuyRequest.MAX_COUNT), BuyRequest.class).count()).isEqualTo(BuyRequest.MAX_COUNT);
        assertThat(Codec.decode(request(Tag.LIMIT_REQUEST, 1, 1), LimitRequest.class).limu()).isEqualTo(1);
    }

    @Test
    void theNonceAndTimeOfARequestAreSignedSoChangingEitherBreaksTheSignature() throws PPayException {
        for (AccountRequest q : List.of(F.joinRequest, F.fundRequest, F.buyRequest, F.limitRequest, F.leaveRequest, F.statementRequest, F.collectRequest)) {
            byte[] enc = q.encode();
            int timeAt = enc.length - Sig.LENGTH - 8, nonceAt = timeAt - 8;
            for (int at : new int[] {nonceAt, timeAt + 7}) {
                byte[] b = enc.clone();
                b[at] ^= 1;
                AccountRequest changed = Codec.decode(b, AccountRequest.class);
                assertThat(changed.nonce() != q.nonce() || changed.time() != q.time()).isTrue();
                assertThatThrownBy(() -> F.verify(changed))
                    .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(org.ppay.core.ErrorCode.BAD_SIGNATURE));
            }
        }
    }

    @Test
    void anAccountStatementWithAnUnknownStatusANegativeDepositOrNegativeFraudsIsMalformed() {
        for (int status : new int[] {0, 5, 255}) {
            assertMalformed(signedBy(F.broker, new Writer().u8(Tag.ACCOUNT_STATEMENT).peer(V).i64(1).i64(0).i64(0).u8(status).i64(0)
                .i64(1).i64(1).bytes()));
        }
        AccountStatement.Status active = AccountStatement.Status.ACTIVE;
        assertMalformed(signedBy(F.broker, AccountStatement.signedBytes(V, 10, -1, 0, active, 0, 1, 1)));
        assertMalformed(signedBy(F.broker, AccountStatement.signedBytes(V, 10, 0, 0, active, -1, 1, 1)));
        assertThatCode(() -> Codec.decode(signedBy(F.broker, AccountStatement.signedBytes(V, Long.MIN_VALUE, 0, -100, active, 0, 1, 1))))
            .as("a debt, and prepaid value taken by coins cashed after their owner left").doesNotThrowAnyException();
    }

    @Test
    void aCoinSaleOfNoCoinsOfAnotherOwnersCoinOrOfOneSerialTwiceIsMalformed() {
        RawCoin vs = new RawCoin(V, 3, F.broker.sign(RawCoin.signedBytes(V, 3)));
        List<List<RawCoin>> bad = List.of(List.of(), List.of(F.rawCoin, vs), List.of(F.rawCoin, F.rawCoin));
        for (List<RawCoin> coins : bad) {
            assertMalformed(signedBy(F.broker, CoinSale.signedBytes(F.owner.id(), 1, coins)));
            assertThatThrownBy(() -> new CoinSale(F.owner.id(), 1, coins, JUNK)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aCoinSaleOfTheMostCoinsOneRequestBuysRoundTripsAndOneMoreCannotBeBuilt() throws PPayException {
        List<RawCoin> coins = new ArrayList<>();
        for (int i = 0; i < BuyRequest.MAX_COUNT; i++) coins.add(F.rawCoin(100 + i));
        CoinSale sale = new CoinSale(F.owner.id(), 1, coins, F.broker.sign(CoinSale.signedBytes(F.owner.id(), 1, coins)));
        assertThat(Codec.decode(sale.encode())).isEqualTo(sale);
        coins.add(F.rawCoin(99));
        assertThatThrownBy(() -> new CoinSale(F.owner.id(), 1, coins, JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokerActionWhoseAssignmentDoesNotFollowItsRequestIsMalformed() {
        ReassignmentRequest r = F.reassignment;                                       // V gives seq 1 up to X
        List<Assignment> bad = List.of(
            F.assign(F.owner, F.x.id(), 2, F.rawCoin, false),                         // the owner's, not the broker's
            F.assign(F.broker, F.x.id(), 2, F.printedCoin, true),                     // another coin
            F.assign(F.broker, F.y.id(), 2, F.rawCoin, true),                         // another holder
            F.assign(F.broker, F.x.id(), 1, F.rawCoin, true));                        // not after the relinquished seq
        for (Assignment issued : bad) {
            assertThatThrownBy(() -> new PendingActions.Action(r, issued)).isInstanceOf(IllegalArgumentException.class);
            byte[] signed = new Writer().u8(Tag.PENDING_ACTIONS).peer(F.owner.id()).i64(1).u8(1).nested(r).nested(issued).u8(0).bool(false).bytes();
            assertMalformed(signedBy(F.broker, signed));
        }
    }

    @Test
    void pendingActionsOnAnotherOwnersCoinsAreMalformed() {
        List<PendingActions.Action> actions = F.pendingActions.actions();
        List<ArbitrationRequest> disputes = F.pendingActions.disputes();
        assertMalformed(signedBy(F.broker, PendingActions.signedBytes(V, 1, actions, List.of(), false)));
        assertMalformed(signedBy(F.broker, PendingActions.signedBytes(V, 1, List.of(), disputes, false)));
        assertThatThrownBy(() -> new PendingActions(V, 1, actions, List.of(), false, JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pendingActionsThatWouldNotFitInOneMessageCannotBeBuiltAndTheirBytesAreMalformed() {
        List<ArbitrationRequest> many = Collections.nCopies(PendingActions.MAX_ENTRIES, F.arbitrationRequest);
        assertThat(PendingActions.fits(List.of(), many)).isFalse();
        assertThatThrownBy(() -> new PendingActions(F.owner.id(), 1, List.of(), many, true, JUNK))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Reader.MAX_MESSAGE));
        byte[] body = PendingActions.signedBytes(F.owner.id(), 1, List.of(), many, true);
        assertThat(body.length).isGreaterThan(Reader.MAX_MESSAGE);
        assertMalformed(signedBy(F.broker, body));
        List<PendingActions.Action> tooMany = Collections.nCopies(PendingActions.MAX_ENTRIES + 1, F.pendingActions.actions().get(0));
        assertThat(PendingActions.fits(tooMany, List.of())).isFalse();
    }

    @Test
    void asManyDisputesAsFitRoundTrip() throws PPayException {
        List<ArbitrationRequest> disputes = new ArrayList<>();
        while (PendingActions.fits(List.of(), append(disputes, F.arbitrationRequest))) disputes.add(F.arbitrationRequest);
        assertThat(disputes).hasSizeGreaterThan(1);
        PendingActions p = new PendingActions(F.owner.id(), 1, List.of(), disputes, true,
            F.broker.sign(PendingActions.signedBytes(F.owner.id(), 1, List.of(), disputes, true)));
        assertThat(p.size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
        assertThat(Codec.decode(p.encode())).isEqualTo(p);
    }

    private static <T> List<T> append(List<T> l, T t) {
        List<T> out = new ArrayList<>(l);
        out.add(t);
        return out;
    }

    @Test
    void aCountOfActionsOrDisputesThatDisagreesWithItsListIsMalformed() {
        byte[] enc = F.pendingActions.encode();
        int actionsAt = 1 + 32 + 8;
        int disputesAt = actionsAt + 1 + 4 + F.reassignment.size() + 4 + F.brokerAssignment.size();
        for (int at : new int[] {actionsAt, disputesAt}) {
            assertThat(enc[at]).isEqualTo((byte) 1);
            Decoding.assertMalformedWithByte(enc, at, 0, 2, 255);
        }
    }
}
