package org.ppay.node.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * The signature on a peer's answer to a peer-to-peer request: the answering peer's Ed25519 signature over the
 * requester, the request's nonce, the HTTP status and the SHA-256 of the body. A requester believes only an answer
 * signed by the peer it addressed, for this very request: a forged credit state (a coin due) or a forged refusal from
 * whatever answers at the peer's address is no answer at all.
 */
public final class SignedAnswer {
    public static final String HEADER = "X-PPay-Answer-Signature";
    private static final byte[] DOMAIN = "ppay-p2p-answer".getBytes(StandardCharsets.US_ASCII);

    private SignedAnswer() {}

    public static byte[] signedBytes(PeerId requester, long nonce, int status, byte[] body) {
        return ByteBuffer.allocate(DOMAIN.length + PeerId.LENGTH + 8 + 4 + 32).put(DOMAIN).put(requester.key()).putLong(nonce).putInt(status)
            .put(Hashes.sha256(body)).array();
    }

    /** The header's value: {@code key}'s signature on its answer to {@code requester}'s request {@code nonce}. */
    public static String sign(Signer key, PeerId requester, long nonce, int status, byte[] body) {
        return Ids.base64(key.sign(signedBytes(requester, nonce, status, body)).bytes());
    }

    /** Whether {@code header} is {@code answerer}'s signature on this answer to this requester's request. */
    public static boolean verify(Verifier v, PeerId answerer, PeerId requester, long nonce, int status, byte[] body, String header) {
        if (header == null) return false;
        try {
            return v.verify(answerer, signedBytes(requester, nonce, status, body), new Sig(Ids.bytes(header)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
