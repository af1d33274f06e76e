package org.ppay.scenario;

import org.ppay.core.ErrorCode;

/** One {@code expect} line, parsed (see {@code scenarios/README.md}). */
sealed interface Expectation {
    /** The previous action was refused; with that code when {@code code} is not null. */
    record Rejected(ErrorCode code) implements Expectation {}

    /** {@code peer} holds the newest assignment of {@code coin}: a name, {@code none} once cashed, the owner while unassigned. */
    record HolderIs(String coin, String peer) implements Expectation {}

    record Balance(String peer, long amount) implements Expectation {}

    record Deposit(String peer, long amount) implements Expectation {}

    record Punished(String peer) implements Expectation {}

    record NotPunished(String peer) implements Expectation {}

    record Booted(String peer) implements Expectation {}

    record Detected(String peer) implements Expectation {}

    /** {@code peer}'s view of what {@code other} owes it, in picopayments. */
    record Credit(String peer, String other, long amount) implements Expectation {}

    record TicketsWon(long tickets) implements Expectation {}

    record Loss(String peer, long amount) implements Expectation {}

    record Conserved() implements Expectation {}

    record Invariants() implements Expectation {}
}
