package org.ppay.scenario;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one scenario: ok only if it has steps, every expectation held and no action was refused
 * unexpectedly. {@code failures} lists the first {@link #LISTED_FAILURES} failures; {@code failureCount} counts
 * them all. Balances are every account's spendable balance at the end, by peer name.
 */
public record ScenarioReport(boolean ok, int steps, List<String> failures, int failureCount, Map<String, Long> balances,
                             Map<String, Long> deposits, List<String> detections, boolean conserved) {
    /** How many failures a report lists; the rest are only counted. */
    public static final int LISTED_FAILURES = 100;

    public ScenarioReport {
        failures = List.copyOf(failures);
        if (failureCount < failures.size() || failures.size() > LISTED_FAILURES) {
            throw new IllegalArgumentException("failureCount " + failureCount + " for " + failures.size() + " listed failures");
        }
        balances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(balances));
        deposits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deposits));
        detections = List.copyOf(detections);
    }
}
