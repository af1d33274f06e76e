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
    void everyCountMatchesItsEncodingSize() {
        // each signature is 64 bytes and each identity 32: they can never exceed the encoding
        for (MessageFixture.Named n : f.all) {
            Message m = n.message();
            assertThat(64 * m.signatures() + 32 * m.identities()).as(n.name()).isLessThan(m.size());
        }
    }
}
