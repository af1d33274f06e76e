package org.ppay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.ShrinkingMode;
import org.ppay.core.ErrorCode;
import org.ppay.crypto.CountingCrypto;
import org.ppay.scenario.explore.Kind;
import org.ppay.scenario.explore.Mix;
import org.ppay.scenario.explore.Property;
import org.ppay.scenario.explore.Shrinker;
import org.ppay.scenario.explore.TraceGenerator;
import org.ppay.scenario.explore.TraceResult;
import org.ppay.scenario.explore.TraceRun;

/**
 * Theorem 1 (Section 4.1) and its attack analysis, checked over random interleavings of honest and adversarial
 * actions by the explorer's machinery ({@code org.ppay.scenario.explore}, where the traces, the independent record of
 * who did what and the four properties are described). Each property draws one long seed per try, with a FIXED jqwik
 * seed so CI stays deterministic, runs the trace of that seed in its mix and checks its own property; a failure
 * message carries the trace shrunk by {@link Shrinker}, ready to paste into a scenario. {@code ppay explore} runs
 * the same traces with fresh seeds and every property at once. The examples below are the trickiest interleavings
 * as exact traces; each of their steps is checked like property 1 (invariants and books after every step), and
 * "! CODE" after a line means that refusal is expected, "! ANY" that either outcome is acceptable.
 */
class TheoremOneProperties {
    @net.jqwik.api.Property(tries = 1000, seed = "20030101", shrinking = ShrinkingMode.OFF)
    void theorem_one_invariants_and_conservation_hold_after_every_step(@ForAll long seed) {
        holds(seed, Mix.MIXED, Set.of(), Property.INVARIANTS);
    }

    @net.jqwik.api.Property(tries = 1000, seed = "20030102", shrinking = ShrinkingMode.OFF)
    void no_honest_peer_is_ever_punished(@ForAll long seed) {
        holds(seed, Mix.MIXED, Set.of(), Property.HONEST_NEVER_PUNISHED);
    }

    @net.jqwik.api.Property(tries = 1000, seed = "20030103", shrinking = ShrinkingMode.OFF)
    void every_fraud_that_was_actually_committed_is_detected_and_attributed(@ForAll long seed) {
        holds(seed, Mix.MIXED, Set.of(), Property.FRAUD_DETECTED);
    }

    @net.jqwik.api.Property(tries = 500, seed = "20030104", shrinking = ShrinkingMode.OFF)
    void an_honest_trace_detects_nothing_and_refuses_only_for_benign_reasons(@ForAll long seed) {
        holds(seed, Mix.HONEST, Set.of(), Property.HONEST_TRACE);
    }

    /** Runs the trace of {@code seed} checking one property; on a violation, fails with the trace shrunk. */
    private static void holds(long seed, Mix mix, Set<Kind> leftOut, Property property) {
        Set<Property> only = EnumSet.of(property);
        TraceResult r = TraceRun.run(TraceGenerator.plan(seed, mix, leftOut), only);
        if (r.ok()) return;
        TraceResult small = Shrinker.shrink(r, only, Shrinker.Budget.of(20, 5_000));
        throw new AssertionError(small.violation().message() + "\n--- trace of seed " + seed + " (" + mix + "), shrunk from "
            + r.trace().actions() + " to " + small.trace().actions() + " action lines ---\n" + small.trace());
    }

    private static final String FOUR = """
        join U balance=1000 deposit=500
        join V balance=100 deposit=500
        join X balance=100 deposit=500
        join Y balance=100 deposit=500
        buy U c
        pay U c V
        copy V c c2
        """;

    /** Section 4.1: a copy spent through the broker while the owner is down is refuted when the owner returns. */
    @Example
    void a_double_spend_through_the_broker_while_the_owner_is_down_is_refuted_when_it_returns() {
        ScenarioRunner r = play(FOUR + """
            pay V c X
            offline U
            pay V c2 Y via=broker
            online U
            cash X c
            cash Y c ! NOT_HOLDER
            """);
        assertThat(r.culprits()).containsExactly("V");
        assertThat(r.check("balance X 199")).isNull();
        // Y presented its void coin for a refund when U's audit proved V's double spend (Section 4.2):
        // it is credited the coin value and no longer holds the coin, so it has nothing left to cash.
        assertThat(r.check("balance Y 200")).as("Y is made whole: it is credited the coin value").isNull();
    }

