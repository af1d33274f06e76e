package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.msg.CoinId;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.WorldView;

/**
 * Resolves an abstract {@link Op} against the world at that moment into one concrete line of the scenario
 * language, or null when the world offers nothing to act on. Actors are mostly online peers still in the system;
 * now and then a payee is any other peer, offline or gone, so that refusals are exercised too. Adversarial
 * actions add their actor to the {@link Ledger#suspects}.
 */
final class Interpreter {
    private static final List<String> ROUTES = List.of("owner", "broker", "layer");
    private static final List<ErrorCode> REASONS = List.of(
        ErrorCode.STALE_SEQUENCE, ErrorCode.STALE_SEQUENCE, ErrorCode.STALE_SEQUENCE, ErrorCode.EXPIRED, ErrorCode.NOT_HOLDER, ErrorCode.RELINQUISHED);
    /** Leaving and vanishing stop at this many peers still in the system, so a trace keeps some life. */
    private static final int MIN_PEERS = 3;

    private final ScenarioRunner r;
    private final WorldView view;
    private final Ledger ledger;

    Interpreter(ScenarioRunner r, Ledger ledger) {
        this.r = r;
        this.view = r.view();
        this.ledger = ledger;
    }

    Act interpret(Op op) {
        List<String> live = live(), on = online();
        List<String> actors = on.isEmpty() ? live : on;
        return switch (op.kind()) {
            case PAY, PAY_VIA -> pay(op, actors, on);
            case ASSIGN -> assign(op, actors, on);
            case RENEW, CASH -> holderAct(op, actors);
            case CASH_OWN -> cashOwn(op, actors);
            case OFFLINE -> on.size() <= 2 ? null : Act.of(Kind.OFFLINE, "offline " + pick(on, op.a()), pick(on, op.a()));
            case ONLINE -> online(op, live);
            case ADVANCE -> Act.of(Kind.ADVANCE, "advance " + (op.a() % 2 == 0 ? (1 + op.b() % 36) + "h" : (1 + op.b() % 5) + "d"), null);
            case ADVANCE_LONG -> Act.of(Kind.ADVANCE_LONG, "advance " + (25 + op.b() % 12) + "d", null);
            case SERVE -> serve(op, actors, on);
            case LOTTERY -> lottery(op, actors, on);
            case BUY -> buy(op, live);
            case PRINT -> print(op);
            case FUND -> live.isEmpty() ? null : Act.of(Kind.FUND, "fund " + pick(live, op.a()) + " " + 100 * (1 + op.b() % 10), pick(live, op.a()));
            case LAZY -> live.isEmpty() ? null : Act.of(Kind.LAZY, "lazy " + pick(live, op.a()), pick(live, op.a()));
            case LEAVE -> live.size() <= MIN_PEERS ? null : Act.of(Kind.LEAVE, "leave " + pick(actors, op.a()), pick(actors, op.a()));
            case VANISH -> vanish(op, live);
            case COPY -> copy(op);
            case USE_COPY -> useCopy(op, on);
            case DOUBLE_PRINT -> doublePrint(op);
            case PAY_FORGED -> payForged(op, on);
            case DENY, TAMPER -> ownerAttack(op);
            case REFUSE -> refuse(op, actors);
        };
    }

    private Act pay(Op op, List<String> actors, List<String> on) {
        List<String> holders = holders(actors);
        if (holders.isEmpty()) return assign(op.as(Kind.ASSIGN), actors, on);
        String p = pick(holders, op.a());
        String c = pick(held(p), op.b());
        String q = other(p, op.c(), on);
        String via = op.kind() == Kind.PAY ? null : pick(ROUTES, op.d());
        return new Act(op.kind(), "pay " + p + " " + c + " " + q + (via == null ? "" : " via=" + via), p, c, q, via, null);
    }

    private Act assign(Op op, List<String> actors, List<String> on) {
        List<String> owners = new ArrayList<>();
        for (String p : actors) if (!unassigned(p).isEmpty()) owners.add(p);
        if (owners.isEmpty()) return null;
        String p = pick(owners, op.a());
        String c = pick(unassigned(p), op.b());
        String q = other(p, op.c(), on);
        return new Act(Kind.ASSIGN, "pay " + p + " " + c + " " + q, p, c, q, null, null);
    }

