package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.scenario.ScenarioReport;
import org.ppay.scenario.ScenarioRunner;

/**
 * Writes a failing trace as a scenario file that {@code ppay scenario} runs and that fails exactly where the
 * property broke: every line the trace ran, {@code expect rejected CODE} after every refusal, and, at the point of
 * violation, the expectation that does not hold ({@code expect invariants}, {@code expect conserved},
 * {@code expect not-punished P}, or {@code expect detected P} at the end). A refusal that is itself the violation
 * (an honest trace refused for a reason that is not benign) is left without {@code expect rejected}, so the runner
 * reports it as refused unexpectedly.
 */
public final class ScenarioWriter {
    /** The header line the verdict replaces. */
    static final String VERDICT = "# (verdict)";

    private ScenarioWriter() {}

    /** A scenario's text and the line (1-based) where it must fail, and nowhere else. */
    public record Scenario(List<String> lines, int failingLine) {
        public Scenario {
            lines = List.copyOf(lines);
        }

        public String text() { return String.join("\n", lines) + "\n"; }

        /** The same scenario with its verdict comment filled in: it runs the same. */
        public Scenario withVerdict(String verdict) {
            List<String> changed = new ArrayList<>(lines);
            changed.set(changed.indexOf(VERDICT), "# " + verdict.replace('\n', ' '));
            return new Scenario(changed, failingLine);
        }

        /** The scenario without the line at {@code index} (0-based) and the {@code expect rejected} after it. */
        Scenario without(int index) {
            List<String> fewer = new ArrayList<>(lines);
            int n = index + 1 < fewer.size() && fewer.get(index + 1).startsWith("expect rejected") ? 2 : 1;
            for (int k = 0; k < n; k++) fewer.remove(index);
            return new Scenario(fewer, failingLine > index + 1 ? failingLine - n : failingLine);
        }

        /** The scenario without its failing line: what it would be if the property had held. */
        public Scenario withoutFailingLine() {
            List<String> fewer = new ArrayList<>(lines);
            fewer.remove(failingLine - 1);
            return new Scenario(fewer, 0);
        }
    }

    /**
     * How a scenario ran: whether it failed at its failing line (the intended reason) and the failures it reported
     * elsewhere (none, when it reproduces exactly).
     */
    public record Verdict(boolean reproduced, List<String> others) {
        public Verdict {
            others = List.copyOf(others);
        }

        public boolean exactly() { return reproduced && others.isEmpty(); }
    }

    /**
     * The scenario of a failing trace, under a header of comment lines (each given without its {@code #}); the
     * header's last line is left for the verdict that {@link #verified} fills in.
     */
    public static Scenario write(TraceResult failing, List<String> header) {
        Violation v = failing.violation();
        List<String> out = new ArrayList<>();
        for (String h : header) out.add("# " + h.replace('\n', ' '));
        out.add(VERDICT);
        List<Trace.Line> lines = failing.trace().lines();
        boolean settle = false;
        for (int i = 0; i < lines.size(); i++) {
            Trace.Line l = lines.get(i);
            if (l.stage() == Trace.Stage.SETTLE && !settle) {
                out.add("# --- settle: everyone comes online and cashes what it holds, then every copy ---");
                settle = true;
            }
            out.add(l.text());
            boolean last = i == lines.size() - 1;
            if (l.refused() != null && !(last && v.type() == Violation.Type.NON_BENIGN_REFUSAL)) out.add("expect rejected " + l.refused());
        }
        if (v.type() == Violation.Type.NON_BENIGN_REFUSAL) return new Scenario(out, lastAction(out));
        out.add(expectation(v));
        return new Scenario(out, out.size());
    }

    /** The expectation that fails at the point of violation. */
    static String expectation(Violation v) {
        return switch (v.type()) {
            case INVARIANT_BROKEN -> "expect invariants";
            case NOT_CONSERVED -> "expect conserved";
            case HONEST_PUNISHED, HONEST_DETECTION -> "expect not-punished " + v.peer();
            case FRAUD_UNDETECTED -> "expect detected " + v.peer();
            case NON_BENIGN_REFUSAL -> throw new IllegalArgumentException("a refusal is its own violation");
        };
    }

    private static int lastAction(List<String> out) {
        for (int i = out.size() - 1; i >= 0; i--) if (!out.get(i).startsWith("#")) return i + 1;
        throw new IllegalStateException("no action");
    }

    /** Runs the scenario and tells whether it fails at its failing line, and where else. */
    public static Verdict verify(Scenario s, CryptoProvider crypto) {
        ScenarioReport r = new ScenarioRunner(crypto).run(s.text());
        String at = "line " + s.failingLine() + ":";
        boolean reproduced = false;
        List<String> others = new ArrayList<>();
        for (String f : r.failures()) {
            if (f.startsWith(at) && !f.endsWith("but state changed")) reproduced = true;
            else others.add(f);
        }
        return new Verdict(reproduced, others);
    }

    /** The verdict line of a scenario from its runs with each named provider. */
    public static String verdict(int failingLine, List<String> names, List<Verdict> verdicts) {
        List<String> missed = new ArrayList<>(), extra = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!verdicts.get(i).reproduced()) missed.add(names.get(i));
            if (!verdicts.get(i).others().isEmpty()) extra.add(names.get(i) + " " + verdicts.get(i).others());
        }
        return missed.isEmpty()
            ? "Checked: fails at line " + failingLine + " with " + String.join(" and ", names)
                + (extra.isEmpty() ? ", and nowhere else." : "; it also reports: " + String.join("; ", extra))
            : "NOT reproduced: line " + failingLine + " does not fail with " + String.join(" and ", missed)
                + (extra.isEmpty() ? "." : "; it reports: " + String.join("; ", extra));
    }
}
