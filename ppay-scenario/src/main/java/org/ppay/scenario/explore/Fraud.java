package org.ppay.scenario.explore;

/**
 * The frauds a trace exercised, as the explorer counts them. The first kinds count attempts that the system
 * accepted; {@link #HOLDER_DOUBLE_SPEND} and {@link #OWNER_DOUBLE_SPEND} count the frauds that really put two
 * claims on one coin into the system, which the broker must then attribute (Section 4.1).
 */
public enum Fraud {
    /** A copied holding used (paid, cashed or renewed) and accepted. */
    COPY_USED,
    /** The copy a payee kept of a payment it falsely refused, used and accepted. */
    REFUSED_COPY_USED,
    /** A second printing of a serial assigned to a payee that took it (Section 5.1). */
    FORGED_COIN_PAID,
    /** An owner's wrongful denial that the broker overruled (Section 4.1). */
    WRONGFUL_DENIAL,
    /** An owner's tampered renewal window that its victim refused (Section 5.3). */
    WINDOW_TAMPERING,
    /** A payee's signed refusal of a valid payment. */
    FALSE_REFUSAL,
    /** A peer that disappeared without leaving (Section 4.2, "cheat and run"). */
    VANISH,
    /** A holding given up twice by two different messages, both claims in the system at the end. */
    HOLDER_DOUBLE_SPEND,
    /** A serial assigned twice by its owner, both assignments taken and claimable at the end. */
    OWNER_DOUBLE_SPEND
}
