package org.ppay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/** The simulator's stand-in must behave like a signature for honest and tampered traffic alike. */
class CountingCryptoTest {
    private final CountingCrypto crypto = new CountingCrypto();
    private final Verifier verifier = crypto.verifier();
    private final byte[] message = "coin 17 to V".getBytes(StandardCharsets.US_ASCII);

    private static byte[] seed(int b) {
        byte[] s = new byte[32];
        s[0] = (byte) b;
        return s;
    }

    @Test
    void itVerifiesItsOwnSignatures() {
        Signer signer = crypto.signer(seed(1));
        assertThat(verifier.verify(signer.id(), message, signer.sign(message))).isTrue();
        assertThat(verifier.verify(signer.id(), new byte[0], signer.sign(new byte[0]))).isTrue();
    }

    @Test
    void itIsDeterministicFromTheSeed() {
        assertThat(crypto.signer(seed(1)).id()).isEqualTo(crypto.signer(seed(1)).id());
        assertThat(crypto.signer(seed(1)).sign(message)).isEqualTo(crypto.signer(seed(1)).sign(message));
        assertThat(crypto.signer(seed(1)).id()).isNotEqualTo(crypto.signer(seed(2)).id());
    }

    @Test
    void itRejectsEveryFlippedSignatureBit() {
        Signer signer = crypto.signer(seed(1));
        Sig sig = signer.sign(message);
        for (int bit = 0; bit < Sig.LENGTH * 8; bit++) {
            assertThat(verifier.verify(signer.id(), message, sig.flipBit(bit))).as("bit %d", bit).isFalse();
        }
    }

    @Test
    void itRejectsEveryFlippedMessageBit() {
        Signer signer = crypto.signer(seed(1));
        Sig sig = signer.sign(message);
        for (int bit = 0; bit < message.length * 8; bit++) {
            byte[] tampered = message.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(verifier.verify(signer.id(), tampered, sig)).as("bit %d", bit).isFalse();
        }
    }

    @Test
    void itRejectsASignatureUnderAnotherSignersKey() {
        Signer alice = crypto.signer(seed(1));
        Signer bob = crypto.signer(seed(2));
        assertThat(verifier.verify(bob.id(), message, alice.sign(message))).isFalse();
        byte[] key = alice.id().key();
        key[0] ^= 1;
        assertThat(verifier.verify(new PeerId(key), message, alice.sign(message))).isFalse();
    }
}
