package org.ppay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.crypto.CountingCrypto;

/** The runner's verdicts on scripts that prove nothing or fail everywhere, and on refusals that create the broker. */
class ScenarioRunnerTest {
    static ScenarioReport run(String script) { return new ScenarioRunner(new CountingCrypto()).run(script); }

    @Test
    void anEmptyScriptFailsBecauseItProvesNothing() {
        ScenarioReport r = run("");
        assertThat(r.ok()).isFalse();
        assertThat(r.steps()).isZero();
        assertThat(r.failures()).singleElement().asString().contains("the scenario has no steps");
        assertThat(r.failureCount()).isEqualTo(1);
    }

    @Test
    void aScriptOfOnlyCommentsAndBlankLinesFailsToo() {
        ScenarioReport r = run("# nothing here\n\n   \n\t# still nothing\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.failures()).singleElement().asString().contains("no steps");
    }

    @Test
    void aRefusedFirstJoinIsExpectedWithoutAStateChange() {
        ScenarioReport r = run("join U balance=-1\nexpect rejected\n");
        assertThat(r.failures()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.steps()).isEqualTo(2);
    }

    @Test
    void aRefusedFirstJoinLeavesTheLaterPeersBooksUntouched() {
        ScenarioReport r = run("join U balance=-1\nexpect rejected\njoin A balance=500\nexpect balance A 500\nexpect conserved\n");
        assertThat(r.ok()).as(String.join("; ", r.failures())).isTrue();
        assertThat(r.balances()).containsExactly(java.util.Map.entry("A", 500L));
    }

    @Test
    void aRefusedFirstJoinWithoutExpectRejectedStillFails() {
        ScenarioReport r = run("join U balance=-1\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.failures()).singleElement().asString().contains("refused unexpectedly").doesNotContain("state changed");
    }

    @Test
    void aGarbageScriptListsTheFirstHundredFailuresAndCountsThemAll() {
        String garbage = "frobnicate x\n".repeat(250);
        ScenarioReport r = run(garbage);
        assertThat(r.ok()).isFalse();
        assertThat(r.failures()).hasSize(ScenarioReport.LISTED_FAILURES);
        assertThat(r.failures().get(0)).startsWith("line 1: unknown action");
        assertThat(r.failureCount()).isEqualTo(250);
    }

    @Test
    void aPassingScriptCountsNoFailures() {
        ScenarioReport r = run("join A balance=100\nexpect balance A 100\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.failureCount()).isZero();
    }
}
