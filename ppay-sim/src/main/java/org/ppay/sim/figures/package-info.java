/**
 * The sweeps behind Figures 1–9 of Section 7 and their reproduction report: runs, CSV, PNG charts and the
 * paper's claims checked against our numbers.
 *
 * <p>May import {@code org.ppay.sim}, {@code org.ppay.sim.cost}, {@code org.ppay.sim.engine}, the core's packages, JFreeChart and the JDK
 * (including {@code java.awt} for charts).
 */
package org.ppay.sim.figures;
