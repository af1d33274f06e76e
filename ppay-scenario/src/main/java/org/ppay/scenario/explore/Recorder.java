package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.role.AuditTrail;
import org.ppay.scenario.WorldView;

/**
 * Writes what one step did into the {@link Ledger}, from the action and the wallets before and after it: names made,
 * attacks armed, every use of a holding that might be given up twice, first assignments of serials, and the coins
 * whose frauds can no longer be proven. A use counts only when the system accepted it (the step succeeded and, for a
 * payment, the payee's wallet took the new holding): a refused attempt puts no second claim into the system.
 */
final class Recorder {
    private final Ledger ledger;
    private final WorldView view;
    private final Tally tally;

    Recorder(Ledger ledger, WorldView view, Tally tally) {
        this.ledger = ledger;
        this.view = view;
        this.tally = tally;
    }

    /** What the checks need to know before the step runs. */
    record Before(Wallets wallets, CoinId coin, boolean denyConsumed, int refusalsMade, int detections) {}

    Before before(Act a) {
        Wallets w = Wallets.of(view, ledger.peers);
        CoinId coin = a.coin() == null ? null : view.coin(a.coin());
        return new Before(w, coin, denyWouldBeConsumed(a, coin, w), view.falseRefusalsMade(), view.detections().size());
    }

    void record(Act a, Before b, ErrorCode code, int step, boolean settling) {
        Wallets after = Wallets.of(view, ledger.peers);
        CoinId coinId = b.coin();
        named(a, b, code);
        boolean delivered = a.to() == null || a.kind() == Kind.SERVE || a.kind() == Kind.LOTTERY || after.tookNew(b.wallets(), a.to(), coinId);
        boolean accepted = code == null && delivered;
        Ledger.Copy usedCopy = a.coin() != null && ledger.copies.containsKey(a.coin()) && a.actor().equals(ledger.copies.get(a.coin()).holder())
            ? ledger.copies.get(a.coin()) : null;
        if (usedCopy != null && accepted) {
            ledger.instanceOf(usedCopy.h()).uses.add(new Use(way(a), a.to(), step, true));
            tally.fraud(usedCopy.refused() ? Fraud.REFUSED_COPY_USED : Fraud.COPY_USED);
        }
        givenUp(a, b, after, code, accepted, usedCopy, step);
        firstAssignments(a, b, after, code, step);
        if (a.kind() == Kind.PAY_FORGED && accepted && b.wallets().get(a.actor(), coinId) == null) {
            ledger.roots.computeIfAbsent(coinId, k -> new ArrayList<>()).add(new Ledger.Root(a.to(), view.now(), step, "forged"));
            tally.fraud(Fraud.FORGED_COIN_PAID);
        }
        ownerAttacks(a, b, code, step);
        refusals(a, b, after, step);
        if (settling && code == ErrorCode.BOOTED && coinId != null) ledger.unclaimable.add(coinId);
    }

    /** Names and attacks the action made, and what it ended. */
    private void named(Act a, Before b, ErrorCode code) {
        boolean ok = code == null;
        switch (a.kind()) {
            case BUY -> { if (ok && a.coin() != null) ledger.genuine.put(a.coin(), a.actor()); }
            case PRINT -> {
                if (ok) {
                    ledger.genuine.put(a.coin(), a.actor());
                    ledger.printed.computeIfAbsent(a.actor(), k -> new ArrayList<>()).add(view.coin(a.coin()).sn());
                }
            }
            case DOUBLE_PRINT -> {
                if (ok) {
                    ledger.forged.put(a.coin(), a.actor());
                    ledger.forgedIds.add(view.coin(a.coin()));
                }
            }
            case COPY -> {
                if (ok) {
                    Holding h = b.wallets().get(a.actor(), b.coin());
                    ledger.copies.put(a.made(), new Ledger.Copy(a.actor(), h, b.coin(), false));
                    ledger.copiedIds.add(b.coin());
                    ledger.instance(a.actor(), h, b.coin(), view.trail(b.coin()).orElse(null));
                }
            }
            case DENY -> ledger.pending(ledger.pendingDeny, a.actor(), b.coin());
            case TAMPER -> {
                ledger.pending(ledger.pendingTamper, a.actor(), b.coin());
                ledger.tamperedIds.add(b.coin());
            }
            case SERVE, LOTTERY -> {          // a coin paid by the client's own choice may go through an owner: pending attacks are spent unseen
                ledger.pendingDeny.clear();
                ledger.pendingTamper.clear();
            }
            case VANISH -> {
                if (ok) {
                    ledger.vanishedWith.addAll(b.wallets().of(a.actor()).keySet());
                    tally.fraud(Fraud.VANISH);
                }
            }
            default -> { }
        }
    }

