package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PendingNotice;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.node.wire.P2p;
import org.ppay.node.wire.SignedRequest;

/**
 * Every kind of bad input to a peer daemon, over its sockets: each is refused with its own status and code, and leaves
 * the peer as it was (wallet, trails, credit, journal). A coin went C → A → B → A first, so B has held and given up
 * seq 2 and A holds seq 3 of C's coin.
 */
class PeerRefusalsTest {
    @TempDir Path dir;
    private Cluster net;
    private PeerDaemon a, b, c;
    private Signer keyA, keyC;
    private Payment aToB;

    @BeforeEach
    void start() throws Exception {
        net = new Cluster(dir, Params.builder().creditWindowType(Params.CreditWindowType.SCW).build());
        a = net.start("A");
        b = net.start("B");
        c = net.start("C");
        keyA = Signed.keyOf(net, "A");
        keyC = Signed.keyOf(net, "C");
        Local.of(c).pay(a, 1).ok();
        Holding first = held(a);
        Local.of(a).pay(b, 1).ok();
        // what A handed B: deterministic signatures make the request A sent again, byte for byte
        aToB = new Payment(held(b), new ReassignmentRequest(b.id(), first, keyA.sign(ReassignmentRequest.signedBytes(b.id(), first))));
        Local.of(b).pay(a, 1).ok();
    }

    @AfterEach
    void stop() { net.close(); }

    private static Holding held(PeerDaemon d) throws Exception { return d.read(p -> p.holder().holdings().get(0)); }

    private String state(PeerDaemon d) throws Exception { return Fingerprint.of(d, List.of(a, b, c)) + " journal " + d.journalSize(); }


    private Local.Reply raw(PeerDaemon to, byte[] body, Signer signer, PeerDaemon signedFor, long time, long nonce) throws Exception {
        return Signed.post(to, P2p.MESSAGES, body, SignedRequest.sign(signer, "POST", P2p.MESSAGES, signedFor.id(), time, nonce, body).headers());
    }

