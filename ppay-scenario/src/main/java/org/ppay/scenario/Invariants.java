package org.ppay.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.PeerId;
import org.ppay.core.broker.Broker;
import org.ppay.core.msg.Holding;
import org.ppay.core.role.Owner;
import org.ppay.core.role.TheoremOne;

/** Theorem 1 over a scenario's world: honest owners' trails against every wallet. */
final class Invariants {
    private Invariants() {}

    static List<String> check(World w) {
        Broker b = w.brokerOrNull();
        List<Owner> honest = new ArrayList<>();
        Map<PeerId, List<Holding>> held = new HashMap<>();
        for (ScenarioPeer n : w.nodes()) {
            boolean caught = b != null && b.detections().stream().anyMatch(d -> d.culprit().equals(n.id()));
            if (!caught && !n.gone && !n.dishonestOwner) honest.add(n.peer.owner());
            held.put(n.id(), n.peer.holder().holdings());
        }
        return TheoremOne.violations(honest, held);
    }
}
