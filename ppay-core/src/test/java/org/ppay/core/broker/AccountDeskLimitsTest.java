package org.ppay.core.broker;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.testing.FakeCrypto;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.PendingActions;
import org.ppay.core.msg.RawCoin;

/**
 * The desk's bounds: an owner's pending actions are handed over in answers of one message each, the nonce
 * memory holds one freshness window, and funding refuses what the books cannot hold. The fast fake signer.
 */
class AccountDeskLimitsTest {
    private final DeskWorld d = new DeskWorld(new FakeCrypto());
    private final World w = d.w;

    @Test
    void actionsThatDoNotFitInOneAnswerComeInLaterCollectsEachOnce() throws PPayException {
        World.Peer u = w.peer("U", 1_000_000, 500), v = w.peer("V", 1_000_000, 500), x = w.peer("X", 100, 500);
        int served = 150;
        for (int i = 0; i < served; i++) {
            RawCoin c = w.broker.sellRawCoin(u.key.id());
            u.owner.addRawCoin(c);
            Assignment toV = u.owner.assign(c.id(), v.key.id(), w.now);
            w.broker.reassignForOffline(v.holder.reassignmentRequest(toV, x.key.id()), w.now);
        }
        Set<Assignment> collected = new HashSet<>();
        int answers = 0;
        PendingActions p;
        do {
            p = d.serve(d.collect(u.key), PendingActions.class);
            answers++;
            assertThat(p.size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
            assertThat(p.actions()).as("an answer that asks for more is not empty").isNotEmpty();
            for (PendingActions.Action a : p.actions()) assertThat(collected.add(a.issued())).as("handed over once").isTrue();
        } while (p.more());
        assertThat(answers).isGreaterThan(1);
        assertThat(collected).hasSize(served);
        assertThat(d.serve(d.collect(u.key), PendingActions.class).actions()).isEmpty();
    }

    @Test
    void noncesAreForgottenOnceTheirRequestsWouldBeStaleSoTheMemoryHoldsOneWindow() throws PPayException {
        Signer alice = d.key("alice");
        d.serve(d.join(alice, 10, 0), AccountStatement.class);
        long window = w.params.requestFreshness();
        for (int i = 0; i < 3 * window; i++) {
            w.now++;
            d.clientTime = w.now;
            d.serve(d.statement(alice), AccountStatement.class);
            assertThat(d.desk.remembered()).isLessThanOrEqualTo((int) window + 1);
        }
        assertThat(d.desk.remembered()).isEqualTo((int) window + 1);
        long forgotten = d.lastNonce() - 2 * window;                          // served two windows ago
        d.serve(d.statement(alice, forgotten, w.now), AccountStatement.class);  // an old nonce with a new time is new
        d.assertRefused(d.statement(alice, d.lastNonce(), w.now), ErrorCode.REPLAYED);
    }

    @Test
    void fundingRefusesNonPositiveAmountsUnknownOrClosedAccountsAndOverflowChangingNothing() throws PPayException {
        World.Peer u = w.peer("U", 100, 0);
        PeerId stranger = d.key("stranger").id();
        Object[][] refused = {{u.key.id(), 0L, ErrorCode.INVALID_ARGUMENT}, {u.key.id(), -5L, ErrorCode.INVALID_ARGUMENT},
            {u.key.id(), Long.MAX_VALUE, ErrorCode.INVALID_ARGUMENT}, {stranger, 10L, ErrorCode.UNKNOWN_ACCOUNT}};
        for (Object[] row : refused) assertFundRefused((PeerId) row[0], (Long) row[1], (ErrorCode) row[2]);
        w.broker.fund(u.key.id(), 40);
        assertThat(w.broker.account(u.key.id()).orElseThrow().balance()).isEqualTo(140);
        assertThat(w.broker.conserved()).isTrue();
        w.broker.leave(u.key.id(), w.now);
        assertFundRefused(u.key.id(), 10, ErrorCode.ACCOUNT_CLOSED);
    }

    private void assertFundRefused(PeerId peer, long amount, ErrorCode code) {
        String before = d.state();
        assertThatThrownBy(() -> w.broker.fund(peer, amount)).as("fund %d", amount)
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(d.state()).isEqualTo(before);
    }

}
