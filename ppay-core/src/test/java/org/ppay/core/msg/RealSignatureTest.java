package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.msg.MessageFixture.Named;

/** The same fixture signed with real Ed25519 keys (JDK SunEC): a few checks that do not rely on the fake signer. */
class RealSignatureTest {
    private static final MessageFixture ED = new MessageFixture(new JdkEd25519());

    static Stream<Named> messages() { return ED.all.stream(); }

    static Stream<Named> signedMessages() { return ED.all.stream().filter(n -> MessageFixture.isSigned(n.message())); }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void anEd25519SignedMessageRoundTripsAndVerifies(Named n) throws PPayException {
        Message m = n.message();
        byte[] enc = m.encode();
        Message back = Codec.decode(enc);
        assertThat(back).isEqualTo(m);
        assertThat(back.encode()).isEqualTo(enc);
        ED.verify(back);
    }

    @ParameterizedTest(name = "{0}") @MethodSource("signedMessages")
    void anEd25519SignatureByAnotherKeyFailsTheCheck(Named n) {
        Message forged = MessageFixture.resign(n.message(), ED.mallory);
        assertThat(forged).isNotEqualTo(n.message());
        assertThatThrownBy(() -> ED.verify(forged))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void flippingSampledBitsOfAnEd25519MessageNeverYieldsAnEqualMessageWithValidSignatures(Named n) {
        Message m = n.message();
        byte[] enc = m.encode();
        int bits = enc.length * 8;
        int samples = 24;
        for (int i = 0; i < samples; i++) {
            int bit = (int) ((long) i * (bits - 1) / (samples - 1));       // spread from the tag to the last signature bit
            CodecContractTest.flipOutcome(ED, m, Decoding.flipBit(enc, bit), "bit " + bit);
        }
        if (MessageFixture.isSigned(m)) {                                    // every bit of the outer signature's first byte
            for (int bit = (enc.length - 64) * 8; bit < (enc.length - 63) * 8; bit++) {
                CodecContractTest.flipOutcome(ED, m, Decoding.flipBit(enc, bit), "signature bit " + bit);
            }
        }
    }

    @Test
    void aFakeSignatureIsNotAnEd25519Signature() {
        Message fake = MessageFixture.FAKE.rawCoin;                      // same bytes layout, stand-in signature
        RawCoin sameContent = new RawCoin(ED.owner.id(), MessageFixture.RAW_SN, ((RawCoin) fake).brokerSig());
        assertThatThrownBy(() -> ED.verify(sameContent))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
    }
}
