package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;

/** Decoding helpers that turn anything but a clean decode or PPayException(MALFORMED) into a test failure. */
final class Decoding {
    private Decoding() {}

    /** The decoded message, or null when the bytes are refused as MALFORMED; any other outcome fails the test. */
    static Message decodeOrNull(byte[] bytes) {
        try {
            return Codec.decode(bytes);
        } catch (PPayException e) {
            assertThat(e.code()).as("error code for %s", describe(bytes)).isEqualTo(ErrorCode.MALFORMED);
            return null;
        } catch (Throwable t) {            // RuntimeException, StackOverflowError, OutOfMemoryError...
            return fail("decode let " + t + " escape for " + describe(bytes), t);
        }
    }

    static void assertMalformed(byte[] bytes) {
        Message m = decodeOrNull(bytes);
        assertThat(m).as("decode of %s", describe(bytes)).isNull();
    }

    static void assertMalformed(byte[] bytes, Class<?> type) {
        try {
            Object m = Codec.decode(bytes, type);
            fail("decoded %s as %s, expected MALFORMED", m, type.getSimpleName());
        } catch (PPayException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED);
        } catch (Throwable t) {
            fail("decode as " + type.getSimpleName() + " let " + t + " escape for " + describe(bytes), t);
        }
    }

    /** Each of {@code values} written over the byte at {@code at} of {@code enc} makes it MALFORMED. */
    static void assertMalformedWithByte(byte[] enc, int at, int... values) {
        for (int v : values) {
            byte[] b = enc.clone();
            b[at] = (byte) v;
            assertMalformed(b);
        }
    }

    static byte[] flipBit(byte[] bytes, int bit) {
        byte[] b = bytes.clone();
        b[bit / 8] ^= (byte) (1 << (bit % 8));
        return b;
    }

    static byte[] append(byte[] bytes, int... extra) {
        byte[] b = Arrays.copyOf(bytes, bytes.length + extra.length);
        for (int i = 0; i < extra.length; i++) b[bytes.length + i] = (byte) extra[i];
        return b;
    }

    static int u32At(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static byte[] withU32At(byte[] bytes, int off, int value) {
        byte[] b = bytes.clone();
        b[off] = (byte) (value >>> 24);
        b[off + 1] = (byte) (value >>> 16);
        b[off + 2] = (byte) (value >>> 8);
        b[off + 3] = (byte) value;
        return b;
    }

    static String describe(byte[] bytes) {
        if (bytes == null) return "null";
        return bytes.length + " bytes " + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 24)) + (bytes.length > 24 ? "…" : "");
    }
}
