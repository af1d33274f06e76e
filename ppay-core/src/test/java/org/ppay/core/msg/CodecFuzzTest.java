package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ppay.core.msg.Decoding.decodeOrNull;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties: no input whatsoever makes decode throw anything but PPayException(MALFORMED). */
class CodecFuzzTest {
    private static final MessageFixture F = MessageFixture.FAKE;

    @Provide
    Arbitrary<Integer> fixtureIndex() { return Arbitraries.integers().between(0, F.all.size() - 1); }

    /** Whatever decodes must be the canonical encoding of what it decoded to. */
    private static void decodesCleanly(byte[] b) {
        Message m = decodeOrNull(b);
        if (m != null) assertThat(m.encode()).as("re-encoding of %s", m).isEqualTo(b);
    }

    @Property(tries = 2000)
    void arbitraryBytesNeverMakeDecodeThrowAnythingButMalformed(@ForAll @Size(max = 600) byte[] bytes) {
        decodesCleanly(bytes);
    }

    @Property(tries = 2000)
    void arbitraryBytesAfterAKnownTypeTagNeverMakeDecodeThrowAnythingButMalformed(
            @ForAll @IntRange(min = 1, max = Tag.LAST) int tag, @ForAll @Size(max = 600) byte[] body) {
        byte[] b = new byte[body.length + 1];
        b[0] = (byte) tag;
        System.arraycopy(body, 0, b, 1, body.length);
        decodesCleanly(b);
        for (Class<?> type : List.of(Coin.class, Holding.class, Relinquishment.class, Payword.class, AccountRequest.class)) {
            try {
                Codec.decode(b, type);
            } catch (org.ppay.core.PPayException e) {
                assertThat(e.code()).isEqualTo(org.ppay.core.ErrorCode.MALFORMED);
            }
        }
    }

    @Property(tries = 2000)
    void aValidPrefixFollowedByArbitraryBytesNeverMakesDecodeThrowAnythingButMalformed(
            @ForAll("fixtureIndex") int which, @ForAll @IntRange(min = 0, max = 100_000) int cutSeed,
            @ForAll @Size(max = 300) byte[] tail) {
        byte[] enc = F.all.get(which).message().encode();
        int cut = cutSeed % (enc.length + 1);
        byte[] b = Arrays.copyOf(enc, cut + tail.length);
        System.arraycopy(tail, 0, b, cut, tail.length);
        decodesCleanly(b);
    }

    @Property(tries = 2000)
    void overwritingRandomBytesOfAMessageNeverYieldsAnEqualMessageWithValidSignatures(
            @ForAll("fixtureIndex") int which,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 100_000) Integer> positions,
            @ForAll @Size(min = 6, max = 6) byte[] values) {
        Message m = F.all.get(which).message();
        byte[] enc = m.encode();
        byte[] b = enc.clone();
        for (int i = 0; i < positions.size(); i++) b[positions.get(i) % b.length] = values[i];
        Assume.that(!Arrays.equals(b, enc));
        CodecContractTest.flipOutcome(F, m, b, "overwrite at " + positions);
    }

    @Property(tries = 2000)
    void flippingOneRandomBitOfAnyMessageNeverYieldsAnEqualMessageWithValidSignatures(
            @ForAll("fixtureIndex") int which, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int bitSeed) {
        Message m = F.all.get(which).message();
        byte[] enc = m.encode();
        int bit = bitSeed % (enc.length * 8);
        CodecContractTest.flipOutcome(F, m, Decoding.flipBit(enc, bit), "bit " + bit);
    }

    @Property(tries = 500)
    void insertingOrDeletingAByteAnywhereIsMalformedOrDecodesCanonically(
            @ForAll("fixtureIndex") int which, @ForAll @IntRange(min = 0, max = 100_000) int posSeed,
            @ForAll byte inserted, @ForAll boolean insert) {
        byte[] enc = F.all.get(which).message().encode();
        int pos = posSeed % enc.length;
        byte[] b;
        if (insert) {
            b = new byte[enc.length + 1];
            System.arraycopy(enc, 0, b, 0, pos);
            b[pos] = inserted;
            System.arraycopy(enc, pos, b, pos + 1, enc.length - pos);
        } else {
            b = new byte[enc.length - 1];
            System.arraycopy(enc, 0, b, 0, pos);
            System.arraycopy(enc, pos + 1, b, pos, enc.length - pos - 1);
        }
        decodesCleanly(b);
    }
}
