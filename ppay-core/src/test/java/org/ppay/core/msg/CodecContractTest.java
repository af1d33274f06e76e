package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ppay.core.msg.Decoding.assertMalformed;
import static org.ppay.core.msg.Decoding.decodeOrNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.cost.Task;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.codec.Reader;
import org.ppay.core.msg.MessageFixture.Named;

/** The codec contract, checked for one valid instance of every message type. */
class CodecContractTest {
    private static final MessageFixture F = MessageFixture.FAKE;

    /** Every concrete message type, plus the sealed sub-interfaces a caller may ask for. */
    private static final List<Class<?>> TYPES = List.of(RawCoin.class, LimitCertificate.class, PrintedCoin.class,
        Assignment.class, ReassignmentRequest.class, LayeredCoin.class, RenewalRequest.class, CashRequest.class,
        CashReceipt.class, ArbitrationRequest.class, ArbitrationResponse.class, PaywordCommitment.class, Payword.class,
        LotteryTicket.class, LotteryChallenge.class, LotteryReveal.class, Refusal.class, Payment.class, RefundRequest.class,
        FraudReport.class, Ruling.class, Appeal.class, PendingNotice.class, JoinRequest.class, FundRequest.class, BuyRequest.class,
        LimitRequest.class, LeaveRequest.class, StatementRequest.class, CollectRequest.class, AccountStatement.class, CoinSale.class,
        PendingActions.class, CreditNote.class, CreditState.class, Settlement.class, ChainRedemption.class, ChainReceipt.class, Coin.class, Holding.class, Relinquishment.class, AccountRequest.class);

    /**
     * Tags whose messages share one layout (a key, then the same number of i64s, or a holding and a time): bytes
     * retagged within a group may decode, as another message whose signature fails, since every signature
     * covers the tag. Retagged to any other type they are MALFORMED.
     */
    private static final List<Set<Integer>> SAME_LAYOUT = List.of(Set.of(Tag.CASH_REQUEST, Tag.REFUND_REQUEST),
        Set.of(Tag.JOIN_REQUEST, Tag.LIMIT_REQUEST), Set.of(Tag.LIMIT_CERTIFICATE, Tag.FUND_REQUEST, Tag.BUY_REQUEST),
        Set.of(Tag.LEAVE_REQUEST, Tag.STATEMENT_REQUEST, Tag.COLLECT_REQUEST));

    static Stream<Named> messages() { return F.all.stream(); }

    static Stream<Named> signedMessages() { return F.all.stream().filter(n -> MessageFixture.isSigned(n.message())); }

