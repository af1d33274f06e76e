package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.crypto.CryptoProvider;

/**
 * Drops the lines a written scenario does not need: peers and coins the shrunk trace still set up but never used,
 * cash steps of the settle phase that prove nothing. A line goes if the scenario still fails at its failing line
 * and reports nothing it did not report before. Removing lines adds no adversarial action, so an honest peer stays
 * honest and an honest trace honest; but it may remove the very fraud that {@code expect detected} is about, so a
 * scenario of an undetected fraud is left whole.
 */
final class ScenarioTrimmer {
    private ScenarioTrimmer() {}

    static ScenarioWriter.Scenario trim(ScenarioWriter.Scenario s, Violation.Type type, CryptoProvider crypto, Shrinker.Budget budget) {
        if (type == Violation.Type.FRAUD_UNDETECTED) return s;
        ScenarioWriter.Verdict base = ScenarioWriter.verify(s, crypto);
        if (!base.reproduced()) return s;
        List<String> known = unnumbered(base.others());
        int runs = 0;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = s.lines().size() - 1; i >= 0; i--) {
                if (!removable(s, i)) continue;
                if (runs++ >= budget.maxRuns() || System.nanoTime() > budget.deadlineNanos()) return s;
                ScenarioWriter.Scenario fewer = s.without(i);
                ScenarioWriter.Verdict v = ScenarioWriter.verify(fewer, crypto);
                if (v.reproduced() && known.containsAll(unnumbered(v.others()))) {
                    s = fewer;
                    known = unnumbered(v.others());
                    changed = true;
                }
            }
        }
        return s;
    }

    /** Any action but the parameters and the failing line itself; comments and expectations stay. */
    private static boolean removable(ScenarioWriter.Scenario s, int i) {
        String l = s.lines().get(i);
        return i + 1 != s.failingLine() && !l.startsWith("#") && !l.startsWith("expect") && !l.startsWith("set ");
    }

    /** Failures without their line numbers, which move as lines go. */
    private static List<String> unnumbered(List<String> failures) {
        List<String> out = new ArrayList<>();
        for (String f : failures) out.add(f.replaceFirst("^line \\d+: ", ""));
        return out;
    }
}
