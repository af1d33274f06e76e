/**
 * Which engine runs a simulation, and the one place its default is chosen: the command line, the figure sweeps
 * and the benchmark all run through {@link org.ppay.sim.engine.Engine}.
 *
 * <p>May import {@code org.ppay.sim}, {@code org.ppay.sim.fast}, the core's {@code role} package and the JDK.
 */
package org.ppay.sim.engine;
