package org.ppay.core.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;

/** The broker's record of every coin it has seen cashed, claimed or acted on (Section 4.1). */
final class CoinRecords {
    private final Map<CoinId, CoinRecord> coins = new HashMap<>();
    private final CostMeter meter;

    CoinRecords(CostMeter meter) { this.meter = meter; }

    CoinRecord of(CoinId coin) { return coins.computeIfAbsent(coin, k -> new CoinRecord()); }

    CoinRecord find(CoinId coin) { return coins.get(coin); }

    /** Coins whose dispute waits for the owner's answer. */
    List<CoinId> disputed() {
        List<CoinId> out = new ArrayList<>();
        coins.forEach((id, r) -> { if (!r.pending.isEmpty()) out.add(id); });
        return out;
    }

    /** Keeps the layers of a presented holding as their signers' proofs of relinquishment (Section 5.2). */
    void keepLayerProofs(Task task, CoinRecord r, Holding h) {
        for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) {
            if (r.keep(l)) meter.add(task, CostAction.PROOF_STORED);
        }
    }

    long proofCount() { return coins.values().stream().mapToLong(r -> r.proofs.size()).sum(); }
}
