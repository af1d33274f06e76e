package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.msg.CoinId;
import org.ppay.core.role.Detection;
import org.ppay.crypto.CountingCrypto;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.WorldView;

/**
 * Runs one {@link TracePlan} through a {@link ScenarioRunner}: the setup, every action the interpreter makes of
 * the plan's ops, then a settle phase (everyone still in the system comes online, cashes what it holds, and every
 * copy's holder cashes its copy), checking the properties asked for after every step and property 3 at the end.
 * The run stops at the first violation.
 */
public final class TraceRun {
    private final ScenarioRunner r;
    private final WorldView view;
    private final Ledger ledger;
    private final Interpreter interpreter;
    private final Recorder recorder;
    private final PropertyChecks checks;
    private final Tally tally = new Tally();
    private final Trace trace = new Trace();
    private final TracePlan plan;
    private Violation violation;
    private int step;
    private int untidy;

    private TraceRun(TracePlan plan, Set<Property> properties, boolean watch) {
        this.plan = plan;
        this.r = watch ? new ScenarioRunner(new CountingCrypto()).watchRefusals() : new ScenarioRunner(new CountingCrypto());
        this.view = r.view();
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < plan.setup().peers().size(); i++) peers.add(Setup.name(i));
        this.ledger = new Ledger(peers);
        this.interpreter = new Interpreter(r, ledger);
        this.recorder = new Recorder(ledger, view, tally);
        this.checks = new PropertyChecks(r, ledger, properties);
    }

    /** Runs the plan with the fast fake signer, checking the given properties. */
    public static TraceResult run(TracePlan plan, Set<Property> properties) { return new TraceRun(plan, properties, false).go(); }

    /** The same, also counting refusals that changed the world (three times slower): for traces to be written as scenarios. */
    static TraceResult watched(TracePlan plan, Set<Property> properties) { return new TraceRun(plan, properties, true).go(); }

    /** The properties a trace of this mix is checked for: all but an honest trace's own for a mixed trace. */
    public static Set<Property> propertiesOf(Mix mix) {
        Set<Property> all = new HashSet<>(Set.of(Property.values()));
        if (mix != Mix.HONEST) all.remove(Property.HONEST_TRACE);
        return all;
    }

    private TraceResult go() {
        setup();
        for (Op op : plan.ops()) {
            if (violation != null) break;
            Act a = interpreter.interpret(op);
            if (a != null) exec(a, Trace.Stage.ACTION);
        }
        if (violation == null) settle();
        if (violation == null) violation = checks.undetected(tally);
        for (Detection d : view.detections()) tally.detected(d.kind());
        return new TraceResult(plan, trace, violation, tally.counts(), untidy);
    }

    private void setup() {
        Setup s = plan.setup();
        must(s.setLine());
        for (int i = 0; i < s.peers().size(); i++) {
            PeerSpec p = s.peers().get(i);
            must("join " + Setup.name(i) + " balance=" + p.balance() + " deposit=" + p.deposit());
        }
        for (int i = 0; i < s.peers().size() && violation == null; i++) {
            PeerSpec p = s.peers().get(i);
            String n = Setup.name(i);
            if (p.certificate() > 0 && exec(Act.of(Kind.BUY, "limit " + n + " 100 " + (99 + p.certificate()), n), Trace.Stage.SETUP) == null) {
                ledger.certified.add(n);
            }
            for (int k = 0; k < p.rawCoins() && violation == null; k++) {
                String c = ledger.fresh("c");
                exec(Act.on(Kind.BUY, "buy " + n + " " + c, n, c), Trace.Stage.SETUP);
            }
        }
    }

    /** A setup line that must succeed: parameters and joins. */
    private void must(String line) {
        ScenarioRunner.Step s = r.step(line);
        trace.add(line, s.refused(), Trace.Stage.SETUP);
        if (!s.ok()) throw new IllegalStateException("setup line refused: " + line + " -> " + s.refused() + "\n" + trace);
    }

    /** Everyone still in the system comes online and cashes what it holds; then every copy's holder cashes its copy. */
    private void settle() {
        for (String p : ledger.peers) {
            if (violation != null) return;
            if (!view.gone(p) && !view.online(p)) exec(Act.of(Kind.ONLINE, "online " + p, p), Trace.Stage.SETTLE);
        }
        for (String p : ledger.peers) {
            if (view.gone(p)) continue;
            Set<CoinId> done = new HashSet<>();
            for (String c : r.coinsHeldBy(p)) {
                if (violation != null) return;
                CoinId id = view.coin(c);
                if (!done.add(id) || ledger.forged.containsKey(c)) continue;
                exec(Act.on(Kind.CASH, "cash " + p + " " + c, p, c), Trace.Stage.SETTLE);
            }
        }
        for (var e : new ArrayList<>(ledger.copies.entrySet())) {
            String holder = e.getValue().holder();
            if (violation != null) return;
            if (view.gone(holder)) continue;
            ledger.suspects.add(holder);
            exec(Act.on(Kind.USE_COPY, "cash " + holder + " " + e.getKey(), holder, e.getKey()), Trace.Stage.SETTLE);
        }
    }

    /** Runs one action, records what it did to whom, and checks the properties after it. */
    private ErrorCode exec(Act a, Trace.Stage stage) {
        step++;
        Recorder.Before before = recorder.before(a);
        ScenarioRunner.Step s;
        try {
            s = r.step(a.line());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the interpreter produced an invalid line: " + a.line() + " (" + e.getMessage() + ")\n" + trace, e);
        }
        ErrorCode code = s.refused();
        if (s.changedUnaccounted()) untidy++;
        trace.add(a.line(), code, stage);
        tally.step(a.kind(), code, Route.of(a.route()));
        recorder.record(a, before, code, step, stage == Trace.Stage.SETTLE);
        violation = checks.afterStep(a, code, before.coin(), step);
        return code;
    }
}
