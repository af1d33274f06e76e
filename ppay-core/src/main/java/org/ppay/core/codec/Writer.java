package org.ppay.core.codec;

import java.util.Arrays;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/**
 * Builds one canonical encoding: big-endian fixed-width integers, length-prefixed nested values.
 *
 * <p>The simulator encodes every coin payment several times (to sign it, to send it, to meter it), so an
 * encoding is written in a single pass: {@link #Writer(int)} allocates the exact length up front, nested
 * {@link Part}s are written in place after their length prefix, and {@link #bytes()} hands over that array
 * without copying. {@link #Writer()} grows as needed, for callers that do not know the length.
 */
public final class Writer {
    /** A value that knows its encoded length and writes exactly that many bytes; messages are parts. */
    public interface Part {
        /** The exact number of bytes {@link #writeTo} writes. */
        int size();

        void writeTo(Writer w);
    }

    // Plain shifts, not byte-array-view VarHandles: on JDK 17.0.15, C2-compiled VarHandle stores into byte[]
    // in a loop produced wrong bytes (a stand-alone check: 29.7 M of 30 M results differed once compiled; see
    // ppay-crypto's CountingCrypto). An encoding must never depend on which compiler ran it.

    /**
     * The buffer: the writer's array and position. A plain array, not a stream, so that {@link PeerId#copyTo}
     * and {@link Sig#copyTo} copy their bytes straight into it and the core needs nothing from {@code java.io}.
     */
    private static final class Out {
        private final boolean exact;
        private byte[] buf;
        private int count;

        Out(int size, boolean exact) {
            this.buf = new byte[size];
            this.exact = exact;
        }

        /**
         * Makes room for {@code n} more bytes and returns the offset to write them at. Call it before reading
         * {@code buf}: it may replace the array.
         */
        int reserve(int n) {
            int at = count;
            if (n > buf.length - at) grow(n);
            count = at + n;
            return at;
        }

        private void grow(int n) {
            if (exact) throw new IllegalStateException("encoding overruns its declared size of " + buf.length + " bytes");
            buf = Arrays.copyOf(buf, Math.max(count + n, 2 * buf.length));
        }

        void write(int b) { int at = reserve(1); buf[at] = (byte) b; }

        void write(byte[] b, int off, int len) {
            if (off < 0 || len < 0 || len > b.length - off) throw new IndexOutOfBoundsException();
            int at = reserve(len);
            System.arraycopy(b, off, buf, at, len);
        }

        void u16(int v) { int at = reserve(2); byte[] b = buf; b[at] = (byte) (v >>> 8); b[at + 1] = (byte) v; }

        void u32(int v) {
            int at = reserve(4);
            byte[] b = buf;
            b[at] = (byte) (v >>> 24); b[at + 1] = (byte) (v >>> 16); b[at + 2] = (byte) (v >>> 8); b[at + 3] = (byte) v;
        }

        void i64(long v) {
            int at = reserve(8);
            byte[] b = buf;
            for (int k = 0; k < 8; k++) b[at + k] = (byte) (v >>> (56 - 8 * k));
        }

        /** Bytes written so far. */
        int pos() { return count; }

        byte[] result() {
            if (count == buf.length) return buf;
            if (exact) throw new IllegalStateException("encoding of " + count + " bytes falls short of its declared size of " + buf.length);
            return Arrays.copyOf(buf, count);
        }
    }

    private final Out out;

    /** A writer of exactly {@code size} bytes: writing more, or asking for {@link #bytes()} before all are written, fails. */
    public Writer(int size) {
        if (size < 0) throw new IllegalArgumentException("negative size " + size);
        out = new Out(size, true);
    }

    /** A writer that grows as needed (and copies in {@link #bytes()}). */
    public Writer() { out = new Out(128, false); }

    public Writer u8(int v) { out.write(v); return this; }

    public Writer u16(int v) { out.u16(v); return this; }

    public Writer i64(long v) { out.i64(v); return this; }

    public Writer bool(boolean v) { return u8(v ? 1 : 0); }

    public Writer peer(PeerId p) {
        int at = out.reserve(PeerId.LENGTH);   // first: it may replace the array
        p.copyTo(out.buf, at);
        return this;
    }

    public Writer sig(Sig s) {
        int at = out.reserve(Sig.LENGTH);
        s.copyTo(out.buf, at);
        return this;
    }

    public Writer raw(byte[] b) { out.write(b, 0, b.length); return this; }

    /** A nested value, prefixed by its 32-bit length so that a decoder can bound it. */
    public Writer nested(byte[] b) {
        out.u32(b.length);
        return raw(b);
    }

    /** A nested part, length prefix first, written in place; fails if the part writes other than its size. */
    public Writer nested(Part p) {
        int n = p.size();
        out.u32(n);
        int start = out.pos();
        p.writeTo(this);
        int written = out.pos() - start;
        if (written != n) throw new IllegalStateException(p.getClass().getSimpleName() + " wrote " + written + " bytes, declared " + n);
        return this;
    }

    /** Bytes written so far. */
    public int position() { return out.pos(); }

    /**
     * The encoding. A writer of exact size returns its own array (no copy), so it must not be written to
     * afterwards; it fails unless every declared byte was written.
     */
    public byte[] bytes() { return out.result(); }

    /** The encoding of {@code p}, written in one pass into one array of exactly {@code p.size()} bytes. */
    public static byte[] encode(Part p) {
        Writer w = new Writer(p.size());
        p.writeTo(w);
        return w.bytes();
    }
}