    private Act holderAct(Op op, List<String> actors) {
        List<String> holders = holders(actors);
        if (holders.isEmpty()) return null;
        String p = pick(holders, op.a());
        String c = pick(held(p), op.b());
        if (op.kind() == Kind.CASH) return Act.on(Kind.CASH, "cash " + p + " " + c, p, c);
        String via = op.d() % 4 == 0 ? "broker" : op.d() % 4 == 1 ? "owner" : null;
        return new Act(Kind.RENEW, "renew " + p + " " + c + (via == null ? "" : " via=" + via), p, c, null, via, null);
    }

    private Act cashOwn(Op op, List<String> actors) {
        List<String> owners = new ArrayList<>();
        for (String p : actors) if (!unassigned(p).isEmpty()) owners.add(p);
        if (owners.isEmpty()) return null;
        String p = pick(owners, op.a());
        String c = pick(unassigned(p), op.b());
        return Act.on(Kind.CASH_OWN, "cash " + p + " " + c, p, c);
    }

    private Act online(Op op, List<String> live) {
        List<String> off = new ArrayList<>();
        for (String p : live) if (!view.online(p)) off.add(p);
        if (off.isEmpty()) return null;
        String p = pick(off, op.a());
        return Act.of(Kind.ONLINE, "online " + p, p);
    }

    private Act serve(Op op, List<String> actors, List<String> on) {
        if (actors.isEmpty()) return null;
        String p = pick(actors, op.a());
        String q = other(p, op.b(), on);
        return new Act(Kind.SERVE, "serve " + p + " " + q + " " + (1 + op.c() % 6), p, null, q, null, null);
    }

    private Act lottery(Op op, List<String> actors, List<String> on) {
        if (actors.isEmpty()) return null;
        String p = pick(actors, op.a());
        String q = other(p, op.b(), on);
        return new Act(Kind.LOTTERY, "lottery " + p + " " + q + " " + (1 + op.c() % 3), p, null, q, null, null);
    }

    private Act buy(Op op, List<String> live) {
        String p = pick(live.isEmpty() ? ledger.peers : live, op.a());
        String c = ledger.fresh("c");
        return Act.on(Kind.BUY, "buy " + p + " " + c, p, c);
    }

    private Act print(Op op) {
        List<String> cs = new ArrayList<>();
        for (String p : ledger.certified) if (!view.gone(p)) cs.add(p);
        if (cs.isEmpty()) return null;
        String p = pick(cs, op.a());
        String c = ledger.fresh("c");
        return Act.on(Kind.PRINT, "print " + p + " " + c, p, c);
    }

    private Act vanish(Op op, List<String> live) {
        if (live.size() <= MIN_PEERS) return null;
        String p = pick(live, op.a());
        ledger.suspects.add(p);
        return Act.of(Kind.VANISH, "vanish " + p, p);
    }

    private Act copy(Op op) {
        List<String> holders = holders(live());
        if (holders.isEmpty()) return null;
        String p = pick(holders, op.a());
        String c = pick(held(p), op.b());
        String x = ledger.fresh("x");
        return new Act(Kind.COPY, "copy " + p + " " + c + " " + x, p, c, null, null, x);
    }

    private Act useCopy(Op op, List<String> on) {
        List<String> names = new ArrayList<>();
        for (var e : ledger.copies.entrySet()) if (on.contains(e.getValue().holder())) names.add(e.getKey());
        if (names.isEmpty()) names.addAll(ledger.copies.keySet());
        if (names.isEmpty()) return copy(op.as(Kind.COPY));
        String x = pick(names, op.a());
        String p = ledger.copies.get(x).holder();
        ledger.suspects.add(p);
        switch (op.b() % 6) {
            case 0, 1, 2 -> {
                String q = other(p, op.c(), on);
                String via = op.d() % 5 < 3 ? ROUTES.get(op.d() % 5) : null;
                return new Act(Kind.USE_COPY, "pay " + p + " " + x + " " + q + (via == null ? "" : " via=" + via), p, x, q, via, null);
            }
            case 3, 4 -> { return Act.on(Kind.USE_COPY, "cash " + p + " " + x, p, x); }
            default -> { return Act.on(Kind.USE_COPY, "renew " + p + " " + x, p, x); }
        }
    }

