package org.ppay.node.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * The signature on a peer-to-peer HTTP request: its sender's key, time and nonce, and an Ed25519 signature over the
 * method, path, recipient, time, nonce and the SHA-256 of the body. The recipient is signed too, so a request to one
 * peer cannot be replayed to another; time and nonce let the recipient refuse stale and replayed requests.
 */
public record SignedRequest(PeerId sender, long time, long nonce, Sig sig) {
    public static final String PEER = "X-PPay-Peer", TIME = "X-PPay-Time", NONCE = "X-PPay-Nonce", SIGNATURE = "X-PPay-Signature";
    private static final byte[] DOMAIN = "ppay-p2p-request".getBytes(StandardCharsets.US_ASCII);

    public static byte[] signedBytes(String method, String path, PeerId recipient, long time, long nonce, byte[] body) {
        byte[] m = method.getBytes(StandardCharsets.UTF_8), p = path.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(DOMAIN.length + 8 + m.length + p.length + PeerId.LENGTH + 16 + 32)
            .put(DOMAIN).putInt(m.length).put(m).putInt(p.length).put(p).put(recipient.key()).putLong(time).putLong(nonce)
            .put(Hashes.sha256(body)).array();
    }

    public static SignedRequest sign(Signer key, String method, String path, PeerId recipient, long time, long nonce, byte[] body) {
        return new SignedRequest(key.id(), time, nonce, key.sign(signedBytes(method, path, recipient, time, nonce, body)));
    }

    /** The request's headers. */
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(PEER, Ids.text(sender));
        h.put(TIME, Long.toString(time));
        h.put(NONCE, Long.toString(nonce));
        h.put(SIGNATURE, Ids.base64(sig.bytes()));
        return h;
    }

    /**
     * Reads the signature headers.
     *
     * @throws PPayException BAD_SIGNATURE when they are missing (an unsigned request), MALFORMED when unreadable
     */
    public static SignedRequest read(UnaryOperator<String> header) throws PPayException {
        String peer = header.apply(PEER), time = header.apply(TIME), nonce = header.apply(NONCE), sig = header.apply(SIGNATURE);
        if (peer == null || time == null || nonce == null || sig == null) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "the request is not signed: it needs " + PEER + ", " + TIME + ", " + NONCE + " and " + SIGNATURE);
        }
        try {
            return new SignedRequest(Ids.peer(peer), Long.parseLong(time), Long.parseLong(nonce), new Sig(Ids.bytes(sig)));
        } catch (IllegalArgumentException e) {
            throw new PPayException(ErrorCode.MALFORMED, "unreadable signature headers: " + e.getMessage());
        }
    }

    /** @throws PPayException BAD_SIGNATURE unless the sender signed exactly this request to {@code recipient} */
    public void verify(Verifier v, String method, String path, PeerId recipient, byte[] body) throws PPayException {
        if (!v.verify(sender, signedBytes(method, path, recipient, time, nonce, body), sig)) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "the request is not signed by " + Ids.text(sender));
        }
    }
}