    @Test
    void theFixtureHoldsEveryMessageType() {
        for (Class<?> t : TYPES) {
            assertThat(F.all).as("fixture messages of type %s", t.getSimpleName()).anyMatch(n -> t.isInstance(n.message()));
        }
        assertThat(F.layered1.layers()).isEqualTo(1);
        assertThat(F.layered3.layers()).isEqualTo(3);
        assertThat(F.ownerAssignment.byBroker()).isFalse();
        assertThat(F.brokerAssignment.byBroker()).isTrue();
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void everyFixtureMessageCarriesValidSignaturesByTheKeysThePaperNames(Named n) throws PPayException {
        Message m = n.message();
        F.verify(m);
        if (MessageFixture.isSigned(m)) {
            var signer = F.signerOf(F.expectedSigner(m).orElseThrow());
            assertThat(MessageFixture.resign(m, signer)).as("re-signed by the named key").isEqualTo(m);
        } else {
            assertThat(F.expectedSigner(m)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageDecodesToItselfAndReencodesToIdenticalBytes(Named n) throws PPayException {
        Message m = n.message();
        byte[] enc = m.encode();
        Message back = Codec.decode(enc);
        assertThat(back).isEqualTo(m).hasSameHashCodeAs(m).isInstanceOf(m.getClass());
        assertThat(back.encode()).isEqualTo(enc);
        assertThat(back.size()).isEqualTo(enc.length);
        assertThat(Codec.decode(enc, m.getClass())).isEqualTo(m);
        assertThat(m.encode()).as("encoding is deterministic").isEqualTo(enc);
        F.verify(back);
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageTruncatedAtAnyLengthIsMalformed(Named n) {
        byte[] enc = n.message().encode();
        for (int len = 0; len < enc.length; len++) {
            assertMalformed(Arrays.copyOf(enc, len));
            assertMalformed(Arrays.copyOf(enc, len), n.message().getClass());
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageWithOneExtraTrailingByteIsMalformed(Named n) {
        byte[] enc = n.message().encode();
        for (int extra : new int[] {0x00, 0x01, 0x80, 0xff}) assertMalformed(Decoding.append(enc, extra));
        assertMalformed(Decoding.append(enc, 0), n.message().getClass());
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessagePaddedBeyondTheMaximumSizeIsMalformed(Named n) {
        byte[] enc = n.message().encode();
        assertMalformed(Arrays.copyOf(enc, Reader.MAX_MESSAGE + 1));
        assertMalformed(Arrays.copyOf(enc, Reader.MAX_MESSAGE));          // at the limit it is refused for its trailing bytes
        assertMalformed(Arrays.copyOf(enc, 4 * Reader.MAX_MESSAGE));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageWithAnUnknownTypeTagIsMalformed(Named n) {
        byte[] enc = n.message().encode();
        for (int tag : new int[] {0, Tag.LAST + 1, Tag.LAST + 2, 64, 127, 128, 200, 255}) {
            byte[] b = enc.clone();
            b[0] = (byte) tag;
            assertMalformed(b);
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageTaggedAsAnyOtherKnownTypeIsMalformedOrFailsItsSignatureIfItSharesTheLayout(Named n) {
        byte[] enc = n.message().encode();
        int own = enc[0] & 0xff;
        for (int tag = 1; tag <= Tag.LAST; tag++) {
            if (tag == own) continue;
            byte[] b = enc.clone();
            b[0] = (byte) tag;
            if (sameLayout(own, tag)) {
                assertThat(flipOutcome(F, n.message(), b, "retagged " + tag)).isIn(FlipOutcome.REFUSED, FlipOutcome.BAD_SIGNATURE);
            } else {
                assertMalformed(b);
            }
        }
    }

    private static boolean sameLayout(int a, int b) { return SAME_LAYOUT.stream().anyMatch(g -> g.contains(a) && g.contains(b)); }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void aMessageDecodedAsAWrongTypeIsMalformed(Named n) throws PPayException {
        Message m = n.message();
        byte[] enc = m.encode();
        for (Class<?> t : TYPES) {
            if (t.isInstance(m)) {
                assertThat(Codec.decode(enc, t)).isEqualTo(m);
            } else {
                assertMalformed(enc, t);
            }
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("messages")
    void flippingAnySingleBitNeverYieldsAnEqualMessageWithValidSignatures(Named n) {
        Message m = n.message();
        byte[] enc = m.encode();
        int refused = 0, badSignature = 0, differentUnsigned = 0;
        for (int bit = 0; bit < enc.length * 8; bit++) {
            byte[] b = Decoding.flipBit(enc, bit);
            switch (flipOutcome(F, m, b, "bit " + bit)) {
                case REFUSED -> refused++;
                case BAD_SIGNATURE -> badSignature++;
                case DIFFERENT_UNSIGNED -> differentUnsigned++;
            }
        }
        assertThat(refused + badSignature + differentUnsigned).isEqualTo(enc.length * 8);
        if (MessageFixture.isSigned(m) || MessageFixture.isEnvelope(m)) {
            assertThat(badSignature).as("flips that decode but fail the signature check").isPositive();
            assertThat(differentUnsigned).isZero();
        } else {
            assertThat(differentUnsigned).as("flips in an unsigned message's payload").isPositive();
        }
    }

    enum FlipOutcome { REFUSED, BAD_SIGNATURE, DIFFERENT_UNSIGNED }

    /**
     * What a tampered encoding {@code b} of {@code original} gives: refused as MALFORMED, a message whose signatures
     * fail, or (only for unsigned messages) a different message. Anything else fails the test.
     */
    static FlipOutcome flipOutcome(MessageFixture f, Message original, byte[] b, String what) {
        Message d = decodeOrNull(b);
        if (d == null) return FlipOutcome.REFUSED;
        assertThat(d.encode()).as("%s: a decoded message re-encodes to the bytes it came from", what).isEqualTo(b);
        assertThat(d).as("%s: tampered bytes decoded to the original message", what).isNotEqualTo(original);
        try {
            f.verify(d);
        } catch (PPayException e) {
            assertThat(e.code()).as("%s: signature check of %s", what, d).isEqualTo(ErrorCode.BAD_SIGNATURE);
            return FlipOutcome.BAD_SIGNATURE;
        }
        assertThat(MessageFixture.isSigned(d) || MessageFixture.isEnvelope(d))
            .as("%s: tampered signed message %s passed every signature check", what, d).isFalse();
        return FlipOutcome.DIFFERENT_UNSIGNED;
    }

    @ParameterizedTest(name = "{0}") @MethodSource("signedMessages")
    void theSameContentSignedByAnotherKeyFailsTheSignatureCheck(Named n) throws PPayException {
        Message m = n.message();
        Message forged = MessageFixture.resign(m, F.mallory);
        assertThat(forged).isNotEqualTo(m);
        Message back = Codec.decode(forged.encode());                      // the codec does not judge signatures...
        assertThat(back).isEqualTo(forged);
        assertThatThrownBy(() -> F.verify(back))                             // ...the receiving role does
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("signedMessages")
    void anyOtherPeerOfTheFixtureSigningTheSameContentFailsTheSignatureCheck(Named n) {
        Message m = n.message();
        var right = F.expectedSigner(m).orElseThrow();
        for (var s : List.of(F.broker, F.owner, F.v, F.x, F.y, F.z)) {
            if (s.id().equals(right)) continue;
            Message forged = MessageFixture.resign(m, s);
            assertThatThrownBy(() -> F.verify(forged)).as("signed by %s", s.id())
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("signedMessages")
    void aSignatureWithAnyBitFlippedFailsTheSignatureCheck(Named n) {
        Message m = n.message();
        byte[] enc = m.encode();
        int sigStart = enc.length - 64;                                    // every signed encoding ends with its signature
        for (int bit = sigStart * 8; bit < enc.length * 8; bit++) {
            Message d = decodeOrNull(Decoding.flipBit(enc, bit));
            assertThat(d).isNotNull();
            assertThatThrownBy(() -> F.verify(d))
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        }
    }

    @Test
    void theUnsignedByBrokerFlagOnlyChangesWhichKeyIsCheckedAndSoBreaksTheCheck() throws PPayException {
        for (Assignment a : List.of(F.ownerAssignment, F.brokerAssignment, F.printedAssignment)) {
            Assignment flipped = new Assignment(a.holder(), a.seq(), a.ts(), a.rb(), a.re(), a.coin(), !a.byBroker(), a.sig());
            assertThat(flipped.signedBytes()).isEqualTo(a.signedBytes());
            assertThat(flipped).isNotEqualTo(a);
            assertThat(Codec.decode(flipped.encode())).isEqualTo(flipped);
            assertThatThrownBy(() -> F.checks.verifyAssignment(Task.ISSUE, flipped))
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
            assertThatCode(() -> F.checks.verifyAssignment(Task.ISSUE, a)).doesNotThrowAnyException();
        }
    }

    @Test
    void aNestedSignatureByTheWrongKeyFailsTheCheckOfTheWholeMessage() {
        RawCoin selfMinted = (RawCoin) MessageFixture.resign(F.rawCoin, F.owner);           // a raw coin the owner "signed" itself
        Assignment a = F.assign(F.owner, F.v.id(), 1, selfMinted, false);
        LimitCertificate selfCertified = (LimitCertificate) MessageFixture.resign(F.certificate, F.owner);
        PrintedCoin printedUnderIt = new PrintedCoin(MessageFixture.PRINTED_SN, selfCertified,
            F.owner.sign(PrintedCoin.signedBytes(MessageFixture.PRINTED_SN, selfCertified)));
        LayeredCoin layerByOther = new LayeredCoin(F.y.id(), F.x.id(), 3, F.layered1,      // signed by Z, not by the holder X
            F.z.sign(LayeredCoin.signedBytes(F.y.id(), F.x.id(), 3, F.layered1)));
        CashRequest cashOfForgedLayer = new CashRequest(layerByOther, 5, F.y.sign(CashRequest.signedBytes(layerByOther, 5)));
        for (Message m : List.<Message>of(a, printedUnderIt, layerByOther, cashOfForgedLayer)) {
            assertThatThrownBy(() -> F.verify(m)).as("%s", m)
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        }
    }
}
