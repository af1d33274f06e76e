package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.CreditState;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.wire.Ids;
import org.ppay.node.wire.P2p;
import org.ppay.node.wire.SignedAnswer;
import org.ppay.node.wire.Wire;

/**
 * The network under a step, against peers that misbehave as real ones do: one that refuses the connection is offline
 * at once; one that took a request, lost its answer and restarted gets the very same request again until it answers;
 * and an answer the peer addressed did not sign for this request, such as a forged credit state, is no answer.
 */
class HttpNetworkTest {
    private final BcEd25519 crypto = new BcEd25519();
    private final Signer me = crypto.signer(Hashes.sha256(new byte[] {1})), them = crypto.signer(Hashes.sha256(new byte[] {2})),
        mallory = crypto.signer(Hashes.sha256(new byte[] {3}));
    private final int port = freePort();
    private final Javalin broker = Javalin.create(c -> c.showJavalinBanner = false)
        .get("/v1/directory/{peer}", ctx -> ctx.json(Map.of("url", "http://127.0.0.1:" + port))).start("127.0.0.1", 0);
    private Javalin peer;

    @AfterEach
    void stop() {
        broker.stop();
        if (peer != null) peer.stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpNetwork network() {
        return new HttpNetwork(new Http(), "http://127.0.0.1:" + broker.port(), me, crypto.verifier(), () -> 1_000_000,
            new PeerConfig.Timeouts(400, 400, 20_000));
    }

    @Test
    void aPeerThatRefusesTheConnectionIsOfflineAtOnce() {
        long start = System.nanoTime();
        Link.Reply r = network().send(them.id(), new byte[] {1}, 7, 1_000_000);
        assertThat(r.refused()).isEqualTo(ErrorCode.OFFLINE);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
    }

    @Test
    void aRequestWhoseAnswerWasLostIsSentAgainUntilThePeerIsBackAndAnswersIt() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        AtomicInteger nonces = new AtomicInteger();
        peer = Javalin.create(c -> c.showJavalinBanner = false).post(P2p.MESSAGES, ctx -> {
            taken.countDown();
            Thread.sleep(800);                                      // the answer comes too late: the sender saw none
        }).start("127.0.0.1", port);
        CompletableFuture<Link.Reply> sent = CompletableFuture.supplyAsync(() -> network().send(them.id(), new byte[] {1}, 7, 1_000_000));
        assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();
        peer.stop();                                                // and the peer goes down with the request
        Thread.sleep(1_000);
        peer = Javalin.create(c -> c.showJavalinBanner = false).post(P2p.MESSAGES, ctx -> {
            if (ctx.header("X-PPay-Nonce").equals("7") && ctx.header("X-PPay-Peer").equals(Ids.text(me.id()))) nonces.incrementAndGet();
            answer(ctx, new Wire.Answer(null, null), them, 7);     // back: the same request, answered from its journal
        }).start("127.0.0.1", port);
        Link.Reply r = sent.get(20, TimeUnit.SECONDS);
        assertThat(r.refused()).isNull();
        assertThat(nonces.get()).as("the very same signed request").isEqualTo(1);
    }

    /** Answers {@code a} as {@code signer} would to {@code me}'s request {@code nonce}. */
    private void answer(io.javalin.http.Context ctx, Wire.Answer a, Signer signer, long nonce) {
        String body = StepCodec.json(a);
        ctx.header(SignedAnswer.HEADER, SignedAnswer.sign(signer, me.id(), nonce, 200, body.getBytes(StandardCharsets.UTF_8)));
        ctx.contentType("application/json").result(body);
    }

    /** A peer at {@code them}'s address that says a coin is due, its answer signed by {@code signer} for request {@code signedNonce}. */
    private void creditStateSignedBy(Signer signer, long signedNonce) {
        CreditState due = new CreditState(them.id(), me.id(), true);
        peer = Javalin.create(c -> c.showJavalinBanner = false).post(P2p.MESSAGES, ctx -> {
            Wire.Answer a = new Wire.Answer("CreditState", Wire.encode(due.encode()));
            if (signer == null) ctx.json(a); else answer(ctx, a, signer, signedNonce);
        }).start("127.0.0.1", port);
    }

    private Link.Reply creditNote(long nonce) { return network().send(them.id(), new CreditNote(me.id(), them.id()).encode(), nonce, 1_000_000); }

    @Test
    void aCreditStateThePeerAddressedDidNotSignForThisRequestIsNoAnswer() {
        for (Signer forger : new Signer[] {null, mallory}) {
            creditStateSignedBy(forger, 9);
            Link.Reply r = creditNote(9);
            assertThat(r.refused()).as("signed by " + (forger == null ? "nobody" : "another key")).isEqualTo(ErrorCode.OFFLINE);
            assertThat(r.message()).contains("not signed by it");
            peer.stop();
        }
        creditStateSignedBy(them, 9);
        assertThat(creditNote(10).refused()).as("its signature on another request").isEqualTo(ErrorCode.OFFLINE);
    }

    @Test
    void aCreditStateThePeerSignedForThisRequestIsTaken() throws Exception {
        creditStateSignedBy(them, 11);
        Link.Reply r = creditNote(11);
        assertThat(r.refused()).isNull();
        assertThat(((CreditState) Codec.decode(r.answer())).coinDue()).isTrue();
    }
}
