/**
 * The messages of eqs. 1–11 and Section 5.4 (coins, limit certificates, assignments, requests, receipts,
 * arbitration, Payword and lottery) as immutable records, each with one canonical encoding; constructors
 * reject what is structurally invalid, and the receiving role checks the signatures.
 *
 * <p>May import {@code org.ppay.core}, {@code org.ppay.core.codec}, {@code org.ppay.core.crypto} (the hash
 * of Payword chains) and the JDK only.
 */
package org.ppay.core.msg;
