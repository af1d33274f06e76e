package org.ppay.scenario.explore;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The two mixes of actions: {@link #MIXED}, honest and adversarial together, and {@link #HONEST}, the protocol's
 * steps only, whose traces must in addition detect nothing and be refused only for benign reasons. The weights
 * of the kinds the property tests always had are theirs; the newer kinds come rarely, as they end a peer's part
 * (leave, vanish) or change it for good (lazy).
 */
public enum Mix {
    MIXED(weights(
        entry(Kind.PAY, 20), entry(Kind.PAY_VIA, 8), entry(Kind.ASSIGN, 10), entry(Kind.RENEW, 5), entry(Kind.CASH, 4),
        entry(Kind.CASH_OWN, 1), entry(Kind.OFFLINE, 5), entry(Kind.ONLINE, 6), entry(Kind.ADVANCE, 6), entry(Kind.ADVANCE_LONG, 1),
        entry(Kind.SERVE, 5), entry(Kind.BUY, 2), entry(Kind.PRINT, 3), entry(Kind.LOTTERY, 2), entry(Kind.FUND, 1),
        entry(Kind.LAZY, 1), entry(Kind.LEAVE, 1), entry(Kind.COPY, 7), entry(Kind.USE_COPY, 10), entry(Kind.DOUBLE_PRINT, 3),
        entry(Kind.PAY_FORGED, 5), entry(Kind.DENY, 2), entry(Kind.TAMPER, 2), entry(Kind.REFUSE, 3), entry(Kind.VANISH, 1))),
    HONEST(weights(
        entry(Kind.PAY, 22), entry(Kind.PAY_VIA, 8), entry(Kind.ASSIGN, 12), entry(Kind.RENEW, 6), entry(Kind.CASH, 5),
        entry(Kind.CASH_OWN, 2), entry(Kind.OFFLINE, 5), entry(Kind.ONLINE, 6), entry(Kind.ADVANCE, 7), entry(Kind.ADVANCE_LONG, 1),
        entry(Kind.SERVE, 8), entry(Kind.BUY, 3), entry(Kind.PRINT, 4), entry(Kind.LOTTERY, 3), entry(Kind.FUND, 1),
        entry(Kind.LAZY, 1), entry(Kind.LEAVE, 1)));

    private final Map<Kind, Integer> weights;
    private final int total;

    Mix(Map<Kind, Integer> weights) {
        this.weights = weights;
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The kinds this mix draws. */
    public Set<Kind> kinds() { return weights.keySet(); }

    /** One kind, drawn by weight. */
    Kind draw(SplittableRandom r) {
        int x = r.nextInt(total);
        for (var e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) return e.getKey();
        }
        throw new IllegalStateException("weights changed");
    }

    @SafeVarargs
    private static Map<Kind, Integer> weights(Map.Entry<Kind, Integer>... entries) {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        for (var e : entries) m.put(e.getKey(), e.getValue());
        return m;
    }
}
