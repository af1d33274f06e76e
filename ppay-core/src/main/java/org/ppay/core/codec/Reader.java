package org.ppay.core.codec;

import java.util.Arrays;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/** Reads one canonical encoding, refusing anything truncated, oversized or with trailing bytes. */
public final class Reader {
    /** No PPay message is anywhere near this; a larger claim is an attack on memory. */
    public static final int MAX_MESSAGE = 64 * 1024;

    private final byte[] buf;
    private int pos;
    private final int end;

    public Reader(byte[] buf) throws PPayException {
        if (buf == null) throw malformed("no bytes");
        if (buf.length > MAX_MESSAGE) throw malformed("message of " + buf.length + " bytes exceeds " + MAX_MESSAGE);
        this.buf = buf;
        this.pos = 0;
        this.end = buf.length;
    }

    private Reader(byte[] buf, int pos, int end) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
    }

    static PPayException malformed(String why) { return new PPayException(ErrorCode.MALFORMED, why); }

    private void need(int n) throws PPayException {
        if (n < 0 || end - pos < n) throw malformed("truncated: need " + n + " bytes at offset " + pos);
    }

    public int u8() throws PPayException { need(1); return buf[pos++] & 0xff; }

    public int u16() throws PPayException { need(2); int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff); pos += 2; return v; }

    public long i64() throws PPayException {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buf[pos++] & 0xff);
        return v;
    }

    public boolean bool() throws PPayException {
        int b = u8();
        if (b > 1) throw malformed("boolean byte " + b);
        return b == 1;
    }

    public PeerId peer() throws PPayException { return new PeerId(bytes(PeerId.LENGTH)); }

    public Sig sig() throws PPayException { return new Sig(bytes(Sig.LENGTH)); }

    public byte[] bytes(int n) throws PPayException {
        need(n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    /** The reader of a length-prefixed nested value; this reader moves past it. */
    public Reader nested() throws PPayException {
        need(4);
        int n = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
        pos += 4;
        need(n);
        Reader r = new Reader(buf, pos, pos + n);
        pos += n;
        return r;
    }

    public int remaining() { return end - pos; }

    /** Every decoder ends here: a canonical encoding has nothing after its last field. */
    public void end() throws PPayException {
        if (pos != end) throw malformed((end - pos) + " trailing bytes");
    }

    /** Checks the message-type tag every top-level encoding starts with. */
    public void expectTag(int tag) throws PPayException {
        int t = u8();
        if (t != tag) throw malformed("type tag " + t + ", expected " + tag);
    }
}
