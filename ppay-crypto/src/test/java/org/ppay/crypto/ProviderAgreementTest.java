package org.ppay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * The two real providers are interchangeable: a peer on one and a broker on the other must agree on every
 * identity and every signature, and neither may be made to throw by a hostile key or signature.
 */
class ProviderAgreementTest {
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private final CryptoProvider bc = new BcEd25519();
    private final CryptoProvider jdk = new JdkEd25519();

    @Test
    void jdkAndBouncyCastleDeriveTheSameKeysAndSignaturesFromFiftyRandomSeeds() {
        Random random = new Random(20030101L);
        for (int i = 0; i < 50; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(message);

            Signer a = bc.signer(seed);
            Signer b = jdk.signer(seed);
            assertThat(a.id()).as("seed %d", i).isEqualTo(b.id());
            Sig sig = a.sign(message);
            assertThat(b.sign(message)).as("seed %d", i).isEqualTo(sig);
            assertThat(jdk.verifier().verify(a.id(), message, sig)).as("seed %d", i).isTrue();
            assertThat(bc.verifier().verify(b.id(), message, sig)).as("seed %d", i).isTrue();
        }
    }

    @Test
    void signingIsDeterministicFromTheSeed() {
        byte[] seed = new byte[32];
        seed[0] = 7;
        byte[] message = {1, 2, 3};
        for (CryptoProvider p : List.of(bc, jdk)) {
            assertThat(p.signer(seed).sign(message)).as(p.name()).isEqualTo(p.signer(seed.clone()).sign(message));
        }
    }

    @Test
    void hostileKeysAreRejectedWithoutThrowing() {
        byte[] message = {42};
        Sig sig = bc.signer(new byte[32]).sign(message);
        List<PeerId> keys = new ArrayList<>(List.of(
            key(BigInteger.ZERO, false),            // x = 0 with y = 0 is not on the curve
            key(BigInteger.ONE, false),             // the neutral element
            key(BigInteger.ONE, true),              // "negative zero" x
            key(P.subtract(BigInteger.ONE), false), // order-2 point
            key(P, false),                          // non-canonical encoding of y = 0
            key(P.add(BigInteger.ONE), false),      // non-canonical encoding of the neutral element
            key(BigInteger.TWO.pow(255).subtract(BigInteger.ONE), true),
            smallOrderKey("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
            smallOrderKey("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] k = new byte[32];
            random.nextBytes(k);
            keys.add(new PeerId(k));
        }
        for (CryptoProvider p : List.of(bc, jdk)) {
            Verifier v = p.verifier();
            for (PeerId key : keys) assertThat(v.verify(key, message, sig)).as("%s %s", p.name(), key).isFalse();
        }
    }

    @Test
    void malleatedAndMalformedSignaturesAreRejectedWithoutThrowing() {
        Signer signer = bc.signer(new byte[32]);
        byte[] message = {42};
        byte[] good = signer.sign(message).bytes();

        byte[] sPlusL = good.clone();
        writeLittleEndian(readLittleEndian(good, 32).add(L), sPlusL, 32);
        byte[] nonCanonicalR = good.clone();
        writeLittleEndian(P.add(BigInteger.ONE), nonCanonicalR, 0);
        byte[] allOnes = new byte[Sig.LENGTH];
        Arrays.fill(allOnes, (byte) 0xff);

        for (CryptoProvider p : List.of(bc, jdk)) {
            Verifier v = p.verifier();
            assertThat(v.verify(signer.id(), message, new Sig(good))).as(p.name()).isTrue();
            assertThat(v.verify(signer.id(), message, new Sig(sPlusL))).as("%s S + L", p.name()).isFalse();
            assertThat(v.verify(signer.id(), message, new Sig(nonCanonicalR))).as("%s R >= p", p.name()).isFalse();
            assertThat(v.verify(signer.id(), message, new Sig(new byte[Sig.LENGTH]))).as("%s zeros", p.name()).isFalse();
            assertThat(v.verify(signer.id(), message, new Sig(allOnes))).as("%s ones", p.name()).isFalse();
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                byte[] junk = new byte[Sig.LENGTH];
                random.nextBytes(junk);
                assertThat(v.verify(signer.id(), message, new Sig(junk))).as("%s junk %d", p.name(), i).isFalse();
            }
        }
    }

    @Test
    void theDecodedKeyCacheNeverConfusesSigners() {
        // More signers than cache slots, so slots are shared and entries evicted and refilled.
        Random random = new Random(1);
        int n = 3000;
        List<Signer> signers = new ArrayList<>();
        List<Sig> sigs = new ArrayList<>();
        byte[] message = {9, 9, 9};
        for (int i = 0; i < n; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            Signer s = bc.signer(seed);
            signers.add(s);
            sigs.add(s.sign(message));
        }
        Verifier v = bc.verifier();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                int j = round == 0 ? i : n - 1 - i;
                assertThat(v.verify(signers.get(j).id(), message, sigs.get(j))).as("signer %d", j).isTrue();
                assertThat(v.verify(signers.get((j + 1) % n).id(), message, sigs.get(j))).as("signer %d as next", j).isFalse();
            }
        }
    }

    private static PeerId key(BigInteger y, boolean xOdd) {
        byte[] k = new byte[32];
        writeLittleEndian(y, k, 0);
        if (xOdd) k[31] |= (byte) 0x80;
        return new PeerId(k);
    }

    private static PeerId smallOrderKey(String hex) { return new PeerId(HexFormat.of().parseHex(hex)); }

    private static BigInteger readLittleEndian(byte[] src, int off) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) be[i] = src[off + 31 - i];
        return new BigInteger(1, be);
    }

    private static void writeLittleEndian(BigInteger value, byte[] dst, int off) {
        byte[] be = value.toByteArray();
        for (int i = 0; i < 32; i++) dst[off + i] = i < be.length ? be[be.length - 1 - i] : 0;
    }
}
