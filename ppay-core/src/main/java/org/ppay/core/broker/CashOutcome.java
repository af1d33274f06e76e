package org.ppay.core.broker;

import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.CashReceipt;

/** What cashing a coin led to: paid at once, or a conflict the owner must arbitrate (Section 4.1). */
public sealed interface CashOutcome {
    record Paid(CashReceipt receipt) implements CashOutcome {}

    record Disputed(ArbitrationRequest request) implements CashOutcome {}
}
