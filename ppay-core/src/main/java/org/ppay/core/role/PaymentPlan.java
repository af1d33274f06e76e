package org.ppay.core.role;

import org.ppay.core.msg.Coin;
import org.ppay.core.msg.Holding;

/**
 * How a peer will pay one coin (Sections 3, 5.2, 6.3): assign one of its own unassigned coins, have a held
 * coin reassigned by its online owner, add a layer, go to the broker (downtime protocol), or print anew.
 */
public sealed interface PaymentPlan {
    record AssignOwn(Coin coin) implements PaymentPlan {}

    record ViaOwner(Holding holding) implements PaymentPlan {}

    record Layer(Holding holding) implements PaymentPlan {}

    record ViaBroker(Holding holding) implements PaymentPlan {}

    record PrintNew() implements PaymentPlan {}

    /**
     * Which of the last two resorts a scheme prefers when no held coin's owner is online and no layer may be
     * added (Section 7.1): PPay prints a new coin, PPay* uses the downtime protocol. The same preference
     * decides expiring coins: PPay cashes them, PPay* renews them at the broker. RM (the Rivest–Micali
     * baseline of Section 7.1) never reassigns: it layers while it may and prints otherwise.
     */
    enum Policy { PPAY, PPAY_STAR, RM }
}