    private Act doublePrint(Op op) {
        List<String> printers = new ArrayList<>(ledger.printed.keySet());
        printers.sort(null);
        if (printers.isEmpty()) return null;
        String p = pick(printers, op.a());
        long sn = pick(ledger.printed.get(p), op.b());
        String f = ledger.fresh("f");
        ledger.suspects.add(p);
        return Act.on(Kind.DOUBLE_PRINT, "print " + p + " " + f + " sn=" + sn, p, f);
    }

    private Act payForged(Op op, List<String> on) {
        if (ledger.forged.isEmpty()) return doublePrint(op.as(Kind.DOUBLE_PRINT));
        String f = pick(new ArrayList<>(ledger.forged.keySet()), op.a());
        String p = ledger.forged.get(f);
        String q = other(p, op.c(), on);
        ledger.suspects.add(p);
        return new Act(Kind.PAY_FORGED, "pay " + p + " " + f + " " + q, p, f, q, null, null);
    }

    private Act ownerAttack(Op op) {
        List<String> coins = new ArrayList<>(ledger.genuine.keySet());
        if (coins.isEmpty()) return null;
        String c = pick(coins, op.a());
        String u = ledger.genuine.get(c);
        ledger.suspects.add(u);
        if (op.kind() == Kind.DENY) return Act.on(Kind.DENY, "deny " + u + " " + c, u, c);
        return Act.on(Kind.TAMPER, "tamper " + u + " " + c + " " + (op.b() % 2 == 0 ? "past" : "short"), u, c);
    }

    /** A payee that will refuse the next payment of a coin someone else holds (or any named coin), maybe keeping a copy. */
    private Act refuse(Op op, List<String> actors) {
        if (actors.isEmpty() || ledger.genuine.isEmpty()) return null;
        String p = pick(actors, op.a());
        List<String> coins = new ArrayList<>();
        for (String q : ledger.peers) if (!q.equals(p)) for (String c : held(q)) if (ledger.genuine.containsKey(c)) coins.add(c);
        if (coins.isEmpty()) coins.addAll(ledger.genuine.keySet());
        String c = pick(coins, op.b());
        ErrorCode reason = pick(REASONS, op.c());
        String keep = op.d() % 2 == 0 ? ledger.fresh("k") : null;
        ledger.suspects.add(p);
        if (keep != null) ledger.keeps.put(keep, p);
        String line = "refuse " + p + " " + c + (reason == ErrorCode.STALE_SEQUENCE ? "" : " reason=" + reason) + (keep == null ? "" : " keep=" + keep);
        return new Act(Kind.REFUSE, line, p, c, null, null, keep);
    }

    private List<String> live() {
        List<String> out = new ArrayList<>();
        for (String p : ledger.peers) if (!view.gone(p)) out.add(p);
        return out;
    }

    private List<String> online() {
        List<String> out = new ArrayList<>();
        for (String p : ledger.peers) if (view.online(p) && !view.gone(p)) out.add(p);
        return out;
    }

    private List<String> holders(List<String> among) {
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
    private List<String> unassigned(String p) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : ledger.genuine.entrySet()) {
            if (!e.getValue().equals(p)) continue;
            CoinId id = view.coin(e.getKey());
            if (view.trail(id).filter(t -> t.current().isEmpty()).isPresent()) out.add(e.getKey());
        }
        return out;
    }

    /** Another peer: mostly one online, now and then (one choice in seven) any, offline or gone. */
    private String other(String p, int choice, List<String> on) {
        List<String> cands = new ArrayList<>();
        for (String q : on) if (!q.equals(p)) cands.add(q);
        if (cands.isEmpty() || choice % 7 == 0) {
            cands.clear();
            for (String q : ledger.peers) if (!q.equals(p)) cands.add(q);
        }
        return pick(cands, choice);
    }

    private static <T> T pick(List<T> xs, int choice) { return xs.get(Math.floorMod(choice, xs.size())); }
}
