package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signature and identity counts, by hand from eqs. 1–9: cost models rescale sizes by them. */
class MessageContentCountTest {
    private final MessageFixture f = MessageFixture.FAKE;

    private Message named(String name) {
        return f.all.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().message();
    }

    @Test
    void aRawCoinCarriesTheBrokersSignatureAndTheOwner() {
        assertThat(named("RawCoin").signatures()).isEqualTo(1);
        assertThat(named("RawCoin").identities()).isEqualTo(1);
    }

    @Test
    void aPrintedCoinCarriesItsCertificate() {
        // {sn, {U, l, u}SK_B}SK_U: two signatures, one identity (U, inside the certificate)
        assertThat(named("PrintedCoin").signatures()).isEqualTo(2);
        assertThat(named("PrintedCoin").identities()).isEqualTo(1);
    }

    @Test
    void anAssignmentOfARawCoinCarriesTwoSignaturesAndTwoIdentities() {
        // {V, seq, ts, rb, re, {U, sn}SK_B}SK_U
        assertThat(named("Assignment signed by the owner").signatures()).isEqualTo(2);
        assertThat(named("Assignment signed by the owner").identities()).isEqualTo(2);
    }

    @Test
    void aRefusalCarriesThePayerAndTheRefusedAssignment() {
        // {V, {X, seq, ts, rb, re, {U, sn}SK_B}SK_B, reason}SK_X
        assertThat(named("Refusal").signatures()).isEqualTo(3);
        assertThat(named("Refusal").identities()).isEqualTo(3);
    }

    @Test
    void aPaymentCarriesTheNewAssignmentAndThePayersRequest() {
        // A_UX = {X, .., C}SK_B (2 signatures: it and C; 2 identities: X, U) and R_UVX = {X, A_UV}SK_V (3 and 3)
        assertThat(named("Payment").signatures()).isEqualTo(5);
        assertThat(named("Payment").identities()).isEqualTo(5);
        assertThat(named("PendingNotice").signatures()).isZero();
        assertThat(named("PendingNotice").identities()).isEqualTo(1);
    }

    @Test
    void aFraudReportCarriesBothRelinquishmentsAndTheVictim() {
        // {U, R_UVX (3 sig, 3 ids), P_UVX = {X, V, seq, A_UV}SK_V (3 sig, 4 ids), X}SK_U
        assertThat(named("FraudReport").signatures()).isEqualTo(7);
        assertThat(named("FraudReport").identities()).isEqualTo(9);
        assertThat(named("FraudReport without victim").identities()).isEqualTo(1 + 2 + 3);   // renewal {A_UV}SK_V: V and U
    }

    @Test
    void aRulingCarriesTheCoinsOwnerAndEveryCulprit() {
        assertThat(named("Ruling").signatures()).isEqualTo(1);
        assertThat(named("Ruling").identities()).isEqualTo(3);
        assertThat(named("Ruling without culprits").identities()).isEqualTo(1);
    }

    @Test
    void anAccountRequestCarriesOneSignatureAndOneIdentityAndASaleOneOfEachPerCoin() {
        for (String name : new String[] {"JoinRequest", "FundRequest", "BuyRequest", "LimitRequest", "LeaveRequest", "StatementRequest",
                                         "CollectRequest", "AccountStatement"}) {
            assertThat(named(name).signatures()).as(name).isEqualTo(1);
            assertThat(named(name).identities()).as(name).isEqualTo(1);
        }
        assertThat(named("CoinSale").signatures()).isEqualTo(1 + 3);
        assertThat(named("CoinSale").identities()).isEqualTo(1 + 3);
    }

    @Test
    void pendingActionsCarryEveryActionAndDispute() {
        // {U, (R_UVX: 3 sig 3 ids, A_UX by B: 2 and 2), arbitration {coin U, P_UVX (3, 4), A_UV (2, 2)}SK_B (6, 7)}SK_B
        assertThat(named("PendingActions").signatures()).isEqualTo(1 + 3 + 2 + 6);
        assertThat(named("PendingActions").identities()).isEqualTo(1 + 3 + 2 + 7);
        assertThat(named("PendingActions with nothing pending").signatures()).isEqualTo(1);
    }

    @Test
    void everyCountMatchesItsEncodingSize() {
        // each signature is 64 bytes and each identity 32: they can never exceed the encoding
        for (MessageFixture.Named n : f.all) {
            Message m = n.message();
            assertThat(64 * m.signatures() + 32 * m.identities()).as(n.name()).isLessThan(m.size());
        }
    }
}
