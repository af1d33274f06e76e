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
}
