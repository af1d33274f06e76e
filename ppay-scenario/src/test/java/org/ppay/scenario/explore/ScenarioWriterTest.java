package org.ppay.scenario.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.crypto.BcEd25519;
import org.ppay.crypto.CountingCrypto;
import org.ppay.scenario.ScenarioReport;
import org.ppay.scenario.ScenarioRunner;

/**
 * Failing traces with a planted violation, written as scenarios: the file fails for that reason, only there, with
 * real Ed25519, and passes once the violating expectation is gone.
 */
class ScenarioWriterTest {
    static final List<String> HEADER = List.of("planted", "by a test");

    /** V spends a copy of U's coin through the broker while U is down; U's return proves it. B buys with no money. */
    static Trace doubleSpend() {
        Trace t = new Trace();
        for (String l : List.of("set penalty=1000", "join U balance=1000 deposit=500", "join V balance=100 deposit=500",
            "join X balance=100 deposit=500", "join Y balance=100 deposit=500", "join B balance=0 deposit=0")) t.add(l, null, Trace.Stage.SETUP);
        t.add("buy U c", null, Trace.Stage.SETUP);
        t.add("buy B nothing", ErrorCode.INSUFFICIENT_FUNDS, Trace.Stage.SETUP);
        for (String l : List.of("pay U c V", "copy V c c2", "pay V c X", "offline U", "pay V c2 Y via=broker")) t.add(l, null, Trace.Stage.ACTION);
        t.add("online U", null, Trace.Stage.SETTLE);
        t.add("cash X c", null, Trace.Stage.SETTLE);
        return t;
    }

    static TraceResult failing(Trace t, Violation v) {
        return new TraceResult(TraceGenerator.plan(1, Mix.MIXED), t, v, Counts.none(), 0);
    }

    static ScenarioReport run(ScenarioWriter.Scenario s) { return new ScenarioRunner(new BcEd25519()).run(s.text()); }

    @Test
    void an_undetected_fraud_is_written_as_expect_detected_at_the_end_and_fails_only_there() {
        Violation v = new Violation(Violation.Type.FRAUD_UNDETECTED, "holder_double_spend", "B was not detected", "B", null);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(doubleSpend(), v), HEADER);
        assertThat(s.lines()).endsWith("cash X c", "expect detected B");
        assertThat(s.lines().get(0)).isEqualTo("# planted");
        assertThat(s.failingLine()).isEqualTo(s.lines().size());
        ScenarioReport r = run(s);
        assertThat(r.failures()).containsExactly("line " + s.failingLine() + ": no fraud was attributed to B");
        assertThat(ScenarioWriter.verify(s, new BcEd25519()).exactly()).isTrue();
        assertThat(run(s.withoutFailingLine()).ok()).as("the file passes without its violating expectation").isTrue();
    }

    @Test
    void every_refused_step_is_followed_by_its_expected_refusal() {
        Violation v = new Violation(Violation.Type.FRAUD_UNDETECTED, "holder_double_spend", "B was not detected", "B", null);
        List<String> lines = ScenarioWriter.write(failing(doubleSpend(), v), HEADER).lines();
        assertThat(lines.get(lines.indexOf("buy B nothing") + 1)).isEqualTo("expect rejected INSUFFICIENT_FUNDS");
    }

    @Test
    void an_honest_peer_punished_is_written_as_expect_not_punished_right_after_the_step() {
        Violation v = new Violation(Violation.Type.HONEST_PUNISHED, "holder_double_spend", "V punished", "V", null);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(doubleSpend(), v), HEADER);
        assertThat(s.lines()).endsWith("cash X c", "expect not-punished V");
        assertThat(run(s).failures()).singleElement().asString().startsWith("line " + s.failingLine() + ": V is not not-punished");
        assertThat(run(s.withoutFailingLine()).ok()).isTrue();
    }

    @Test
    void a_refusal_that_is_the_violation_is_left_without_expect_rejected_so_the_runner_reports_it() {
        Trace t = doubleSpend();
        t.add("cash V c", ErrorCode.NOT_HOLDER, Trace.Stage.SETTLE);
        Violation v = new Violation(Violation.Type.NON_BENIGN_REFUSAL, "CASH NOT_HOLDER", "refused", null, ErrorCode.NOT_HOLDER);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(t, v), HEADER);
        assertThat(s.lines()).last().isEqualTo("cash V c");
        assertThat(run(s).failures()).singleElement().asString().startsWith("line " + s.failingLine() + ": refused unexpectedly");
        assertThat(ScenarioWriter.verify(s, new CountingCrypto()).exactly()).isTrue();
    }

    @Test
    void the_verdict_says_when_the_file_does_not_fail_where_it_should() {
        Violation v = new Violation(Violation.Type.HONEST_PUNISHED, "holder_double_spend", "X punished", "X", null);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(doubleSpend(), v), HEADER);
        ScenarioWriter.Verdict verdict = ScenarioWriter.verify(s, new BcEd25519());
        assertThat(verdict.reproduced()).isFalse();
        String line = ScenarioWriter.verdict(s.failingLine(), List.of("bc-ed25519"), List.of(verdict));
        assertThat(line).startsWith("NOT reproduced: line " + s.failingLine());
        assertThat(s.withVerdict(line).lines()).contains("# " + line).doesNotContain(ScenarioWriter.VERDICT);
    }

    @Test
    void trimming_drops_lines_the_failure_does_not_need_and_keeps_it_failing_there() {
        Violation v = new Violation(Violation.Type.HONEST_PUNISHED, "holder_double_spend", "V punished", "V", null);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(doubleSpend(), v), HEADER);
        ScenarioWriter.Scenario small = ScenarioTrimmer.trim(s, v.type(), new CountingCrypto(), ShrinkerTest.PLENTY);
        assertThat(small.lines()).doesNotContain("join B balance=0 deposit=0", "buy B nothing", "expect rejected INSUFFICIENT_FUNDS", "cash X c")
            .contains("copy V c c2", "pay V c2 Y via=broker");
        assertThat(ScenarioWriter.verify(small, new BcEd25519()).exactly()).isTrue();
    }

    @Test
    void a_scenario_of_an_undetected_fraud_is_never_trimmed() {
        Violation v = new Violation(Violation.Type.FRAUD_UNDETECTED, "holder_double_spend", "B was not detected", "B", null);
        ScenarioWriter.Scenario s = ScenarioWriter.write(failing(doubleSpend(), v), HEADER);
        assertThat(ScenarioTrimmer.trim(s, v.type(), new CountingCrypto(), ShrinkerTest.PLENTY)).isEqualTo(s);
    }
}