    @Test
    void malformedUnsignedForgedMisaddressedStaleAndOversizedRequestsAreRefusedAndChangeNothing() throws Exception {
        long now = net.clock.get();
        String before = state(b);
        byte[] notice = Signed.body(new PendingNotice(b.id()));
        raw(b, "not json".getBytes(StandardCharsets.UTF_8), keyA, b, now, Signed.nonce()).refused(400, "MALFORMED");
        raw(b, "{\"message\":\"%%%\"}".getBytes(StandardCharsets.UTF_8), keyA, b, now, Signed.nonce()).refused(400, "MALFORMED");
        raw(b, "{\"message\":\"AQID\"}".getBytes(StandardCharsets.UTF_8), keyA, b, now, Signed.nonce()).refused(400, "MALFORMED");
        Signed.post(b, P2p.MESSAGES, notice, Map.of()).refused(401, "BAD_SIGNATURE");
        Map<String, String> forged = new java.util.HashMap<>(SignedRequest.sign(keyC, "POST", P2p.MESSAGES, b.id(), now, Signed.nonce(), notice).headers());
        forged.put(SignedRequest.PEER, Local.id(a));                                    // claims A, signed by C
        Signed.post(b, P2p.MESSAGES, notice, forged).refused(401, "BAD_SIGNATURE");
        Map<String, String> signedOther = SignedRequest.sign(keyA, "POST", P2p.MESSAGES, b.id(), now, Signed.nonce(), Signed.body(new PendingNotice(a.id()))).headers();
        Signed.post(b, P2p.MESSAGES, notice, signedOther).refused(401, "BAD_SIGNATURE");    // the body changed after signing
        raw(b, notice, keyA, c, now, Signed.nonce()).refused(401, "BAD_SIGNATURE");          // signed for C, replayed to B
        raw(b, notice, keyA, b, now - 1_000, Signed.nonce()).refused(422, "STALE_REQUEST");
        Signed.message(net, b, keyA, new CreditNote(c.id(), b.id())).refused(403, "NOT_AUTHORIZED");   // A brings C's debt
        Signed.message(net, b, keyA, new CreditNote(a.id(), c.id())).refused(403, "NOT_AUTHORIZED");   // addressed to C
        JoinRequest join = new JoinRequest(keyC.id(), 1, 1, 1, now, keyC.sign(JoinRequest.signedBytes(keyC.id(), 1, 1, 1, now)));
        Signed.message(net, b, keyC, join).refused(403, "NOT_AUTHORIZED");                   // no peer takes a join
        byte[] huge = ("{\"message\":\"" + "A".repeat(P2p.MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
        raw(b, huge, keyA, b, now, Signed.nonce()).refused(413, "MALFORMED");
        Signed.post(b, "/p2p/v1/nothing", notice, Map.of()).refused(404, "MALFORMED");
        assertThat(state(b)).isEqualTo(before);
    }

    @Test
    void aStaleHoldingAWrongOwnerAndAnExpiredCoinAreRefusedAndChangeNothing() throws Exception {
        String payee = state(b), owner = state(c);
        Holding mine = held(a);
        assertThat(mine.seq()).isEqualTo(3);
        Holding first = aToB.request().given();
        LayeredCoin stale = new LayeredCoin(b.id(), a.id(), 2, first, keyA.sign(LayeredCoin.signedBytes(b.id(), a.id(), 2, first)));
        Signed.message(net, b, keyA, new Payment(stale, null)).refused(409, "STALE_SEQUENCE");   // B held seq 2 and gave it up
        ReassignmentRequest toWrongOwner = new ReassignmentRequest(c.id(), mine, keyA.sign(ReassignmentRequest.signedBytes(c.id(), mine)));
        Signed.message(net, b, keyA, toWrongOwner).refused(404, "UNKNOWN_COIN");       // C's coin, asked of B
        assertThat(state(b)).isEqualTo(payee);
        net.clock.addAndGet(net.params.renewalWait() + 1);                              // the coin's window has closed
        LayeredCoin late = new LayeredCoin(b.id(), a.id(), mine.seq() + 1, mine, keyA.sign(LayeredCoin.signedBytes(b.id(), a.id(), mine.seq() + 1, mine)));
        Signed.message(net, b, keyA, new Payment(late, null)).refused(422, "EXPIRED");
        Signed.message(net, c, keyA, toWrongOwner).refused(422, "EXPIRED");            // and its owner will not reassign it
        assertThat(state(b)).isEqualTo(payee);
        assertThat(state(c)).isEqualTo(owner);
    }

    @Test
    void aServedRequestSentAgainIsAnsweredAsBeforeAndANewOneReusingItsNonceIsReplayed() throws Exception {
        long now = net.clock.get(), nonce = Signed.nonce();
        byte[] note = Signed.body(new CreditNote(a.id(), b.id()));
        Local.Reply first = raw(b, note, keyA, b, now, nonce);
        assertThat(first.status()).isEqualTo(200);
        String after = state(b);
        assertThat(raw(b, note, keyA, b, now, nonce).body()).as("the same request: a retry").isEqualTo(first.body());
        net.clock.addAndGet(3_600);
        assertThat(raw(b, note, keyA, b, now, nonce).body()).as("however late").isEqualTo(first.body());
        raw(b, Signed.body(new PendingNotice(b.id())), keyA, b, net.clock.get(), nonce).refused(409, "REPLAYED");
        assertThat(state(b)).as("one unit of credit, counted once").isEqualTo(after);
    }

    @Test
    void aPaymentTakenBeforeAndHandedAgainUnderANewRequestIsAnsweredAlreadyTakenAndChangesNothing() throws Exception {
        String before = Fingerprint.of(b, List.of(a, b, c));
        Local.Reply again = Signed.message(net, b, keyA, aToB);          // what an outbox does that never heard B's answer
        assertThat(again.ok().body().get("type").asText()).isEqualTo(Step.Received.ALREADY_TAKEN);
        assertThat(again.body().get("answer").isNull()).isTrue();
        assertThat(Signed.message(net, b, keyA, aToB).ok().body().get("type").asText()).as("however often").isEqualTo(Step.Received.ALREADY_TAKEN);
        assertThat(Fingerprint.of(b, List.of(a, b, c))).as("B gave the coin up since, and takes nothing back").isEqualTo(before);
        assertThat(Local.of(b).get("/local/v1/history?limit=1").ok().body().get(0).get("summary").asText()).contains("again: taken already");
    }

    @Test
    void invoicesOutOfRangeOrNotAllowedAreRefusedAndPayNothing() throws Exception {
        String client = state(a);
        Local.of(b).serve(a, 0).refused(422, "INVALID_ARGUMENT");
        Local.of(b).serve(a, P2pServer.MAX_INVOICE + 1).refused(422, "INVALID_ARGUMENT");
        Local.of(b).serve(a, 5).refused(402, "PAYMENT_REFUSED");
        byte[] bad = "{\"picopayments\":\"many\"}".getBytes(StandardCharsets.UTF_8);
        Signer keyB = Signed.keyOf(net, "B");
        Map<String, String> headers = SignedRequest.sign(keyB, "POST", P2p.INVOICE, a.id(), net.clock.get(), Signed.nonce(), bad).headers();
        Signed.post(a, P2p.INVOICE, bad, headers).refused(400, "MALFORMED");
        assertThat(state(a)).isEqualTo(client);
    }

    @Test
    void theLocalApiWantsTheTokenAndValidArgumentsAndRefusesOtherwiseWithoutActing() throws Exception {
        String before = state(a);
        Local noToken = new Local(a.localUrl(), null), wrongToken = new Local(a.localUrl(), "x" + a.token());
        noToken.pay(b, 1).refused(401, "BAD_TOKEN");
        wrongToken.pay(b, 1).refused(401, "BAD_TOKEN");
        wrongToken.get("/local/v1/events").refused(401, "BAD_TOKEN");
        wrongToken.balance().refused(401, "BAD_TOKEN");
        Local app = Local.of(a);
        app.post("/local/v1/pay", "not an object").refused(400, "MALFORMED");
        app.post("/local/v1/pay", Map.of("peer", "not-a-key", "coins", 1)).refused(400, "MALFORMED");
        app.pay(b, 0).refused(422, "INVALID_ARGUMENT");
        app.pay(b, LocalApi.MAX_COINS + 1).refused(422, "INVALID_ARGUMENT");
        app.get("/local/v1/history?limit=many").refused(400, "MALFORMED");
        app.post("/local/v1/cash", Map.of("coin", "nonsense")).refused(400, "MALFORMED");
        app.post("/local/v1/allow", Map.of("peer", Local.id(b), "picopayments", -1)).refused(422, "INVALID_ARGUMENT");
        app.pay(a, 1).refused(422, "INVALID_ARGUMENT");                                   // itself
        app.get("/local/v1/events").refused(400, "MALFORMED");                              // not asked as an event stream
        assertThat(state(a)).isEqualTo(before);
    }
}
