package org.ppay.core.role;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.testing.FakeCrypto;

/**
 * An arbitration must fit in one message (255 entries, {@link Reader#MAX_MESSAGE} bytes), or its owner could
 * not decode it. An owner that assigns one coin to many holders could otherwise grow a dispute past that (a holder
 * that layers one coin to many payees is convicted by the second claim: its layers conflict).
 */
class DisputeSizeTest {
    private final World w = new World(new FakeCrypto(), Params.defaults());

    @Test
    void aClaimThatWouldOverfillTheDisputeIsRefusedAsDisputeFullAndChangesNothing() throws PPayException {
        World.Peer u = w.peer("U", 1000, 500), v = w.peer("V", 100, 500);
        RawCoin coin = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(coin);
        long end = w.now + w.params.renewalWait();
        int refused = -1;
        for (int i = 0; i < 300 && refused < 0; i++) {
            World.Peer x = w.peer("X" + i, 100, 500);
            // U assigns the same coin again and again: no claim refutes another, so each one waits for U's word
            Assignment a = new Assignment(x.key.id(), 1, w.now, w.now, end, coin, false,
                u.key.sign(Assignment.signedBytes(x.key.id(), 1, w.now, w.now, end, coin)));
            x.holder.accept(a, Holder.Context.FRESH, null, w.now);
            String before = w.books();
            ArbitrationRequest open = w.broker.disputeFor(coin.id()).orElse(null);
            try {
                w.broker.cash(x.holder.cashRequest(a, w.now), w.now);
            } catch (PPayException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.DISPUTE_FULL);
                assertThat(w.books()).isEqualTo(before);
                assertThat(w.broker.disputeFor(coin.id()).orElseThrow().claims()).isEqualTo(open.claims());
                refused = i;
            }
        }
        assertThat(refused).as("the dispute filled up").isPositive();
        ArbitrationRequest full = w.broker.disputeFor(coin.id()).orElseThrow();
        assertThat(full.claims()).hasSize(refused);
        assertThat(full.size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
        assertThat(Codec.decode(full.encode())).isEqualTo(full);
        ArbitrationResponse answer = u.owner.answer(full);                     // the owner can read it, and answer in one message
        assertThat(answer.size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
    }

    @Test
    void arbitrationMessagesRefuseToBeBuiltBeyondOneMessage() throws PPayException {
        World.Peer u = w.peer("U", 1000, 500);
        List<Holding> claims = new ArrayList<>();
        List<Relinquishment> proofs = new ArrayList<>();
        RawCoin coin = w.broker.sellRawCoin(u.key.id());
        u.owner.addRawCoin(coin);
        Assignment a = u.owner.assign(coin.id(), u.key.id(), w.now);
        LayeredCoin layer = u.holder.layer(a, w.brokerKey.id(), w.now);
        while (ArbitrationRequest.fits(claims)) claims.add(layer);
        while (ArbitrationResponse.fits(proofs)) proofs.add(layer);
        Sig sig = w.brokerKey.sign(new byte[1]);
        assertThatThrownBy(() -> new ArbitrationRequest(coin.id(), claims, sig))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Reader.MAX_MESSAGE));
        assertThatThrownBy(() -> new ArbitrationResponse(coin.id(), proofs, sig))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Reader.MAX_MESSAGE));
        claims.remove(claims.size() - 1);
        proofs.remove(proofs.size() - 1);
        assertThat(new ArbitrationRequest(coin.id(), claims, sig).size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
        assertThat(new ArbitrationResponse(coin.id(), proofs, sig).size()).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
        assertThat(claims.size()).as("the byte limit binds before the count limit").isLessThan(255);
    }
}
