package org.ppay.scenario.explore;

/**
 * What an abstract action does, before it is resolved against the world. The honest kinds are the protocol's
 * own steps (Sections 3 and 5) and the account's life (Section 4.2: joining, funding, a formal leave); the
 * adversarial kinds are the attacks of Section 4 and a peer that vanishes.
 */
public enum Kind {
    PAY, PAY_VIA, ASSIGN, RENEW, CASH, CASH_OWN, OFFLINE, ONLINE, ADVANCE, ADVANCE_LONG, SERVE, BUY, PRINT,
    LOTTERY, FUND, LAZY, LEAVE,
    /** A copy alone is passive: it harms no one until it is used. */
    COPY, USE_COPY, DOUBLE_PRINT, PAY_FORGED, DENY, TAMPER, REFUSE, VANISH;

    /** Whether the kind pays a coin on, so that the payer may get it back from a refusing payee. */
    boolean pays() {
        return switch (this) {
            case PAY, PAY_VIA, ASSIGN, USE_COPY, PAY_FORGED, SERVE, LOTTERY -> true;
            default -> false;
        };
    }
}
