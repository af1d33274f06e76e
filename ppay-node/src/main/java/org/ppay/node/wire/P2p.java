package org.ppay.node.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.ppay.core.PeerId;

/**
 * The peer-to-peer endpoints beside the core's messages, and their bodies. A ping is answered by a signature over the
 * pinger and its nonce, so a peer counts as online only when the key it pays answers, not whatever listens at an old
 * address. An invoice asks the client's daemon to pay picopayments for services the server performed.
 */
public final class P2p {
    public static final String PING = "/p2p/v1/ping", MESSAGES = "/p2p/v1/messages", INVOICE = "/p2p/v1/invoice";

    /** The largest request body a peer reads: one message is at most 64 KiB, in base64 and JSON. */
    public static final int MAX_BODY = 128 << 10;

    private static final byte[] PONG = "ppay-pong".getBytes(StandardCharsets.US_ASCII);

    private P2p() {}

    /** A ping's answer: the answering peer and its signature over {@link #pongBytes}. */
    public record Pong(String peer, String sig) {}

    /** An invoice: the server (the request's signer) performed this many services for the client. */
    public record Invoice(int picopayments) {}

    public static byte[] pongBytes(PeerId pinger, long nonce) {
        return ByteBuffer.allocate(PONG.length + PeerId.LENGTH + 8).put(PONG).put(pinger.key()).putLong(nonce).array();
    }
}
