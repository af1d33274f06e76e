package org.ppay.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.PeerId;
import org.ppay.core.msg.CoinId;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Peer;
import org.ppay.scenario.attack.Endpoint;
import org.ppay.scenario.attack.FalseRefusal;
import org.ppay.scenario.attack.Tampering;

/** One named peer of a scenario: the core's {@link Peer} and its {@link Exchange}, and what the scenario knows of it. */
final class ScenarioPeer {
    final String name;
    final Signer signer;
    final Peer peer;
    final Exchange exchange;
    final CountingCostMeter meter;
    /** What answers this peer's messages: the peer itself, or an attack wrapped around it. */
    Endpoint endpoint;
    /** Tamperings this owner has pending, by coin: they bend its first assignments too. */
    final Map<CoinId, Tampering> tampering = new HashMap<>();
    /** The false refusals this payee was told to make, spent or not. */
    final List<FalseRefusal> refusals = new ArrayList<>();
    boolean online = true;
    boolean gone;
    /** Ran an owner attack (double print, denial, tampering): its trails prove nothing about Theorem 1. */
    boolean dishonestOwner;

    ScenarioPeer(String name, Signer signer, Peer peer, Exchange exchange, CountingCostMeter meter) {
        this.name = name;
        this.signer = signer;
        this.peer = peer;
        this.exchange = exchange;
        this.meter = meter;
        this.endpoint = peer::receive;
    }

    PeerId id() { return signer.id(); }
}
