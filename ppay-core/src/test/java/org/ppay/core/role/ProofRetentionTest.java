package org.ppay.core.role;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.testing.FakeCrypto;

/** An owner that only counts its proofs keeps the same count as one that keeps them, and nothing else. */
class ProofRetentionTest {
    @Test
    void aCountingOwnerCountsEveryProofItWouldHaveKeptButHoldsNone() throws PPayException {
        long[] counts = new long[2];
        for (ProofRetention r : ProofRetention.values()) {
            World w = new World(new FakeCrypto(), Params.defaults());
            World.Peer u = w.peer("U", 1000, 500), v = w.peer("V", 100, 500), x = w.peer("X", 100, 500);
            Owner owner = new Owner(w.context(u.key), r);
            RawCoin coin = w.broker.sellRawCoin(u.key.id());
            owner.addRawCoin(coin);
            Assignment toV = owner.assign(coin.id(), v.key.id(), w.now);
            v.holder.accept(toV, Holder.Context.FRESH, null, w.now);
            Assignment toX = owner.reassign(v.holder.reassignmentRequest(toV, x.key.id()), w.now);     // proof of seq 1
            x.holder.accept(toX, Holder.Context.REASSIGNED, toV, w.now);
            LayeredCoin layer = x.holder.layer(toX, v.key.id(), w.now);                                 // X -> V by a layer
            v.holder.accept(layer, Holder.Context.LAYERED, toX, w.now);
            Assignment again = owner.reassign(v.holder.reassignmentRequest(layer, x.key.id()), w.now);  // peels: seqs 2 and 3
            x.holder.accept(again, Holder.Context.REASSIGNED, layer, w.now);
            AuditTrail t = owner.trail(coin.id()).orElseThrow();
            assertThat(t.currentSeq()).isEqualTo(4);
            counts[r.ordinal()] = owner.proofsStored();
            if (r == ProofRetention.KEEP) {
                assertThat(t.proofs()).containsOnlyKeys(1L, 2L, 3L);
                assertThat(owner.canRefute(toV)).isTrue();
            } else {
                assertThat(t.proofs()).isEmpty();
                assertThat(t.proof(1)).isEmpty();
                assertThat(owner.canRefute(toV)).as("counting owners cannot refute: simulations of honest peers only").isFalse();
            }
        }
        assertThat(counts[1]).isEqualTo(counts[0]).isEqualTo(3);
    }
}
