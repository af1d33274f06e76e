package org.ppay.scenario.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Delta debugging on synthetic predicates: the result still fails, and no single element can go. */
class ShrinkerTest {
    static final Shrinker.Budget PLENTY = Shrinker.Budget.of(60, 1_000_000);

    static List<Integer> upTo(int n) { return IntStream.range(0, n).boxed().toList(); }

    /** Every single removal from {@code xs} makes the predicate pass. */
    static <T> void assertOneMinimal(List<T> xs, Predicate<List<T>> fails) {
        assertThat(fails.test(xs)).as("the result still fails").isTrue();
        for (int i = 0; i < xs.size(); i++) {
            List<T> fewer = new ArrayList<>(xs);
            fewer.remove(i);
            assertThat(fails.test(fewer)).as("without element %d of %s", i, xs).isFalse();
        }
    }

    @Test
    void ddmin_finds_exactly_the_three_elements_a_failure_needs() {
        Predicate<List<Integer>> fails = xs -> xs.containsAll(List.of(5, 17, 42));
        List<Integer> small = Shrinker.ddmin(upTo(64), fails, PLENTY);
        assertThat(small).containsExactly(5, 17, 42);
        assertOneMinimal(small, fails);
    }

    @Test
    void ddmin_finds_a_one_minimal_subsequence_when_many_would_do() {
        Predicate<List<Integer>> fails = xs -> xs.stream().mapToInt(Integer::intValue).sum() >= 100;
        List<Integer> small = Shrinker.ddmin(upTo(40), fails, PLENTY);
        assertOneMinimal(small, fails);
        assertThat(upTo(40)).containsSubsequence(small);
    }

    @Test
    void ddmin_keeps_an_order_the_failure_depends_on() {
        Predicate<List<Integer>> fails = xs -> xs.indexOf(30) >= 0 && xs.indexOf(10) >= 0 && xs.indexOf(10) < xs.indexOf(30);
        List<Integer> small = Shrinker.ddmin(upTo(50), fails, PLENTY);
        assertThat(small).containsExactly(10, 30);
    }

    @Test
    void ddmin_returns_nothing_when_nothing_already_fails() {
        assertThat(Shrinker.ddmin(upTo(10), xs -> true, PLENTY)).isEmpty();
    }

    @Test
    void ddmin_stops_when_its_budget_is_spent_and_still_returns_a_failing_list() {
        Predicate<List<Integer>> fails = xs -> xs.contains(7);
        List<Integer> small = Shrinker.ddmin(upTo(1000), fails, Shrinker.Budget.of(60, 3));
        assertThat(fails.test(small)).isTrue();
        assertThat(small.size()).as("three runs cannot get down to one element").isGreaterThan(1);
    }
}
