package org.ppay.scenario.explore;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.ppay.core.ErrorCode;
import org.ppay.core.role.Detection;

/**
 * What traces exercised: steps (action lines run), actions by kind, refusals by code, accepted payments and
 * renewals by explicit route, frauds by kind and the broker's detections by kind.
 */
public record Counts(long steps, Map<Kind, Long> actions, Map<ErrorCode, Long> refusals, Map<Route, Long> routes,
                     Map<Fraud, Long> frauds, Map<Detection.Kind, Long> detections) {
    public Counts {
        actions = sorted(actions);
        refusals = sorted(refusals);
        routes = sorted(routes);
        frauds = sorted(frauds);
        detections = sorted(detections);
    }

    /** Nothing yet. */
    public static Counts none() { return new Tally().counts(); }

    public long frauds(Fraud f) { return frauds.getOrDefault(f, 0L); }

    public long totalFrauds() { return frauds.values().stream().mapToLong(Long::longValue).sum(); }

    public long totalDetections() { return detections.values().stream().mapToLong(Long::longValue).sum(); }

    /** In the enum's order, so that reports read the same every time. */
    private static <K extends Comparable<K>> Map<K, Long> sorted(Map<K, Long> m) { return Collections.unmodifiableMap(new TreeMap<>(m)); }
}
