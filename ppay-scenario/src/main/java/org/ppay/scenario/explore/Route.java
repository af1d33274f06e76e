package org.ppay.scenario.explore;

/** How a held coin was paid on or renewed: through its owner (Section 3), the broker while the owner is down, or a layer (Section 5.2). */
public enum Route {
    OWNER, BROKER, LAYER;

    static Route of(String via) {
        return via == null ? null : valueOf(via.toUpperCase(java.util.Locale.ROOT));
    }
}
