package org.ppay.scenario;

import org.ppay.core.msg.Coin;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;

/**
 * A named coin of a scenario: the coin itself; a second printing of its serial ({@code forged}, Section 5.1);
 * or a frozen copy of one peer's holding of it ({@code copy}, for replay attacks).
 */
record CoinRef(CoinId id, Coin forged, Holding copy, ScenarioPeer copyHolder) {
    static CoinRef of(CoinId id) { return new CoinRef(id, null, null, null); }
}
