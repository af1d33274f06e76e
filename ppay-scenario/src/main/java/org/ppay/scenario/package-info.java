/**
 * The scenario language: scripts run line by line through the core's roles and credit windows on a
 * simulated clock, with any crypto provider the caller picks, checking every expectation and Theorem 1.
 *
 * <p>May import the core's packages, {@code org.ppay.scenario.attack} and the JDK; not {@code ppay-crypto}'s
 * providers, which the caller passes in.
 */
package org.ppay.scenario;
