package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.msg.CoinId;
import org.ppay.core.role.Detection;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.WorldView;

/**
 * The four {@link Property properties}, judged against the {@link Ledger}: after every step (invariants, books,
 * honest peers unpunished, an honest trace's detections and refusals) and once at the end (every fraud really
 * committed is attributed). Only the properties asked for are checked; the explorer asks for all.
 */
final class PropertyChecks {
    private final ScenarioRunner r;
    private final WorldView view;
    private final Ledger ledger;
    private final Set<Property> on;

    PropertyChecks(ScenarioRunner r, Ledger ledger, Set<Property> on) {
        this.r = r;
        this.view = r.view();
        this.ledger = ledger;
        this.on = on;
    }

    /** The first property the step broke, or null. */
    Violation afterStep(Act a, ErrorCode code, CoinId coin, int step) {
        if (on.contains(Property.INVARIANTS) || on.contains(Property.HONEST_TRACE)) {
            List<String> broken = r.invariantViolations();
            if (!broken.isEmpty()) {
                String first = broken.get(0);
                return new Violation(Violation.Type.INVARIANT_BROKEN, first.substring(0, Math.max(0, first.indexOf(':'))),
                    "Theorem 1 invariant broken after step " + step + ": " + named(String.join("; ", broken)), null, null);
            }
            if (!r.conserved()) return new Violation(Violation.Type.NOT_CONSERVED, "", "money not conserved after step " + step + ": " + r.check("conserved"), null, null);
        }
        if (on.contains(Property.HONEST_NEVER_PUNISHED)) {
            for (Detection d : view.detections()) {
                String c = view.name(d.culprit());
                if (!ledger.suspects.contains(c)) {
                    return new Violation(Violation.Type.HONEST_PUNISHED, kind(d), "honest peer " + c + " punished (detections " + detections()
                        + ", suspects " + ledger.suspects + ")", c, null);
                }
            }
        }
        if (on.contains(Property.HONEST_TRACE)) {
            List<Detection> ds = view.detections();
            if (!ds.isEmpty()) {
                return new Violation(Violation.Type.HONEST_DETECTION, kind(ds.get(0)), "an honest trace produced detections: " + detections(), view.name(ds.get(0).culprit()), null);
            }
            if (code != null && !Benign.refusal(a.kind(), code, departed(a, coin))) {
                return new Violation(Violation.Type.NON_BENIGN_REFUSAL, a.kind() + " " + code, "honest action refused for a non-benign reason: " + a.line() + " -> " + code, null, code);
            }
        }
        return null;
    }

    /** Whether a peer the action names, or the owner of its coin, has left the system. */
    private boolean departed(Act a, CoinId coin) {
        for (String p : new String[] {a.actor(), a.to(), coin == null ? null : view.owner(coin)}) if (p != null && view.gone(p)) return true;
        return false;
    }

