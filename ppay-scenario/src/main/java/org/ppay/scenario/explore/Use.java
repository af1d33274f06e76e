package org.ppay.scenario.explore;

import java.util.Locale;

/**
 * One way a holding was given up or claimed, as the checks saw it: a reassignment request or a layer to a payee,
 * a coin paid for a service or a lottery ticket (either of those two, unseen), a cash or renewal request, a signed
 * refusal, or a change the checks cannot name. {@code viaCopy}: made from a copy the holder kept.
 */
record Use(Way way, String to, int step, boolean viaCopy) {
    enum Way { REQUEST, LAYER, SERVICE, CASH, RENEW, REFUSAL, UNKNOWN }

    /**
     * Whether two uses are certainly different messages, so giving a holding up both ways is a double spend
     * (Section 4.1). The same request to the same payee, two cash or two renewal requests may be one message
     * replayed, which is no fraud; an unknown use proves nothing.
     */
    static boolean distinct(Use u, Use v) {
        if (u.way == Way.UNKNOWN || v.way == Way.UNKNOWN) return false;
        if (u.pays() && v.pays()) {
            if (!u.to.equals(v.to)) return true;
            return u.way != Way.SERVICE && v.way != Way.SERVICE && u.way != v.way;
        }
        return u.way != v.way;
    }

    private boolean pays() { return way == Way.REQUEST || way == Way.LAYER || way == Way.SERVICE; }

    @Override public String toString() {
        return (viaCopy ? "copy " : "original ") + way.name().toLowerCase(Locale.ROOT) + (to == null ? "" : "->" + to) + " @" + step;
    }
}