    /**
     * A payer replays, through the broker, the very request the owner already executed, after the payee has
     * spent the coin on: the payee must not end up holding (and later be punished for cashing) a stale copy.
     */
    @Example
    void replaying_an_executed_request_through_the_broker_cannot_frame_the_payee() {
        ScenarioRunner r = play(FOUR + """
            pay V c X
            pay X c V
            pay V c2 X via=broker ! ANY
            cash V c
            cash X c ! ANY
            """);
        assertThat(r.culprits()).doesNotContain("X", "U");
    }

    /**
     * Cash, then spend a copy as a layer (Section 5.2): the layer itself is V's signed relinquishment of the
     * assignment it cashed, so the conflict is V's double spend, not a double assignment by the honest owner.
     */
    @Example
    void cashing_and_then_layering_a_copy_is_attributed_to_the_holder_not_the_owner() {
        ScenarioRunner r = play(FOUR + """
            cash V c
            pay V c2 X via=layer
            cash X c
            """);
        assertThat(r.culprits()).as("detections").contains("V").doesNotContain("U", "X");
        assertThat(r.check("balance X 199")).as("the cheated payee is paid").isNull();
    }

    /**
     * Section 4.1 again, but the payee of the copy spends it on through the broker before the owner returns.
     * The owner's audit catches V and the broker makes Y whole; Z's coin descends from the refuted assignment.
     * Whatever happens to Z's claim, the honest owner issued one assignment per sequence number and must not
     * be convicted of double spending.
     */
    @Example
    void spending_on_a_copy_before_the_owner_returns_does_not_make_the_owner_a_double_spender() {
        ScenarioRunner r = play("""
            join U balance=1000 deposit=500
            join V balance=100 deposit=500
            join X balance=100 deposit=500
            join Y balance=100 deposit=500
            join Z balance=100 deposit=500
            buy U c
            pay U c V
            copy V c c2
            pay V c X
            offline U
            pay V c2 Y via=broker
            pay Y c Z
            online U
            cash X c
            cash Z c ! ANY
            """);
        assertThat(r.culprits()).contains("V").doesNotContain("U", "X", "Y", "Z");
    }

    /**
     * A victim made whole for a void copy still has it in its wallet. Renewing it at the broker (which does not
     * know it is void) must not yield a coin whose cashing convicts the honest owner of double spending.
     */
    @Example
    void a_compensated_victim_renewing_its_void_coin_at_the_broker_does_not_frame_the_owner() {
        ScenarioRunner r = play(FOUR + """
            pay V c X
            pay V c2 Y via=broker
            renew Y c via=broker ! ANY
            cash X c
            cash Y c ! ANY
            """);
        assertThat(r.culprits()).contains("V").doesNotContain("U", "X", "Y");
    }

    /** Runs a script step by step, checking refusals as annotated and Theorem 1 and the books after each step. */
    private static ScenarioRunner play(String script) {
        ScenarioRunner r = new ScenarioRunner(new CountingCrypto());
        StringBuilder done = new StringBuilder();
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            String want = null;
            int bang = line.indexOf(" ! ");
            if (bang >= 0) {
                want = line.substring(bang + 3).strip();
                line = line.substring(0, bang).strip();
            }
            ScenarioRunner.Step s = r.step(line);
            done.append(line).append(s.ok() ? "" : "   # refused " + s.refused() + ": " + s.message()).append('\n');
            if (!"ANY".equals(want)) {
                assertThat(s.refused()).as("outcome of the last step of\n%s", done).isEqualTo(want == null ? null : ErrorCode.valueOf(want));
            }
            assertThat(r.invariantViolations()).as("Theorem 1 after\n%s", done).isEmpty();
            assertThat(r.conserved()).as("books balance after\n%s", done).isTrue();
        }
        return r;
    }
}
