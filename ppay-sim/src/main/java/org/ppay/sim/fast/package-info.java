/**
 * The fast engine: the reference engine's run ({@link org.ppay.sim.Simulator}) for honest peers, on flat
 * primitive arrays and without message objects. Coins are int indices into a {@link org.ppay.sim.fast.Coins}
 * store, wallets and owners' trails are counts, and every metered action is added to the same meters the core
 * would have added to, with message sizes, signatures and identities read from the message classes themselves
 * ({@link org.ppay.sim.fast.Shapes}). {@code FastEngineEqualityTest} proves it equal to the reference.
 *
 * <p>May import {@code org.ppay.sim}, the core's packages (message classes, roles and credit windows, only to
 * measure shapes and costs once), {@code org.ppay.crypto} and the JDK.
 */
package org.ppay.sim.fast;
