package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppay.core.msg.CoinId;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.WorldView;

/**
 * What the world offers an abstract action at this moment: peers still in the system, those online, who holds
 * which named coin, which own coins an owner has not assigned yet. Choices are resolved modulo these lists.
 */
final class Choices {
    private final ScenarioRunner r;
    private final WorldView view;
    private final Ledger ledger;

    Choices(ScenarioRunner r, Ledger ledger) {
        this.r = r;
        this.view = r.view();
        this.ledger = ledger;
    }

    /** Peers still in the system. */
    List<String> live() {
        List<String> out = new ArrayList<>();
        for (String p : ledger.peers) if (!view.gone(p)) out.add(p);
        return out;
    }

    /** Peers still in the system and online. */
    List<String> online() {
        List<String> out = new ArrayList<>();
        for (String p : ledger.peers) if (view.online(p) && !view.gone(p)) out.add(p);
        return out;
    }

    /** Those of {@code among} that hold some named coin. */
    List<String> holders(List<String> among) {
        List<String> out = new ArrayList<>();
        for (String p : among) if (!held(p).isEmpty()) out.add(p);
        return out;
    }

    /** Coins p holds, forged names left out (they name the same coin as the genuine one). */
    List<String> held(String p) {
        List<String> out = new ArrayList<>();
        for (String c : r.coinsHeldBy(p)) if (!ledger.forged.containsKey(c)) out.add(c);
        return out;
    }

    /** p's own coins, bought or printed by name, that it has not assigned yet. */
    List<String> unassigned(String p) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : ledger.genuine.entrySet()) {
            if (!e.getValue().equals(p)) continue;
            CoinId id = view.coin(e.getKey());
            if (view.trail(id).filter(t -> t.current().isEmpty()).isPresent()) out.add(e.getKey());
        }
        return out;
    }

    /** Another peer: mostly one online, now and then (one choice in seven) any, offline or gone. */
    String other(String p, int choice, List<String> on) {
        List<String> cands = new ArrayList<>();
        for (String q : on) if (!q.equals(p)) cands.add(q);
        if (cands.isEmpty() || choice % 7 == 0) {
            cands.clear();
            for (String q : ledger.peers) if (!q.equals(p)) cands.add(q);
        }
        return pick(cands, choice);
    }

    static <T> T pick(List<T> xs, int choice) { return xs.get(Math.floorMod(choice, xs.size())); }
}
