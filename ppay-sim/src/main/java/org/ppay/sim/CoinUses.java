package org.ppay.sim;

/**
 * How many payments a coin makes before it is cashed (docs/simulation-inputs.md, Section 10).
 *
 * <ul>
 *   <li>{@link #FLOAT}: coins float as each scheme lets them (Sections 6.3 and 7.1): a payee keeps a coin it is paid
 *   and spends it again (reassignment, layers), and cashes it only when it expires (PPay), can no longer be layered
 *   (RM) or when everyone leaves at the end.</li>
 *   <li>{@link #ONCE}: "the worst-case scenario for PPay is the extreme case in which each coin is used exactly once
 *   before being cashed" (Section 7.1): every payee cashes each coin it is paid at once, so no coin is reassigned,
 *   layered or renewed, and every payment is a fresh coin.</li>
 * </ul>
 */
public enum CoinUses { FLOAT, ONCE }
