package org.ppay.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

class WriterTest {
    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    static String hex(byte[] b) { return HexFormat.of().formatHex(b); }

    /** Writes a fixed sequence of every field kind; 1 + 2 + 8 + 1 + 32 + 64 + 3 = 111 bytes. */
    static Writer writeAll(Writer w) {
        return w.u8(0x1ff).u16(0xabcd).i64(0x0102030405060708L).bool(true)
            .peer(new PeerId(filled(PeerId.LENGTH, 0x11))).sig(new Sig(filled(Sig.LENGTH, 0x22))).raw(new byte[] {7, 8, 9});
    }

    @Test
    void fieldsAreBigEndianAndAnExactWriterHandsOverItsBuffer() {
        byte[] exact = writeAll(new Writer(111)).bytes();
        assertThat(hex(exact)).isEqualTo("ff" + "abcd" + "0102030405060708" + "01" + "11".repeat(32) + "22".repeat(64) + "070809");
        assertThat(new Writer(0).bytes()).isEmpty();
    }

    @Test
    void aGrowableWriterWritesTheSameBytesThroughEveryGrowth() {
        Writer exact = new Writer(20 * 111), growable = new Writer();
        for (int i = 0; i < 20; i++) {
            writeAll(exact);
            writeAll(growable);
        }
        assertThat(growable.position()).isEqualTo(20 * 111);
        assertThat(growable.bytes()).isEqualTo(exact.bytes());
        assertThat(new Writer().i64(-2).u16(-1).bytes()).isEqualTo(HexFormat.of().parseHex("fffffffffffffffeffff"));
    }

    @Test
    void anExactWriterRefusesToOverrunOrFallShortOfItsSize() {
        assertThatThrownBy(() -> writeAll(new Writer(110))).isInstanceOf(IllegalStateException.class);
        Writer shortOfIt = writeAll(new Writer(112));
        assertThatThrownBy(shortOfIt::bytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Writer(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    record Bytes(byte[] b, int declared) implements Writer.Part {
        @Override public int size() { return declared; }

        @Override public void writeTo(Writer w) { w.raw(b); }
    }

    @Test
    void aNestedPartIsWrittenInPlaceAfterItsLength() {
        byte[] inner = {1, 2, 3, 4, 5};
        byte[] viaPart = new Writer(1 + 4 + 5).u8(9).nested(new Bytes(inner, 5)).bytes();
        assertThat(viaPart).isEqualTo(new Writer().u8(9).nested(inner).bytes());
        assertThat(hex(viaPart)).isEqualTo("09" + "00000005" + "0102030405");
        assertThat(Writer.encode(new Bytes(inner, 5))).isEqualTo(inner);
    }

    @Test
    void aNestedPartThatWritesOtherThanItsSizeIsCaught() {
        assertThatThrownBy(() -> new Writer().nested(new Bytes(new byte[5], 4))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Writer().nested(new Bytes(new byte[5], 6))).isInstanceOf(IllegalStateException.class);
    }
}
