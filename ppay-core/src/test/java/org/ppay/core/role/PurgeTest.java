package org.ppay.core.role;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.testing.FakeCrypto;

/** Owners purge a trail once its renewal window has closed (Section 5.3), and not a moment before. */
class PurgeTest {
    @Test
    void aTrailIsPurgedOnlyAfterItsLatestWindowClosesAndItsProofsLeaveTheCount() throws PPayException {
        World w = new World(new FakeCrypto(), Params.defaults());
        long wait = w.params.renewalWait();
        World.Peer u = w.peer("U", 1000, 500), v = w.peer("V", 100, 500), x = w.peer("X", 100, 500);
        RawCoin kept = w.broker.sellRawCoin(u.key.id()), lapsed = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(kept);
        u.owner.addRawCoin(lapsed);
        long t0 = w.now;
        Assignment a = u.owner.assign(kept.id(), v.key.id(), t0);
        v.holder.accept(a, Holder.Context.FRESH, null, t0);
        Assignment b = u.owner.assign(lapsed.id(), v.key.id(), t0);
        v.holder.accept(b, Holder.Context.FRESH, null, t0);
        Assignment toX = u.owner.reassign(v.holder.reassignmentRequest(b, x.key.id()), t0 + 10);     // one proof, on the lapsing coin
        x.holder.accept(toX, Holder.Context.REASSIGNED, b, t0 + 10);
        Assignment renewed = u.owner.renew(v.holder.renewalRequest(a), t0 + wait / 2);                // window moves to [t0+w, t0+2w]
        v.holder.accept(renewed, Holder.Context.RENEWED, a, t0 + wait / 2);
        assertThat(u.owner.proofsStored()).isEqualTo(2);

        assertThat(u.owner.purgeExpired(t0 + wait)).as("both windows still open at their last second").isZero();
        assertThat(u.owner.purgeExpired(t0 + wait + 1)).isEqualTo(1);
        assertThat(u.owner.trail(lapsed.id())).isEmpty();
        assertThat(u.owner.trail(kept.id())).as("renewed: its first window's end no longer counts").isPresent();
        assertThat(u.owner.proofsStored()).isEqualTo(1);
        assertThat(u.owner.purgeExpired(t0 + 2 * wait)).isZero();
        assertThat(u.owner.purgeExpired(t0 + 2 * wait + 1)).isEqualTo(1);
        assertThat(u.owner.trails()).isEmpty();
        assertThat(u.owner.proofsStored()).isZero();
    }
}
