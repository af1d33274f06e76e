package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.wire.Wire;

/**
 * A broker killed after it served a request and before it answered (found by the crash test, which kills the broker
 * too): a refused connection then proves nothing, and the very same bytes go again until the restarted broker
 * answers them from its log. Before, the payer was told OFFLINE and kept a coin the broker had reassigned.
 */
class BrokerLostAnswerTest {
    private final BcEd25519 crypto = new BcEd25519();
    private final Signer me = crypto.signer(Hashes.sha256(new byte[] {1}));
    private Javalin broker;

    @AfterEach
    void stop() {
        if (broker != null) broker.stop();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aBrokerRequestWhoseAnswerWasLostIsSentAgainUntilTheBrokerIsBackAndAnswersIt() throws Exception {
        int brokerPort = freePort();
        CountDownLatch taken = new CountDownLatch(1);
        AtomicInteger again = new AtomicInteger();
        Javalin first = Javalin.create(c -> c.showJavalinBanner = false).post("/v1/messages", ctx -> {
            taken.countDown();
            Thread.sleep(800);                                      // served, but the answer comes too late
        }).start("127.0.0.1", brokerPort);
        HttpNetwork net = new HttpNetwork(new Http(), "http://127.0.0.1:" + brokerPort, me, crypto.verifier(), () -> 1_000_000,
            new PeerConfig.Timeouts(400, 400, 20_000));
        CompletableFuture<Link.Reply> sent = CompletableFuture.supplyAsync(() -> net.broker(new byte[] {1}));
        assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();
        first.stop();                                               // the broker dies with the request: SIGKILL, restart
        Thread.sleep(1_000);
        broker = Javalin.create(c -> c.showJavalinBanner = false).post("/v1/messages", ctx -> {
            again.incrementAndGet();
            ctx.json(new Wire.Answer(null, null));                 // back: the same bytes, answered from its log
        }).start("127.0.0.1", brokerPort);
        Link.Reply r = sent.get(20, TimeUnit.SECONDS);
        assertThat(r.refused()).as("a refused connection after a lost answer proves nothing").isNull();
        assertThat(again.get()).isEqualTo(1);
    }
}
