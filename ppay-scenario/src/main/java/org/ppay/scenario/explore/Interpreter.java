package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.WorldView;

/**
 * Resolves an abstract {@link Op} against the world at that moment into one concrete line of the scenario
 * language, or null when the world offers nothing to act on. Actors are mostly online peers still in the system;
 * now and then a payee is any other peer, offline or gone, so that refusals are exercised too. The honest actions
 * are resolved here, the adversarial ones by {@link Attacks}.
 */
final class Interpreter {
    static final List<String> ROUTES = List.of("owner", "broker", "layer");
    /** Leaving and vanishing stop at this many peers still in the system, so a trace keeps some life. */
    static final int MIN_PEERS = 3;

    private final WorldView view;
    private final Ledger ledger;
    private final Choices choices;
    private final Attacks attacks;

    Interpreter(ScenarioRunner r, Ledger ledger) {
        this.view = r.view();
        this.ledger = ledger;
        this.choices = new Choices(r, ledger);
        this.attacks = new Attacks(choices, ledger);
    }

    Act interpret(Op op) {
        List<String> live = choices.live(), on = choices.online();
        List<String> actors = on.isEmpty() ? live : on;
        return switch (op.kind()) {
            case PAY, PAY_VIA -> pay(op, actors, on);
            case ASSIGN -> assign(op, actors, on);
            case RENEW, CASH -> holderAct(op, actors);
            case CASH_OWN -> cashOwn(op, actors);
            case OFFLINE -> on.size() <= 2 ? null : onePeer(Kind.OFFLINE, "offline", on, op.a(), "");
            case ONLINE -> online(op, live);
            case ADVANCE -> Act.of(Kind.ADVANCE, "advance " + (op.a() % 2 == 0 ? (1 + op.b() % 36) + "h" : (1 + op.b() % 5) + "d"), null);
            case ADVANCE_LONG -> Act.of(Kind.ADVANCE_LONG, "advance " + (25 + op.b() % 12) + "d", null);
            case SERVE -> serve(op, actors, on);
            case LOTTERY -> lottery(op, actors, on);
            case BUY -> buy(op, live);
            case PRINT -> print(op);
            case FUND -> live.isEmpty() ? null : onePeer(Kind.FUND, "fund", live, op.a(), " " + 100 * (1 + op.b() % 10));
            case LAZY -> live.isEmpty() ? null : onePeer(Kind.LAZY, "lazy", live, op.a(), "");
            case LEAVE -> live.size() <= MIN_PEERS ? null : onePeer(Kind.LEAVE, "leave", actors, op.a(), "");
            case VANISH -> attacks.vanish(op, live);
            case COPY -> attacks.copy(op);
            case USE_COPY -> attacks.useCopy(op, on);
            case DOUBLE_PRINT -> attacks.doublePrint(op);
            case PAY_FORGED -> attacks.payForged(op, on);
            case DENY, TAMPER -> attacks.ownerAttack(op);
            case REFUSE -> attacks.refuse(op, actors);
        };
    }

    /** An action of one peer chosen among {@code among}: {@code verb P rest}. */
    private static Act onePeer(Kind kind, String verb, List<String> among, int choice, String rest) {
        String p = Choices.pick(among, choice);
        return Act.of(kind, verb + " " + p + rest, p);
    }

    private Act pay(Op op, List<String> actors, List<String> on) {
        List<String> holders = choices.holders(actors);
        if (holders.isEmpty()) return assign(op.as(Kind.ASSIGN), actors, on);
        String p = Choices.pick(holders, op.a());
        String c = Choices.pick(choices.held(p), op.b());
        String q = choices.other(p, op.c(), on);
        String via = op.kind() == Kind.PAY ? null : Choices.pick(ROUTES, op.d());
        return new Act(op.kind(), "pay " + p + " " + c + " " + q + (via == null ? "" : " via=" + via), p, c, q, via, null);
    }

    private Act assign(Op op, List<String> actors, List<String> on) {
        List<String> owners = new ArrayList<>();
        for (String p : actors) if (!choices.unassigned(p).isEmpty()) owners.add(p);
        if (owners.isEmpty()) return null;
        String p = Choices.pick(owners, op.a());
        String c = Choices.pick(choices.unassigned(p), op.b());
        String q = choices.other(p, op.c(), on);
        return new Act(Kind.ASSIGN, "pay " + p + " " + c + " " + q, p, c, q, null, null);
    }

    private Act holderAct(Op op, List<String> actors) {
        List<String> holders = choices.holders(actors);
        if (holders.isEmpty()) return null;
        String p = Choices.pick(holders, op.a());
        String c = Choices.pick(choices.held(p), op.b());
        if (op.kind() == Kind.CASH) return Act.on(Kind.CASH, "cash " + p + " " + c, p, c);
        String via = op.d() % 4 == 0 ? "broker" : op.d() % 4 == 1 ? "owner" : null;
        return new Act(Kind.RENEW, "renew " + p + " " + c + (via == null ? "" : " via=" + via), p, c, null, via, null);
    }

    private Act cashOwn(Op op, List<String> actors) {
        List<String> owners = new ArrayList<>();
        for (String p : actors) if (!choices.unassigned(p).isEmpty()) owners.add(p);
        if (owners.isEmpty()) return null;
        String p = Choices.pick(owners, op.a());
        String c = Choices.pick(choices.unassigned(p), op.b());
        return Act.on(Kind.CASH_OWN, "cash " + p + " " + c, p, c);
    }

    private Act online(Op op, List<String> live) {
        List<String> off = new ArrayList<>();
        for (String p : live) if (!view.online(p)) off.add(p);
        if (off.isEmpty()) return null;
        String p = Choices.pick(off, op.a());
        return Act.of(Kind.ONLINE, "online " + p, p);
    }

    private Act serve(Op op, List<String> actors, List<String> on) {
        if (actors.isEmpty()) return null;
        String p = Choices.pick(actors, op.a());
        String q = choices.other(p, op.b(), on);
        return new Act(Kind.SERVE, "serve " + p + " " + q + " " + (1 + op.c() % 6), p, null, q, null, null);
    }

    private Act lottery(Op op, List<String> actors, List<String> on) {
        if (actors.isEmpty()) return null;
        String p = Choices.pick(actors, op.a());
        String q = choices.other(p, op.b(), on);
        return new Act(Kind.LOTTERY, "lottery " + p + " " + q + " " + (1 + op.c() % 3), p, null, q, null, null);
    }

    private Act buy(Op op, List<String> live) {
        String p = Choices.pick(live.isEmpty() ? ledger.peers : live, op.a());
        String c = ledger.fresh("c");
        return Act.on(Kind.BUY, "buy " + p + " " + c, p, c);
    }

    private Act print(Op op) {
        List<String> cs = new ArrayList<>();
        for (String p : ledger.certified) if (!view.gone(p)) cs.add(p);
        if (cs.isEmpty()) return null;
        String p = Choices.pick(cs, op.a());
        String c = ledger.fresh("c");
        return Act.on(Kind.PRINT, "print " + p + " " + c, p, c);
    }
}
