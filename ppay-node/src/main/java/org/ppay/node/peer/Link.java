package org.ppay.node.peer;

import org.ppay.core.ErrorCode;
import org.ppay.core.PeerId;

/**
 * The network under a step, live: answers come back as bytes (or a refusal), exactly as the journal keeps them.
 * {@link HttpNetwork} is the daemons' one; a message to a peer travels as a signed request with the given nonce and
 * time, so that sending it again is the very same request.
 */
interface Link {
    /** What came back: an answer's encoding (null when none), or a refusal's code and text. */
    record Reply(byte[] answer, ErrorCode refused, String message) {
        static Reply answered(byte[] answer) { return new Reply(answer, null, null); }

        static Reply refused(ErrorCode code, String message) { return new Reply(null, code, message); }
    }

    boolean online(PeerId peer);

    Reply send(PeerId to, byte[] message, long nonce, long time);

    Reply broker(byte[] message);
}
