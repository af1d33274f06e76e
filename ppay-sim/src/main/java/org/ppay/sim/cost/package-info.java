/**
 * The price lists for the core's macro actions (Section 6.2; docs/cost-model.md): paper-era costs from cited
 * figures, and this machine's measured ones.
 *
 * <p>May import the core's {@code org.ppay.core}, {@code cost} and {@code crypto} packages,
 * {@code org.ppay.crypto} (its benchmark, for measured prices) and the JDK.
 */
package org.ppay.sim.cost;
