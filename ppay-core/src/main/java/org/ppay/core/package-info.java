/**
 * The PPay protocol core (Yang and Garcia-Molina, CCS 2003) and, in this package, the vocabulary every other
 * package shares: peer identities, signatures, parameters and error codes. The core as a whole imports only
 * itself and the JDK, and does no I/O, reads no clock or environment and draws no randomness of its own:
 * callers pass those in, so one run is a function of its inputs. A new package of the core may import any
 * core package, never another library. {@code CorePurityTest} checks all of this and each package's own list.
 *
 * <p>May import the JDK only.
 */
package org.ppay.core;
