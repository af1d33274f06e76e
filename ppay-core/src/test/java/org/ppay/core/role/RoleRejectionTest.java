package org.ppay.core.role;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;

/**
 * Bad input at the role API gets a specific code and loses nothing: forged signatures, wrong signers,
 * unknown accounts and coins, stale and expired holdings. Real Ed25519 (the JDK's: the core has no other).
 */
class RoleRejectionTest {
    private World w;
    private World.Peer u, v, x;
    private RawCoin coin;
    private Assignment toV;

    @BeforeEach
    void setUp() throws PPayException {
        w = new World(new JdkEd25519(), Params.defaults());
        u = w.peer("U", 1000, 500);
        v = w.peer("V", 100, 500);
        x = w.peer("X", 100, 500);
        coin = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(coin);
        toV = u.owner.assign(coin.id(), v.key.id(), w.now);
        v.holder.accept(toV, Holder.Context.FRESH, null, w.now);
    }

    private String trail() {
        AuditTrail t = u.owner.trail(coin.id()).orElseThrow();
        return t.currentSeq() + ">" + t.current().orElseThrow().holder() + "#" + t.proofCount();
    }

    @Test
    void aReassignmentRequestWithAForgedSignatureIsRefusedAndTheTrailIsUntouched() {
        ReassignmentRequest good = v.holder.reassignmentRequest(toV, x.key.id());
        ReassignmentRequest forged = new ReassignmentRequest(good.newHolder(), good.current(), good.sig().flipBit(7));
        String before = trail();
        assertThatThrownBy(() -> u.owner.reassign(forged, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(trail()).isEqualTo(before);
    }

    @Test
    void aReassignmentRequestSignedByAnyoneButTheHolderIsRefused() {
        ReassignmentRequest byX = x.holder.reassignmentRequest(toV, x.key.id());   // X signs V's assignment
        String before = trail();
        assertThatThrownBy(() -> u.owner.reassign(byX, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(trail()).isEqualTo(before);
    }

    @Test
    void anAssignmentNotSignedByItsOwnerIsRefusedByTheHolder() {
        byte[] signed = Assignment.signedBytes(x.key.id(), 2, w.now, toV.rb(), toV.re(), coin);       // X "assigns" U's coin
        Assignment fake = new Assignment(x.key.id(), 2, w.now, toV.rb(), toV.re(), coin, false, x.key.sign(signed));
        assertThatThrownBy(() -> x.holder.accept(fake, Holder.Context.REASSIGNED, toV, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(x.holder.count()).isZero();
    }

    @Test
    void anAssignmentForSomeoneElseIsRefusedByTheHolder() {
        assertThatThrownBy(() -> x.holder.accept(toV, Holder.Context.FRESH, null, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_HOLDER));
        assertThat(x.holder.count()).isZero();
    }

    @Test
    void aCashRequestWithABadSignatureLeavesTheBooksAsTheyWere() {
        CashRequest good = v.holder.cashRequest(toV, w.now);
        CashRequest forged = new CashRequest(good.holding(), good.ts(), good.sig().flipBit(100));
        String before = w.books();
        assertThatThrownBy(() -> w.broker.cash(forged, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(w.books()).isEqualTo(before);
        assertThat(w.broker.conserved()).isTrue();
    }

    @Test
    void cashingForAPeerWithoutAnAccountIsRefusedAsUnknownAccount() throws PPayException {
        Holder nobody = new Holder(w.context(w.crypto.signer(World.seed("no account"))));
        RawCoin c = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(c);
        Assignment toNobody = u.owner.assign(c.id(), nobody.id(), w.now);
        String before = w.books();
        assertThatThrownBy(() -> w.broker.cash(nobody.cashRequest(toNobody, w.now), w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ACCOUNT));
        assertThat(w.books()).isEqualTo(before);
    }

    @Test
    void aCoinOfAnotherOwnerIsRefusedAsUnknownCoin() {
        ReassignmentRequest req = v.holder.reassignmentRequest(toV, x.key.id());
        assertThatThrownBy(() -> x.owner.reassign(req, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COIN));
    }

    @Test
    void aRawCoinNotSignedByTheBrokerIsRefused() {
        RawCoin fake = new RawCoin(u.key.id(), 99, u.key.sign(RawCoin.signedBytes(u.key.id(), 99)));
        assertThatThrownBy(() -> u.owner.addRawCoin(fake))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(u.owner.trail(fake.id())).isEmpty();
    }

    @Test
    void aStaleAssignmentIsRefusedAndTheOwnerProducesEvidenceAgainstTheDoubleSpender() throws PPayException {
        Assignment toX = u.owner.reassign(v.holder.reassignmentRequest(toV, x.key.id()), w.now);
        x.holder.accept(toX, Holder.Context.REASSIGNED, toV, w.now);
        String before = trail();
        ReassignmentRequest again = v.holder.reassignmentRequest(toV, v.key.id());   // V spends its old copy
        assertThatThrownBy(() -> u.owner.reassign(again, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RELINQUISHED));
        assertThat(trail()).isEqualTo(before);
        FraudEvidence ev = u.owner.evidence().orElseThrow();
        assertThat(ev.accused()).isEqualTo(v.key.id());
        Detection d = w.broker.punish(ev);
        assertThat(d.culprit()).isEqualTo(v.key.id());
        // No one accepted the void copy, so V pays the penalty alone: 1000 from a deposit of 500, then 500 of balance 100.
        assertThat(w.broker.account(v.key.id()).orElseThrow().deposit()).isZero();
        assertThat(w.broker.account(v.key.id()).orElseThrow().balance()).isEqualTo(100 - 500);
        assertThat(w.broker.conserved()).isTrue();
    }

    @Test
    void evidenceMadeOfOneMessageTwiceProvesNothing() throws PPayException {
        ReassignmentRequest r = v.holder.reassignmentRequest(toV, x.key.id());
        FraudEvidence same = new FraudEvidence(v.key.id(), r, r, null);
        String before = w.books();
        assertThatThrownBy(() -> w.broker.punish(same))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThat(w.books()).isEqualTo(before);
    }

    @Test
    void anExpiredCoinCannotBeReassignedRenewedOrCashed() {
        long late = toV.re() + 1;
        String before = trail();
        String books = w.books();
        assertThatThrownBy(() -> u.owner.reassign(v.holder.reassignmentRequest(toV, x.key.id()), late))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EXPIRED));
        assertThatThrownBy(() -> u.owner.renew(v.holder.renewalRequest(toV), late))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EXPIRED));
        assertThatThrownBy(() -> w.broker.cash(v.holder.cashRequest(toV, late), late))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EXPIRED));
        assertThat(trail()).isEqualTo(before);
        assertThat(w.books()).isEqualTo(books);
    }

    @Test
    void aLayeredCoinPastMaxLayersIsRefused() throws PPayException {
        World.Peer y = w.peer("Y", 0, 0);
        LayeredCoin l1 = v.holder.layer(toV, x.key.id(), w.now);
        x.holder.accept(l1, Holder.Context.LAYERED, toV, w.now);
        LayeredCoin l2 = x.holder.layer(l1, y.key.id(), w.now);
        y.holder.accept(l2, Holder.Context.LAYERED, l1, w.now);
        assertThatThrownBy(() -> y.holder.layer(l2, v.key.id(), w.now))   // Max Layers is 2
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_LAYERS));
        LayeredCoin l3 = new LayeredCoin(v.key.id(), y.key.id(), l2.seq() + 1, l2, y.key.sign(LayeredCoin.signedBytes(v.key.id(), y.key.id(), l2.seq() + 1, l2)));
        assertThatThrownBy(() -> u.owner.reassign(v.holder.reassignmentRequest(l3, x.key.id()), w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_LAYERS));
    }

    @Test
    void renewalBeforeTheWindowOpensIsRefused() throws PPayException {
        Assignment renewed = u.owner.renew(v.holder.renewalRequest(toV), w.now);
        v.holder.accept(renewed, Holder.Context.RENEWED, toV, w.now);
        assertThat(renewed.rb()).isEqualTo(toV.rb() + Params.defaults().renewalWait());
        RenewalRequest tooEarly = v.holder.renewalRequest(renewed);
        String before = trail();
        assertThatThrownBy(() -> u.owner.renew(tooEarly, w.now + 1))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_YET_RENEWABLE));
        assertThat(trail()).isEqualTo(before);
    }

    @Test
    void buyingWithoutFundsIsRefusedAndChargesNothing() throws PPayException {
        World.Peer poor = w.peer("P", 50, 0);
        String before = w.books();
        assertThatThrownBy(() -> w.broker.sellRawCoin(poor.key.id()))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThatThrownBy(() -> w.broker.sellLimitCertificate(poor.key.id(), 1, 10, w.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThat(w.books()).isEqualTo(before);
    }
}
