package org.ppay.scenario.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.scenario.WorldView;

/** Every peer's holdings at one moment: compared before and after a step, they show what the step gave up or took. */
record Wallets(Map<String, Map<CoinId, Holding>> byPeer) {
    static Wallets of(WorldView view, List<String> peers) {
        Map<String, Map<CoinId, Holding>> m = new LinkedHashMap<>();
        for (String p : peers) m.put(p, view.wallet(p));
        return new Wallets(m);
    }

    Map<CoinId, Holding> of(String peer) { return byPeer.getOrDefault(peer, Map.of()); }

    Holding get(String peer, CoinId id) { return id == null ? null : of(peer).get(id); }

    /** Whether {@code peer}'s wallet now holds a holding of {@code id} it did not hold before. */
    boolean tookNew(Wallets before, String peer, CoinId id) {
        Holding now = get(peer, id);
        return now != null && now != before.get(peer, id);
    }
}
