package org.ppay.core.codec;

import java.io.ByteArrayOutputStream;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/** Builds one canonical encoding: big-endian fixed-width integers, length-prefixed nested values. */
public final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

    public Writer u8(int v) { out.write(v & 0xff); return this; }

    public Writer u16(int v) { out.write((v >>> 8) & 0xff); out.write(v & 0xff); return this; }

    public Writer i64(long v) {
        for (int s = 56; s >= 0; s -= 8) out.write((int) (v >>> s) & 0xff);
        return this;
    }

    public Writer bool(boolean v) { return u8(v ? 1 : 0); }

    public Writer peer(PeerId p) { p.appendTo(out); return this; }

    public Writer sig(Sig s) { s.appendTo(out); return this; }

    public Writer raw(byte[] b) { out.writeBytes(b); return this; }

    /** A nested value, prefixed by its 32-bit length so that a decoder can bound it. */
    public Writer nested(byte[] b) {
        int n = b.length;
        out.write(n >>> 24); out.write(n >>> 16); out.write(n >>> 8); out.write(n);
        out.writeBytes(b);
        return this;
    }

    public byte[] bytes() { return out.toByteArray(); }
}
