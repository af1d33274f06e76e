/**
 * The discrete-event simulator of Sections 6 and 7: a GUESS network with churn and queries, paying through
 * the core's roles and credit windows with the cost-counting signer; deterministic from its seed.
 *
 * <p>May import the core's packages, {@code org.ppay.crypto} (the counting signer), {@code org.ppay.sim.cost}
 * and the JDK.
 */
package org.ppay.sim;
