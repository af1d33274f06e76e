/**
 * How the simulator scales with network size: wall-clock timings and retained heap, a tool rather than a
 * test.
 *
 * <p>May import {@code org.ppay.sim}, {@code org.ppay.sim.cost}, {@code org.ppay.sim.engine}, {@code org.ppay.sim.fast}, the core's packages and the JDK
 * (including {@code java.lang.management}).
 */
package org.ppay.sim.bench;
