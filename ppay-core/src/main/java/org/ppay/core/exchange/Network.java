package org.ppay.core.exchange;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Message;

/**
 * What a peer's protocol steps need of the network under them, and nothing more: whether a peer answers, a
 * message to a peer, a message to the broker. The scenario runner, the simulator and the daemons implement it;
 * every step of the protocol itself is in {@link Exchange} and {@link Peer}.
 */
public interface Network {
    /** Whether {@code peer} answers now: the holder's ping before a reassignment request (Section 3). */
    boolean online(PeerId peer);

    /**
     * Sends {@code m} to {@code to} and returns its answer, or null when the message has none.
     *
     * @throws PPayException the recipient's refusal, with its code (OFFLINE when it does not answer)
     */
    Message send(PeerId to, Message m) throws PPayException;

    /**
     * Sends {@code m} to the broker and returns its answer, or null when the message has none.
     *
     * @throws PPayException the broker's refusal, with its code
     */
    Message broker(Message m) throws PPayException;
}