    /**
     * Holdings that left a wallet in this step: the original of a copied holding given up, a claim replaced, or a
     * claim dropped unpresented, after which the coin's frauds may never be proven: by a refused step (unless the
     * step convicted that very holder, whose claim was refuted), or by a leave's recall, which drops what it cannot
     * cash. A payment that succeeded but that its payee's wallet did not take lost its claim too.
     */
    private void givenUp(Act a, Before b, Wallets after, ErrorCode code, boolean accepted, Ledger.Copy usedCopy, int step) {
        Set<String> convicted = new LinkedHashSet<>();
        for (var d : view.detections().subList(b.detections(), view.detections().size())) convicted.add(view.name(d.culprit()));
        if (code == null && !accepted && b.coin() != null) ledger.unclaimable.add(b.coin());
        for (String p : ledger.peers) {
            for (Map.Entry<CoinId, Holding> e : b.wallets().of(p).entrySet()) {
                Holding now = after.get(p, e.getKey());
                if (now == e.getValue()) continue;
                if (now == null && (a.kind() == Kind.LEAVE || code != null && !convicted.contains(p))) ledger.unclaimable.add(e.getKey());
                boolean ownRenewal = p.equals(a.actor()) && e.getKey().equals(b.coin()) && a.verb("renew");
                if (now != null && !ownRenewal && !cameBack(a, code, p, e.getKey(), b.coin())) ledger.silentlyReplaced.add(e.getKey());
                Instance inst = ledger.instanceOf(e.getValue());
                if (inst == null || usedCopy != null && usedCopy.h() == e.getValue() || !accepted) continue;
                if (way(a) == Use.Way.LAYER && ledger.refusedLayers.contains(List.of(p, e.getValue(), a.to()))) continue;
                if (tookRefusedLayer(after, e.getKey(), e.getValue())) continue;
                inst.uses.add(originalUse(a, p, e.getKey(), b.coin(), step));
            }
        }
    }

    /**
     * Whether a payee now holds, as a layer of {@code given}, the very message it refused falsely before
     * (in this step or an earlier one): a payee that takes back what it disowned gives its payer's holding no second
     * relinquishment a signature could prove, as {@link Ledger#refusedLayers} says; its own use of it is its double spend.
     */
    private boolean tookRefusedLayer(Wallets after, CoinId id, Holding given) {
        for (String q : ledger.peers) {
            if (after.get(q, id) instanceof LayeredCoin l && l.inner().equals(given) && view.refusedFalsely(l)) return true;
        }
        return false;
    }

    /**
     * A payer's coin that came back in a refused payment: the payee refused it with a signature and its issuer gave
     * the payer a new assignment (docs/protocol-decisions.md, "Refusals"). Not a silent replacement of a claim.
     */
    private static boolean cameBack(Act a, ErrorCode code, String p, CoinId id, CoinId actCoin) {
        return code != null && a.kind().pays() && p.equals(a.payer()) && (a.coin() == null || id.equals(actCoin));
    }

    /** How this step gave up {@code holder}'s holding of {@code id}, when it was not a copy being used. */
    private static Use originalUse(Act a, String holder, CoinId id, CoinId actCoin, int step) {
        if (holder.equals(a.actor()) && id.equals(actCoin)) {
            switch (a.kind()) {
                case PAY, PAY_VIA -> { return new Use(way(a), a.to(), step, false); }
                case CASH, RENEW -> { return new Use(way(a), null, step, false); }
                default -> { }
            }
        }
        if (a.kind() == Kind.SERVE && holder.equals(a.to())) return new Use(Use.Way.SERVICE, a.actor(), step, false);
        if (a.kind() == Kind.LOTTERY && holder.equals(a.actor())) return new Use(Use.Way.SERVICE, a.to(), step, false);
        return new Use(Use.Way.UNKNOWN, null, step, false);
    }

    private static Use.Way way(Act a) {
        if (a.verb("cash")) return Use.Way.CASH;
        if (a.verb("renew")) return Use.Way.RENEW;
        return "layer".equals(a.route()) ? Use.Way.LAYER : Use.Way.REQUEST;
    }

    /**
     * First assignments: of genuine coins (seen on their owner's trail) and of double-printed copies, each counted
     * only if its holder's wallet took it (or the owner cashed it at once).
     */
    private void firstAssignments(Act a, Before b, Wallets after, ErrorCode code, int step) {
        for (String p : ledger.peers) {
            List<AuditTrail> trails = new ArrayList<>(view.trails(p));
            trails.sort(Comparator.comparingLong(t -> t.coin().sn()));
            for (AuditTrail t : trails) {
                Optional<Assignment> cur = t.current();
                if (cur.isEmpty() || !ledger.seenTrails.add(t)) continue;
                CoinId id = t.coin().id();
                ledger.rootTrail.putIfAbsent(id, t);
                String holder = view.name(cur.get().holder());
                boolean taken = cur.get().seq() == 1 && holder != null
                    && (after.get(holder, id) == cur.get() || a.kind() == Kind.CASH_OWN && code == null && holder.equals(a.actor()));
                if (taken) ledger.roots.computeIfAbsent(id, k -> new ArrayList<>()).add(new Ledger.Root(holder, cur.get().ts(), step, "genuine"));
            }
        }
    }

