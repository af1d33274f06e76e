package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.core.cost.CostAction;

/**
 * Before a reassignment the payer pings the coin's owner to see whether it is online (Sections 3 and 6.3): an
 * unsigned Gnutella ping and pong, priced as reassignment work of the peers that send and answer it.
 */
class OwnerPingTest {
    @Test
    void anAnsweredPingIsOneSmallMessageEachWayAndAnUnansweredOneIsOnlySent() {
        TaskMeter m = new TaskMeter();
        m.ownerPings(3, 2, GuessNetwork.PING_BYTES, GuessNetwork.PONG_BYTES);
        assertThat(m.count(Task.REASSIGN, CostAction.MESSAGE_SENT)).isEqualTo(3 * 2 + 2);
        assertThat(m.count(Task.REASSIGN, CostAction.MESSAGE_RECEIVED)).isEqualTo(3 * 2);
        assertThat(m.count(Task.REASSIGN, CostAction.BYTES_SENT)).isEqualTo(3 * (23 + 37) + 2 * 23);
        assertThat(m.count(Task.REASSIGN, CostAction.BYTES_RECEIVED)).isEqualTo(3 * (23 + 37));
        for (CostAction a : new CostAction[] {CostAction.SIGN, CostAction.VERIFY, CostAction.HASH, CostAction.SIGNATURES_SENT, CostAction.SIGNATURES_RECEIVED,
                CostAction.IDENTITIES_SENT, CostAction.IDENTITIES_RECEIVED}) {
            assertThat(m.count(a)).as(a.name()).isZero();
        }
        assertThat(m.count(Task.GUESS, CostAction.MESSAGE_SENT)).as("not GUESS work").isZero();
    }

    @Test
    void everyReassignmentThroughAnOnlineOwnerIsPrecededByAPingAndItsAnswer() {
        // Two peers always online, so every coin's owner is up (TwoPeerScenarioTest): a reassignment sends the
        // request and the owner's two copies of the new assignment (the paper's "3 extra network messages"), and
        // the ping and pong before it; it receives the request and one assignment, and the ping and pong.
        SimResult r = TwoPeerScenarioTest.TWO.run();
        long n = r.count("reassign_owner");
        assertThat(n).isPositive();
        assertThat(r.peerMeter().count(Task.REASSIGN, CostAction.MESSAGE_SENT)).isEqualTo(3 * n + 2 * n);
        assertThat(r.peerMeter().count(Task.REASSIGN, CostAction.MESSAGE_RECEIVED)).isEqualTo(2 * n + 2 * n);
    }
}
