/**
 * The {@code ppay} command: one picocli subcommand per job (scenarios, simulations, figures, benchmarks) and
 * the terminal output around them.
 *
 * <p>May import every other module, picocli, Jackson, progressbar and the JDK.
 */
package org.ppay.cli;
