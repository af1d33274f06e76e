package org.ppay.scenario.explore;

import org.ppay.core.ErrorCode;

/**
 * A property broken by a trace: which, of what kind and class (an invariant's number, a detection's or fraud's kind, a
 * refusal's code), why, the peer an expectation must name ({@code expect not-punished}, {@code expect detected}),
 * and the refusal that is itself the violation. Shrinking keeps the {@link #signature()}.
 */
public record Violation(Type type, String detail, String message, String peer, ErrorCode refusal) {
    public enum Type {
        INVARIANT_BROKEN(Property.INVARIANTS),
        NOT_CONSERVED(Property.INVARIANTS),
        HONEST_PUNISHED(Property.HONEST_NEVER_PUNISHED),
        FRAUD_UNDETECTED(Property.FRAUD_DETECTED),
        HONEST_DETECTION(Property.HONEST_TRACE),
        NON_BENIGN_REFUSAL(Property.HONEST_TRACE);

        private final Property property;

        Type(Property property) { this.property = property; }

        public Property property() { return property; }
    }

    public Property property() { return type.property(); }

    /** What a shrunk trace must still show: the same type and class of violation. */
    public String signature() { return type + (detail.isEmpty() ? "" : ": " + detail); }
}
