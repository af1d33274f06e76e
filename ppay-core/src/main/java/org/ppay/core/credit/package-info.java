/**
 * Picopayments below the value of a coin (Section 5.4): soft credit windows with NetLossCap, Payword chains
 * and lotteries, each settling in coins.
 *
 * <p>May import {@code org.ppay.core}, {@code org.ppay.core.msg}, {@code org.ppay.core.cost},
 * {@code org.ppay.core.crypto} and the JDK only.
 */
package org.ppay.core.credit;
