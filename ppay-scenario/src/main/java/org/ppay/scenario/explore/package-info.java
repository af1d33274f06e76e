/**
 * Random exploration of Theorem 1 (Section 4.1) and its attack analysis: traces of abstract actions, honest and
 * adversarial, interpreted against a running scenario and checked after every step by a record kept independently
 * of the implementation; a failing trace is shrunk and written as a scenario file that reproduces it. The
 * property tests run the same machinery with fixed seeds, {@code ppay explore} with fresh ones.
 *
 * <p>May import {@code org.ppay.scenario}, the core's packages, {@code ppay-crypto}'s providers (the explorer
 * runs with the fast fake signer and checks its findings with real Ed25519) and the JDK.
 */
package org.ppay.scenario.explore;
