package org.ppay.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.PeerId;
import org.ppay.core.broker.Broker;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.Detection;
import org.ppay.scenario.attack.FalseRefusal;

/**
 * A read-only look into a running scenario's world, by peer and coin names: what an observer that keeps its own
 * record of a trace (the explorer's property checks) needs to see to judge Theorem 1's attack analysis (Section 4)
 * without reaching into the runner. Nothing here changes the world.
 */
public final class WorldView {
    private final World w;

    WorldView(World w) { this.w = w; }

    /** Peer names in the order they joined. */
    public List<String> peers() {
        List<String> out = new ArrayList<>();
        for (ScenarioPeer n : w.nodes()) out.add(n.name);
        return out;
    }

    public PeerId id(String peer) { return node(peer).id(); }

    public boolean online(String peer) { return node(peer).online; }

    /** Whether the peer left the system formally or vanished: it takes part in nothing any more. */
    public boolean gone(String peer) { return node(peer).gone; }

    /** The peer's wallet: its holding of each coin, in the wallet's own order. */
    public Map<CoinId, Holding> wallet(String peer) {
        Map<CoinId, Holding> out = new LinkedHashMap<>();
        for (Holding h : node(peer).peer.holder().holdings()) out.put(h.coin().id(), h);
        return out;
    }

    /** The coin's audit trail at its owner (Section 4.1), if the owner is a peer of this world and has one. */
    public Optional<AuditTrail> trail(CoinId coin) {
        ScenarioPeer owner = w.byId(coin.owner());
        return owner == null ? Optional.empty() : owner.peer.owner().trail(coin);
    }

    /** Every audit trail an owner keeps. */
    public Collection<AuditTrail> trails(String owner) { return node(owner).peer.owner().trails(); }

    /** The coin a name stands for (a coin, a second printing of it, or a copy of a holding), or null if unnamed. */
    public CoinId coin(String name) {
        CoinRef ref = w.coins().get(name);
        return ref == null ? null : ref.id();
    }

    /** The frozen holding a copy name stands for (the {@code copy} action, or a refused payment kept), if it is one. */
    public Optional<Holding> copy(String name) {
        CoinRef ref = w.coins().get(name);
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.copy());
    }

    /** The name of a peer, or null when the id is no peer of this world. */
    public String name(PeerId id) {
        ScenarioPeer n = w.byId(id);
        return n == null ? null : n.name;
    }

    /** The name of a coin's owner, or null. */
    public String owner(CoinId coin) { return name(coin.owner()); }

    /** The simulated clock, in seconds. */
    public long now() { return w.now(); }

    /** The frauds the broker has proven so far, in order. */
    public List<Detection> detections() {
        Broker b = w.brokerOrNull();
        return b == null ? List.of() : List.copyOf(b.detections());
    }

    /** How many false refusals (the {@code refuse} action) have been made so far, by every payee together. */
    public int falseRefusalsMade() {
        int made = 0;
        for (ScenarioPeer n : w.nodes()) for (FalseRefusal f : n.refusals) if (f.spent()) made++;
        return made;
    }

    /** Whether some payee refused exactly this holding falsely (the {@code refuse} action) so far. */
    public boolean refusedFalsely(Holding h) {
        for (ScenarioPeer n : w.nodes()) for (FalseRefusal f : n.refusals) if (h.equals(f.refused())) return true;
        return false;
    }

    private ScenarioPeer node(String peer) {
        try {
            return w.node(peer);
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