    /**
     * Property 3, at the end of the trace. A fraud counts as committed only if it certainly put two claims on one
     * coin into the system, and it must then be attributed:
     * <ul>
     *   <li>holder double spend: two uses of one holding (original and copy, two copies, or a signed refusal and the
     *       copy its payee kept) that are certainly different messages (the same request to the same payee, two cash
     *       or two renewal requests may be replays), each accepted by the system (the step succeeded and, for a
     *       payment, the payee's wallet took the new holding; for a refusal, the payer got the coin back);</li>
     *   <li>owner double spend: two different first assignments of one double-printed serial (two holders, or two
     *       times), each taken by its holder's wallet;</li>
     *   <li>wrongful denial that the broker overruled, and window tampering refused by its victim.</li>
     * </ul>
     * Excluded as not certainly realized: the holding's renewal window had closed by the end (the paper lets holders
     * forfeit unrenewed coins, and then nobody ever claims the second branch); a wallet silently replaced one claim
     * on the coin by another; the coin's trail was purged or restarted; a claimant was booted and could not cash; a
     * peer vanished while holding the coin (its claim may never be presented); for a holder's double spend, the
     * coin's owner left or vanished (its audit trail, the evidence, went with it, and the broker judges by default
     * on what it holds, Section 4.2); a coin both double-printed and copied (attribution between the two frauds is
     * then a matter of order); a coin whose owner tampered with a window (a tampered assignment ends its branch
     * with a refund instead of a claim).
     *
     * @return the violation, or null when every such fraud is attributed
     */
    Violation undetected(Tally tally) {
        List<String> culprits = r.culprits();
        List<String> missing = new ArrayList<>();
        Fraud first = null;
        String firstPeer = null;
        for (Instance i : ledger.instances()) {
            if (!i.givenUpTwice() || !holderFraudRealized(i)) continue;
            tally.fraud(Fraud.HOLDER_DOUBLE_SPEND);
            if (culprits.contains(i.holder)) continue;
            missing.add(i.holder + " gave up its seq-" + i.h.seq() + " holding of " + coinName(i.id) + " twice " + i.uses + " but was not detected");
            if (first == null) { first = Fraud.HOLDER_DOUBLE_SPEND; firstPeer = i.holder; }
        }
        for (var e : ledger.roots.entrySet()) {
            CoinId id = e.getKey();
            if (!ledger.forgedIds.contains(id) || !twoLiveRoots(e.getValue()) || !ownerFraudRealized(id)) continue;
            tally.fraud(Fraud.OWNER_DOUBLE_SPEND);
            String owner = view.owner(id);
            if (culprits.contains(owner)) continue;
            missing.add(owner + " assigned serial " + id.sn() + " twice " + e.getValue() + " but was not detected");
            if (first == null) { first = Fraud.OWNER_DOUBLE_SPEND; firstPeer = owner; }
        }
        for (Ledger.Expected x : ledger.expected) {
            if (culprits.contains(x.culprit())) continue;
            missing.add(x.culprit() + ": " + x.why() + " not punished");
            if (first == null) { first = x.fraud(); firstPeer = x.culprit(); }
        }
        if (missing.isEmpty() || !on.contains(Property.FRAUD_DETECTED)) return null;
        return new Violation(Violation.Type.FRAUD_UNDETECTED, first.name().toLowerCase(Locale.ROOT),
            "fraud not detected/attributed: " + missing + "; detections " + detections(), firstPeer, null);
    }

    private boolean holderFraudRealized(Instance i) {
        String owner = view.owner(i.id);
        return view.now() <= i.h.base().re() && !ledger.silentlyReplaced.contains(i.id) && !ledger.forgedIds.contains(i.id)
            && !ledger.tamperedIds.contains(i.id) && !ledger.unclaimable.contains(i.id) && !ledger.vanishedWith.contains(i.id)
            && owner != null && !view.gone(owner) && view.trail(i.id).orElse(null) == i.trail;
    }

    private boolean ownerFraudRealized(CoinId id) {
        return !ledger.silentlyReplaced.contains(id) && !ledger.copiedIds.contains(id) && !ledger.unclaimable.contains(id)
            && !ledger.tamperedIds.contains(id) && !ledger.vanishedWith.contains(id) && view.trail(id).orElse(null) == ledger.rootTrail.get(id);
    }

    /** Two first assignments still inside their renewal window that differ in holder or time. */
    private boolean twoLiveRoots(List<Ledger.Root> roots) {
        List<Ledger.Root> live = new ArrayList<>();
        for (Ledger.Root root : roots) if (root.ts() + Setup.RENEWAL_WAIT >= view.now()) live.add(root);
        for (int x = 0; x < live.size(); x++) {
            for (int y = x + 1; y < live.size(); y++) {
                if (!live.get(x).holder().equals(live.get(y).holder()) || live.get(x).ts() != live.get(y).ts()) return true;
            }
        }
        return false;
    }

    /** The broker's detections, as "culprit kind on coin". */
    List<String> detections() {
        List<String> out = new ArrayList<>();
        for (Detection d : view.detections()) out.add(view.name(d.culprit()) + " " + kind(d) + " " + coinName(d.coin()));
        return out;
    }

    private static String kind(Detection d) { return d.kind().name().toLowerCase(Locale.ROOT); }

    private String coinName(CoinId id) {
        for (String c : ledger.genuine.keySet()) if (id.equals(view.coin(c))) return c;
        return view.owner(id) + "#" + id.sn();
    }

    /** Replaces peer ids in the core's messages by the peers' names. */
    private String named(String s) {
        for (String p : ledger.peers) s = s.replace(view.id(p).toString(), p);
        return s;
    }
}
