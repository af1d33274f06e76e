package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CollectRequest;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.ReassignmentRequest;

/**
 * The broker's side of the bad inputs the peers' tests send (malformed, forged, replayed, stale requests and oversized
 * bodies are in BrokerServerTest): a stale holding of a coin already cashed, a request about another's account, and an
 * expired coin are refused with their codes, and the broker's log and books stay as they were.
 */
class BrokerRefusalsTest {
    @TempDir Path dir;

    @Test
    void aStaleHoldingAnotherOwnersAccountAndAnExpiredCoinAreRefusedAndChangeNothing() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), b = net.start("B"), c = net.start("C");
            Signer keyA = Signed.keyOf(net, "A"), keyB = Signed.keyOf(net, "B");
            Local.of(c).pay(a, 1).ok();
            Holding given = a.read(p -> p.holder().holdings().get(0));
            Local.of(a).pay(b, 1).ok();
            Local.of(b).cashAll().ok();
            Local.of(c).pay(b, 1).ok();
            Holding kept = b.read(p -> p.holder().holdings().get(0));
            long logged = net.broker().applied();
            String books = net.books().toString();

            ReassignmentRequest stale = new ReassignmentRequest(c.id(), given, keyA.sign(ReassignmentRequest.signedBytes(c.id(), given)));
            Signed.toBroker(net, stale).refused(409, "ALREADY_CASHED");
            long now = net.clock.get();
            CollectRequest othersPending = new CollectRequest(c.id(), 1, now, keyA.sign(CollectRequest.signedBytes(c.id(), 1, now)));
            Signed.toBroker(net, othersPending).refused(401, "BAD_SIGNATURE");
            net.clock.addAndGet(net.params.renewalWait() + 1);
            long late = net.clock.get();
            Signed.toBroker(net, new CashRequest(kept, late, keyB.sign(CashRequest.signedBytes(kept, late)))).refused(422, "EXPIRED");

            assertThat(net.broker().applied()).isEqualTo(logged);
            assertThat(net.books().toString()).isEqualTo(books);
        }
    }

}
