/**
 * The parties of the protocol (Sections 3–5): broker, owner and holder, with the checks they make on every
 * message they receive, owners' audit trails, fraud detection and arbitration, wallets, and the Theorem 1
 * checker. Every method takes the time as an argument; only honest behaviour is here.
 *
 * <p>May import {@code org.ppay.core}, {@code org.ppay.core.msg}, {@code org.ppay.core.cost},
 * {@code org.ppay.core.crypto} and the JDK only.
 */
package org.ppay.core.role;
