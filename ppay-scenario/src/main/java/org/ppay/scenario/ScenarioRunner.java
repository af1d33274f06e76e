package org.ppay.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.broker.Broker;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.exchange.RefusedPayment;
import org.ppay.core.role.Detection;

/**
 * Runs a scenario script (one action per line; see {@code scenarios/README.md}) through the protocol core with
 * the given signature scheme and a simulated clock: {@link Parser} reads each line, {@link Actions} carries it out
 * on the {@link World}, {@link Expectations} checks it. Every refused action must be followed by
 * {@code expect rejected [CODE]}, and a refusal must leave the world as it was unless it proved a fraud or gave a
 * refused payment back; the report is ok only if every expectation held.
 */
public final class ScenarioRunner {
    private final World world;
    private final Actions actions;
    private final Expectations expectations;
    private boolean watchRefusals;

    public ScenarioRunner(CryptoProvider crypto) {
        this.world = new World(crypto);
        this.actions = new Actions(world);
        this.expectations = new Expectations(world, actions);
    }

    /**
     * Makes {@link #step} tell whether a refusal changed the world unaccounted, as {@link #run} always does: it takes
     * a fingerprint of the world before every step, which costs about twice the step itself.
     */
    public ScenarioRunner watchRefusals() {
        watchRefusals = true;
        return this;
    }

    public ScenarioReport run(String script) {
        Failures failures = new Failures();
        String[] lines = script.split("\r?\n", -1);
        PPayException refused = null;
        int refusedLine = 0;
        int steps = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] t = Parser.words(lines[i]);
            if (t.length == 0) continue;
            int no = i + 1;
            steps++;
            try {
                if (Parser.isExpectation(t)) {
                    Expectation e = Parser.expectation(t);
                    if (e instanceof Expectation.Rejected r) {
                        if (refused == null) failures.add("line " + no + ": expected a refusal, but the previous action succeeded");
                        else if (r.code() != null && r.code() != refused.code()) failures.add("line " + no + ": expected refusal " + r.code() + ", got " + refused.getMessage());
                        refused = null;
                        continue;
                    }
                    refused = unexpected(refused, refusedLine, failures);
                    String f = expectations.check(e);
                    if (f != null) failures.add("line " + no + ": " + f);
                } else {
                    refused = unexpected(refused, refusedLine, failures);
                    Outcome o = perform(Parser.action(t), true);
                    if (o.refusal() != null) {
                        refused = o.refusal();
                        refusedLine = no;
                        if (o.changedUnaccounted()) failures.add("line " + no + ": refused (" + o.refusal().code() + ") but state changed");
                    }
                }
            } catch (ScriptError e) {
                refused = unexpected(refused, refusedLine, failures);
                failures.add("line " + no + ": " + e.getMessage());
            }
        }
        unexpected(refused, refusedLine, failures);
        if (steps == 0) failures.add("the scenario has no steps: a script without actions or expectations proves nothing");
        return report(steps, failures);
    }

    /** What one action did: its refusal (null if it succeeded) and whether that refusal changed the world unaccounted. */
    private record Outcome(PPayException refusal, boolean changedUnaccounted) {}

    /**
     * Runs one action. A refusal must leave the world as it was unless it proved a fraud (a new detection) or gave a
     * refused payment back ({@link RefusedPayment}).
     */
    private Outcome perform(Action a, boolean watch) throws ScriptError {
        String before = watch ? world.fingerprint() : null;
        int detectionsBefore = detections();
        try {
            actions.perform(a);
            return new Outcome(null, false);
        } catch (PPayException e) {
            boolean accounted = detections() > detectionsBefore || e instanceof RefusedPayment;
            return new Outcome(e, watch && !accounted && !before.equals(world.fingerprint()));
        }
    }

    /** A refusal not followed by {@code expect rejected} is a failure. */
    private static PPayException unexpected(PPayException refused, int line, Failures failures) {
        if (refused != null) failures.add("line " + line + ": refused unexpectedly: " + refused.getMessage());
        return null;
    }

    private int detections() { return world.brokerOrNull() == null ? 0 : world.brokerOrNull().detections().size(); }

    private ScenarioReport report(int steps, Failures failures) {
        Map<String, Long> balances = new LinkedHashMap<>();
        Map<String, Long> deposits = new LinkedHashMap<>();
        List<String> detections = new ArrayList<>();
        Broker broker = world.brokerOrNull();
        if (broker != null) {
            for (ScenarioPeer n : world.nodes()) {
                broker.account(n.id()).ifPresent(a -> { balances.put(n.name, a.balance()); deposits.put(n.name, a.deposit()); });
            }
            for (Detection d : broker.detections()) detections.add(world.name(d.culprit()) + " " + d.kind().name().toLowerCase(Locale.ROOT));
        }
        boolean conserved = broker == null || broker.conserved();
        return new ScenarioReport(failures.isEmpty(), steps, failures.listed(), failures.count(), balances, deposits, detections, conserved);
    }

    /**
     * The outcome of one action run through {@link #step}: its refusal code and message (null if it succeeded), and
     * whether the refusal changed the world although it proved no fraud and gave no payment back, which a script
     * running the same line reports as a failure (only known when the runner {@link #watchRefusals watches}).
     */
    public record Step(ErrorCode refused, String message, boolean changedUnaccounted) {
        public boolean ok() { return refused == null; }
    }

    /**
     * Runs one action line (not an expectation) and reports whether the core refused it: the programmatic
     * interface that property tests and the explorer drive random interleavings through.
     *
     * @throws IllegalArgumentException if the line is not valid scenario language
     */
    public Step step(String line) {
        try {
            String[] t = Parser.words(line);
            if (t.length == 0 || Parser.isExpectation(t)) throw new ScriptError("not an action: '" + line + "'");
            Outcome o = perform(Parser.action(t), watchRefusals);
            return o.refusal() == null ? new Step(null, null, false) : new Step(o.refusal().code(), o.refusal().getMessage(), o.changedUnaccounted());
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Evaluates one expectation (the words after {@code expect}, not {@code rejected}); null when it holds, else why not. */
    public String check(String expectation) {
        try {
            Expectation e = Parser.expectation(Parser.words("expect " + expectation));
            if (e instanceof Expectation.Rejected) throw new ScriptError("'rejected' is about a step: use step()");
            return expectations.check(e);
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Everything a refusal must leave untouched: accounts, audit trails, wallets, credit windows, presence. */
    public String fingerprint() { return world.fingerprint(); }

    /** Theorem 1's invariants over every honest owner's trails and every wallet; empty when they hold. */
    public List<String> invariantViolations() { return Invariants.check(world); }

    /** Names of the peers the broker has proven fraud against, one entry per detection. */
    public List<String> culprits() {
        List<String> out = new ArrayList<>();
        if (world.brokerOrNull() != null) for (Detection d : world.brokerOrNull().detections()) out.add(world.name(d.culprit()));
        return out;
    }

    /** Whether the broker's books balance right now. */
    public boolean conserved() { return world.brokerOrNull() == null || world.brokerOrNull().conserved(); }

    /** Names of the coins a peer holds (named coins only; copies are not held). */
    public List<String> coinsHeldBy(String peer) { return world.coinsHeldBy(peer); }

    /** A read-only look into the world by names, for observers that keep their own record of a run. */
    public WorldView view() { return new WorldView(world); }

    World world() { return world; }
}
