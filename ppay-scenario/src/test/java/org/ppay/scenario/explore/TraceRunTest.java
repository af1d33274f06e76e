package org.ppay.scenario.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traces are deterministic given a seed, every action of the language comes up, and the right properties are checked. */
class TraceRunTest {
    static final Set<Property> ALL = EnumSet.allOf(Property.class);

    @TempDir Path dir;

    @Test
    void the_same_seed_gives_the_same_plan_trace_and_counts() {
        for (long seed : new long[] {1, -7, 20030101}) {
            TraceResult a = TraceRun.run(TraceGenerator.plan(seed, Mix.MIXED), ALL), b = TraceRun.run(TraceGenerator.plan(seed, Mix.MIXED), ALL);
            assertThat(b.plan()).isEqualTo(a.plan());
            assertThat(b.trace().lines()).isEqualTo(a.trace().lines());
            assertThat(b.counts()).isEqualTo(a.counts());
            assertThat(b.violation()).isEqualTo(a.violation());
        }
    }

    @Test
    void the_explorer_gives_the_same_traces_and_counts_for_the_same_seed() throws IOException {
        ExploreOptions o = new ExploreOptions(1, 40, Double.POSITIVE_INFINITY, dir, 5, 1e9);
        ExploreResult a = new Explorer(o).run(p -> { }), b = new Explorer(o).run(p -> { });
        assertThat(a.traces()).isEqualTo(b.traces()).isEqualTo(40);
        assertThat(a.honestTraces()).isEqualTo(10);
        assertThat(a.counts()).isEqualTo(b.counts());
        assertThat(a.counts().steps()).isPositive();
    }

    @Test
    void the_explorer_reports_progress_as_often_as_asked_and_stops_at_its_trace_limit() throws IOException {
        java.util.List<Long> seen = new java.util.ArrayList<>();
        ExploreResult r = new Explorer(new ExploreOptions(1, 12, Double.POSITIVE_INFINITY, dir, 5, 1e-9)).run(p -> seen.add(p.traces()));
        assertThat(r.traces()).isEqualTo(12);
        assertThat(seen).isNotEmpty().isSorted().allMatch(n -> n <= 12);
    }

    @Test
    void every_action_route_and_attack_of_the_language_comes_up_in_a_few_hundred_traces() {
        Tally all = new Tally();
        boolean soft = false;
        for (long seed = 0; seed < 400; seed++) {
            TraceResult r = TraceRun.run(TraceGenerator.plan(seed, Mix.MIXED), TraceRun.propertiesOf(Mix.MIXED));
            all.add(r.counts());
            soft |= r.trace().lines().get(0).text().contains("credit-window-type=scw");
        }
        Counts c = all.counts();
        assertThat(c.actions().keySet()).containsAll(Mix.MIXED.kinds());
        assertThat(c.routes().keySet()).containsExactlyInAnyOrder(Route.values());
        assertThat(c.frauds().keySet()).contains(Fraud.COPY_USED, Fraud.REFUSED_COPY_USED, Fraud.FORGED_COIN_PAID, Fraud.WRONGFUL_DENIAL,
            Fraud.WINDOW_TAMPERING, Fraud.FALSE_REFUSAL, Fraud.VANISH, Fraud.HOLDER_DOUBLE_SPEND);
        assertThat(soft).as("some setups use soft credit windows").isTrue();
    }

    @Test
    void an_honest_mix_has_no_attack_and_only_an_honest_trace_is_checked_for_property_four() {
        assertThat(Mix.HONEST.kinds()).doesNotContain(Kind.COPY, Kind.USE_COPY, Kind.DOUBLE_PRINT, Kind.PAY_FORGED, Kind.DENY, Kind.TAMPER, Kind.REFUSE, Kind.VANISH);
        assertThat(TraceRun.propertiesOf(Mix.HONEST)).isEqualTo(ALL);
        assertThat(TraceRun.propertiesOf(Mix.MIXED)).doesNotContain(Property.HONEST_TRACE).hasSize(3);
    }

    @Test
    void a_left_out_kind_never_comes_up() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(TraceGenerator.plan(seed, Mix.MIXED, Set.of(Kind.LEAVE, Kind.PAY)).ops()).noneMatch(op -> op.kind() == Kind.LEAVE || op.kind() == Kind.PAY);
        }
    }
}
