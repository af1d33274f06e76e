package org.ppay.scenario.explore;

import java.util.EnumMap;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.role.Detection;

/** Counts as they grow, one trace's or a whole exploration's; {@link #counts()} is the typed result. */
final class Tally {
    private long steps;
    private final Map<Kind, Long> actions = new EnumMap<>(Kind.class);
    private final Map<ErrorCode, Long> refusals = new EnumMap<>(ErrorCode.class);
    private final Map<Route, Long> routes = new EnumMap<>(Route.class);
    private final Map<Fraud, Long> frauds = new EnumMap<>(Fraud.class);
    private final Map<Detection.Kind, Long> detections = new EnumMap<>(Detection.Kind.class);

    void step(Kind kind, ErrorCode refused, Route route) {
        steps++;
        actions.merge(kind, 1L, Long::sum);
        if (refused != null) refusals.merge(refused, 1L, Long::sum);
        else if (route != null) routes.merge(route, 1L, Long::sum);
    }

    void fraud(Fraud f) { fraud(f, 1); }

    void fraud(Fraud f, long n) { if (n > 0) frauds.merge(f, n, Long::sum); }

    void detected(Detection.Kind k) { detections.merge(k, 1L, Long::sum); }

    void add(Counts c) {
        steps += c.steps();
        c.actions().forEach((k, v) -> actions.merge(k, v, Long::sum));
        c.refusals().forEach((k, v) -> refusals.merge(k, v, Long::sum));
        c.routes().forEach((k, v) -> routes.merge(k, v, Long::sum));
        c.frauds().forEach((k, v) -> frauds.merge(k, v, Long::sum));
        c.detections().forEach((k, v) -> detections.merge(k, v, Long::sum));
    }

    Counts counts() {
        return new Counts(steps, actions, refusals, routes, frauds, detections);
    }
}