    /** Wrongful denial and window tampering, when they hit a holder: their owner must be named by the end. */
    private void ownerAttacks(Act a, Before b, ErrorCode code, int step) {
        CoinId coinId = b.coin();
        if (b.denyConsumed()) {
            String owner = view.owner(coinId);
            ledger.pendingDeny.computeIfAbsent(owner, k -> new LinkedHashSet<>()).remove(coinId);
            if (code == null) {
                ledger.expected.add(new Ledger.Expected(owner, Fraud.WRONGFUL_DENIAL, "wrongful denial of " + a.coin() + " at step " + step));
                tally.fraud(Fraud.WRONGFUL_DENIAL);
            }
        }
        if (code == ErrorCode.WINDOW_TAMPERED && coinId != null) {
            String owner = view.owner(coinId);
            // The victim must be another peer that refused the window itself, acting honestly: not the owner paying or
            // renewing its own coin, not a holder replaying a copy (its refusal would give up what it holds twice), and
            // not a payee whose false refusal took the tampered payment unseen (the coin came back bent).
            boolean victim = !owner.equals(a.actor()) && a.kind() != Kind.USE_COPY && view.falseRefusalsMade() == b.refusalsMade();
            if (ledger.pendingTamper.computeIfAbsent(owner, k -> new LinkedHashSet<>()).remove(coinId) && victim) {
                ledger.expected.add(new Ledger.Expected(owner, Fraud.WINDOW_TAMPERING, "window tampering on " + a.coin() + " at step " + step));
                tally.fraud(Fraud.WINDOW_TAMPERING);
            }
        }
    }

    /**
     * False refusals made in this step. One that kept a copy starts the record of the refused holding: the signed
     * refusal is its payee's first relinquishment of it, counted only if the issuer took it (the payer got the
     * coin back); the kept copy can then be used like any other.
     */
    private void refusals(Act a, Before b, Wallets after, int step) {
        tally.fraud(Fraud.FALSE_REFUSAL, view.falseRefusalsMade() - b.refusalsMade());
        String payer = a.payer();
        if (view.falseRefusalsMade() > b.refusalsMade() && payer != null && a.to() != null && b.coin() != null && a.kind().pays()
                && way(a) == Use.Way.LAYER && !after.tookNew(b.wallets(), payer, b.coin())) {
            Holding kept = b.wallets().get(payer, b.coin());
            if (kept != null && after.get(payer, b.coin()) == kept) ledger.refusedLayers.add(List.of(payer, kept, a.to()));
        }
        List<String> made = new ArrayList<>();
        for (Map.Entry<String, String> e : ledger.keeps.entrySet()) if (view.coin(e.getKey()) != null) made.add(e.getKey());
        for (String keep : made) {
            String payee = ledger.keeps.remove(keep);
            CoinId id = view.coin(keep);
            Holding h = view.copy(keep).orElseThrow();
            ledger.copies.put(keep, new Ledger.Copy(payee, h, id, true));
            ledger.copiedIds.add(id);
            Instance inst = ledger.instance(payee, h, id, view.trail(id).orElse(null));
            if (payer != null && after.tookNew(b.wallets(), payer, id)) inst.uses.add(new Use(Use.Way.REFUSAL, payer, step, false));
        }
    }

    /** Whether the owner's pending denial of this coin will be spent by this action (the owner route). */
    private boolean denyWouldBeConsumed(Act a, CoinId id, Wallets before) {
        // paying a second print of a serial the payer holds an assignment of pays that holding (a request to the owner)
        boolean pays = a.kind() == Kind.PAY || a.kind() == Kind.PAY_VIA || a.kind() == Kind.USE_COPY && a.verb("pay") || a.kind() == Kind.PAY_FORGED;
        if (id == null || !pays) return false;
        String owner = view.owner(id);
        if (!ledger.pendingDeny.getOrDefault(owner, Set.of()).contains(id)) return false;
        if (!up(a.actor()) || !up(a.to()) || !up(owner)) return false;
        if (a.route() != null && !a.route().equals("owner")) return false;
        Ledger.Copy copy = ledger.copies.get(a.coin());
        return copy != null ? copy.holder().equals(a.actor()) : before.get(a.actor(), id) != null;
    }

    private boolean up(String peer) { return view.online(peer) && !view.gone(peer); }
}
