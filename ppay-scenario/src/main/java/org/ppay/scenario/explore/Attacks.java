package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;

/**
 * The adversarial actions resolved against the world (Section 4): copies kept and used (holder double spends),
 * second printings and their assignment (owner double spends), wrongful denial, window tampering, false refusals
 * that may keep a copy, and vanishing. Each adds its actor to the {@link Ledger#suspects}: only they may be
 * punished.
 */
final class Attacks {
    private static final List<String> ROUTES = Interpreter.ROUTES;
    private static final List<ErrorCode> REASONS = List.of(
        ErrorCode.STALE_SEQUENCE, ErrorCode.STALE_SEQUENCE, ErrorCode.STALE_SEQUENCE, ErrorCode.EXPIRED, ErrorCode.NOT_HOLDER, ErrorCode.RELINQUISHED);

    private final Choices choices;
    private final Ledger ledger;

    Attacks(Choices choices, Ledger ledger) {
        this.choices = choices;
        this.ledger = ledger;
    }

    Act vanish(Op op, List<String> live) {
        if (live.size() <= Interpreter.MIN_PEERS) return null;
        String p = Choices.pick(live, op.a());
        ledger.suspects.add(p);
        return Act.of(Kind.VANISH, "vanish " + p, p);
    }

    Act copy(Op op) {
        List<String> holders = choices.holders(choices.live());
        if (holders.isEmpty()) return null;
        String p = Choices.pick(holders, op.a());
        String c = Choices.pick(choices.held(p), op.b());
        String x = ledger.fresh("x");
        return new Act(Kind.COPY, "copy " + p + " " + c + " " + x, p, c, null, null, x);
    }

    Act useCopy(Op op, List<String> on) {
        List<String> names = new ArrayList<>();
        for (var e : ledger.copies.entrySet()) if (on.contains(e.getValue().holder())) names.add(e.getKey());
        if (names.isEmpty()) names.addAll(ledger.copies.keySet());
        if (names.isEmpty()) return copy(op.as(Kind.COPY));
        String x = Choices.pick(names, op.a());
        String p = ledger.copies.get(x).holder();
        ledger.suspects.add(p);
        switch (op.b() % 6) {
            case 0, 1, 2 -> {
                String q = choices.other(p, op.c(), on);
                String via = op.d() % 5 < 3 ? ROUTES.get(op.d() % 5) : null;
                return new Act(Kind.USE_COPY, "pay " + p + " " + x + " " + q + (via == null ? "" : " via=" + via), p, x, q, via, null);
            }
            case 3, 4 -> { return Act.on(Kind.USE_COPY, "cash " + p + " " + x, p, x); }
            default -> { return Act.on(Kind.USE_COPY, "renew " + p + " " + x, p, x); }
        }
    }

    Act doublePrint(Op op) {
        List<String> printers = new ArrayList<>(ledger.printed.keySet());
        printers.sort(null);
        if (printers.isEmpty()) return null;
        String p = Choices.pick(printers, op.a());
        long sn = Choices.pick(ledger.printed.get(p), op.b());
        String f = ledger.fresh("f");
        ledger.suspects.add(p);
        return Act.on(Kind.DOUBLE_PRINT, "print " + p + " " + f + " sn=" + sn, p, f);
    }

    Act payForged(Op op, List<String> on) {
        if (ledger.forged.isEmpty()) return doublePrint(op.as(Kind.DOUBLE_PRINT));
        String f = Choices.pick(new ArrayList<>(ledger.forged.keySet()), op.a());
        String p = ledger.forged.get(f);
        String q = choices.other(p, op.c(), on);
        ledger.suspects.add(p);
        return new Act(Kind.PAY_FORGED, "pay " + p + " " + f + " " + q, p, f, q, null, null);
    }

    Act ownerAttack(Op op) {
        List<String> coins = new ArrayList<>(ledger.genuine.keySet());
        if (coins.isEmpty()) return null;
        String c = Choices.pick(coins, op.a());
        String u = ledger.genuine.get(c);
        ledger.suspects.add(u);
        if (op.kind() == Kind.DENY) return Act.on(Kind.DENY, "deny " + u + " " + c, u, c);
        return Act.on(Kind.TAMPER, "tamper " + u + " " + c + " " + (op.b() % 2 == 0 ? "past" : "short"), u, c);
    }

    /** A payee that will refuse the next payment of a coin someone else holds (or any named coin), maybe keeping a copy. */
    Act refuse(Op op, List<String> actors) {
        if (actors.isEmpty() || ledger.genuine.isEmpty()) return null;
        String p = Choices.pick(actors, op.a());
        List<String> coins = new ArrayList<>();
        for (String q : ledger.peers) if (!q.equals(p)) for (String c : choices.held(q)) if (ledger.genuine.containsKey(c)) coins.add(c);
        if (coins.isEmpty()) coins.addAll(ledger.genuine.keySet());
        String c = Choices.pick(coins, op.b());
        ErrorCode reason = Choices.pick(REASONS, op.c());
        String keep = op.d() % 2 == 0 ? ledger.fresh("k") : null;
        ledger.suspects.add(p);
        if (keep != null) ledger.keeps.put(keep, p);
        String line = "refuse " + p + " " + c + (reason == ErrorCode.STALE_SEQUENCE ? "" : " reason=" + reason) + (keep == null ? "" : " keep=" + keep);
        return new Act(Kind.REFUSE, line, p, c, null, null, keep);
    }
}
