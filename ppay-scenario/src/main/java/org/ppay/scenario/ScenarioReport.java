package org.ppay.scenario;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one scenario: ok only if every expectation held and no action was refused unexpectedly.
 * Balances are every account's spendable balance at the end, by peer name.
 */
public record ScenarioReport(boolean ok, int steps, List<String> failures, Map<String, Long> balances,
                             Map<String, Long> deposits, List<String> detections, boolean conserved) {
    public ScenarioReport {
        failures = List.copyOf(failures);
        balances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(balances));
        deposits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deposits));
        detections = List.copyOf(detections);
    }
}
