package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.role.AuditTrail;

/**
 * The checks' own record of a trace, kept apart from the implementation: which names stand for which coins, who
 * copied, forged, denied, tampered or refused what, every use of a holding that might be given up twice, every
 * first assignment of a serial, and the coins whose frauds can no longer be proven (see
 * {@link PropertyChecks#undetected}). Iteration orders are insertion orders, so a seed gives the same messages.
 */
final class Ledger {
    /** A copy of {@code holder}'s holding {@code h}; {@code refused}: kept from a payment it refused. */
    record Copy(String holder, Holding h, CoinId id, boolean refused) {}

    /** A first assignment (seq 1) of a serial: by its owner's trail, or of a double-printed copy. */
    record Root(String holder, long ts, int step, String how) {}

    /** A culprit the broker must have named by the end, and why. */
    record Expected(String culprit, Fraud fraud, String why) {}

    final List<String> peers;
    final Set<String> certified = new LinkedHashSet<>();
    /** Coin name to owner, for coins bought or printed by name. */
    final Map<String, String> genuine = new LinkedHashMap<>();
    /** Owner to the serials it printed by name. */
    final Map<String, List<Long>> printed = new LinkedHashMap<>();
    final Map<String, Copy> copies = new LinkedHashMap<>();
    /** The copy name of a false refusal not made yet, to its payee. */
    final Map<String, String> keeps = new LinkedHashMap<>();
    /** Second printings by name, to their owner. */
    final Map<String, String> forged = new LinkedHashMap<>();
    final Set<CoinId> forgedIds = new LinkedHashSet<>();
    final Set<CoinId> copiedIds = new LinkedHashSet<>();
    final Set<CoinId> silentlyReplaced = new LinkedHashSet<>();
    final Set<CoinId> unclaimable = new LinkedHashSet<>();
    final Set<CoinId> tamperedIds = new LinkedHashSet<>();
    /** Coins some peer held when it vanished: its claim may never be presented. */
    final Set<CoinId> vanishedWith = new LinkedHashSet<>();
    /**
     * Layers a payee refused falsely while nothing came back (payer, holding, payee): the payer keeps its holding on
     * the broker's word. Paying that payee the same layer again makes the very message the payee disowned, so its
     * acceptance gives nothing up that a signature could prove: the payee took back what it refused, at its own cost.
     */
    final Set<List<Object>> refusedLayers = new LinkedHashSet<>();
    final Map<CoinId, List<Root>> roots = new LinkedHashMap<>();
    final Map<CoinId, AuditTrail> rootTrail = new LinkedHashMap<>();
    final Set<AuditTrail> seenTrails = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<String, Set<CoinId>> pendingDeny = new LinkedHashMap<>();
    final Map<String, Set<CoinId>> pendingTamper = new LinkedHashMap<>();
    final List<Expected> expected = new ArrayList<>();
    /** Peers that ran an adversarial action: only they may be punished. */
    final Set<String> suspects = new LinkedHashSet<>();
    private final IdentityHashMap<Holding, Instance> byHolding = new IdentityHashMap<>();
    private final List<Instance> instances = new ArrayList<>();
    private int fresh;

    Ledger(List<String> peers) { this.peers = List.copyOf(peers); }

    /** A coin or copy name not used before in this trace. */
    String fresh(String prefix) { return prefix + (++fresh); }

    /** The record of a holding that might be given up twice, begun now if it was not yet. */
    Instance instance(String holder, Holding h, CoinId id, AuditTrail trail) {
        return byHolding.computeIfAbsent(h, k -> {
            Instance i = new Instance(holder, h, id, trail);
            instances.add(i);
            return i;
        });
    }

    Instance instanceOf(Holding h) { return byHolding.get(h); }

    List<Instance> instances() { return instances; }

    void pending(Map<String, Set<CoinId>> attacks, String owner, CoinId coin) {
        attacks.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(coin);
    }
}
