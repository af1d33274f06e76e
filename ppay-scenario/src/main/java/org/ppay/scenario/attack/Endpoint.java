package org.ppay.scenario.attack;

import org.ppay.core.PPayException;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.Message;

/**
 * Whatever answers a peer's messages: an honest {@link org.ppay.core.exchange.Peer}, or an attack wrapped around
 * it. The scenario language's attacks live here, around the core, never as branches inside it.
 */
@FunctionalInterface
public interface Endpoint {
    Message receive(Message m, Network net, long now) throws PPayException;
}
