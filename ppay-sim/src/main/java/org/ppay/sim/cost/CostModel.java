package org.ppay.sim.cost;

import java.util.EnumMap;
import java.util.Map;
import org.ppay.core.cost.CostAction;

/**
 * Prices the core's macro actions (Section 6.2, "Action Costs"): processing cycles per action, and extra
 * bytes per message on the wire beyond the encoded message itself. Chosen from cited sources before any
 * comparison with the paper's figures (docs/cost-model.md); never tuned to them.
 *
 * @param name            "paper-era" or "measured"
 * @param cycles          cycles charged per action (per byte for BYTES_SENT / BYTES_RECEIVED)
 * @param headerBytes     bytes added to every message on the wire (transport and framing headers)
 * @param signatureBytes  bytes of one signature in this model's scheme; our encodings carry 64-byte Ed25519
 *                        signatures and 32-byte keys, so sizes are rescaled by the difference
 * @param keyBytes        bytes of one public key / peer identity in this model's scheme
 */
public record CostModel(String name, Map<CostAction, Double> cycles, int headerBytes, int signatureBytes, int keyBytes) {
    public CostModel {
        cycles = Map.copyOf(new EnumMap<>(cycles));
    }

    public double cyclesOf(CostAction a) { return cycles.getOrDefault(a, 0.0); }
}
