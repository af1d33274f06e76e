package org.ppay.node.peer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Message;
import org.ppay.core.role.Scheme;
import org.ppay.node.wire.Ids;
import org.ppay.node.wire.P2p;
import org.ppay.node.wire.SignedAnswer;
import org.ppay.node.wire.SignedRequest;
import org.ppay.node.wire.Wire;

/**
 * The endpoints other peers call (docs/daemons.md): a ping, any message a core {@code Peer} takes, and an invoice for
 * picopayments. Every request must be signed by its sender for this peer; a message must be brought by the party it
 * speaks for ({@link Admission}); a request waits at most {@value #WAIT_MILLIS} ms for the core, then is answered 503
 * OFFLINE, which the sender's exchange treats as a peer that does not answer (Section 3); a payment, whose coin its
 * payer gave up already, waits longer.
 */
final class P2pServer implements AutoCloseable {
    static final long WAIT_MILLIS = 200;
    /**
     * How long a payment waits for a busy payee's core: its payer has given the coin up already (the owner or the broker
     * reassigned it to this peer), so a payment turned away as OFFLINE would leave the coin held by nobody.
     */
    static final long PAYMENT_WAIT_MILLIS = 3_000;
    static final int MAX_INVOICE = 1_000;

    private final Javalin app;
    private final StepRunner runner;
    private final Signer key;
    private final Verifier verifier;
    private final LongSupplier clock;
    private final long freshness;
    private final Scheme scheme;

    P2pServer(StepRunner runner, Signer key, Verifier verifier, LongSupplier clock, long freshness, Scheme scheme) {
        this.runner = runner;
        this.key = key;
        this.verifier = verifier;
        this.clock = clock;
        this.freshness = freshness;
        this.scheme = scheme;
        this.app = Servers.create("ppay-p2p", P2p.MAX_BODY);
        app.post(P2p.PING, this::ping);
        app.post(P2p.MESSAGES, this::message);
        app.post(P2p.INVOICE, this::invoice);
        app.after(P2p.MESSAGES, this::signAnswer);
        app.after(P2p.INVOICE, this::signAnswer);
    }

    /**
     * Signs the answer, refusals too, for the request's sender and nonce ({@link SignedAnswer}), so that the sender can
     * tell this peer's word from whatever else answers at its address. A request whose signature was not verified
     * (unreadable headers, a bad signature) gets its refusal unsigned: its sender and nonce are nobody's word, and a
     * signed refusal for them could be replayed to the peer they name.
     */
    private void signAnswer(Context ctx) {
        String body = ctx.result();
        SignedRequest sr = ctx.attribute(VERIFIED);
        if (body == null || sr == null) return;
        ctx.header(SignedAnswer.HEADER, SignedAnswer.sign(key, sr.sender(), sr.nonce(), ctx.statusCode(), body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Where {@link #signed} leaves a request whose signature it verified: only such a sender's nonce gets a signed answer. */
    private static final String VERIFIED = "ppay.verified-request";

    P2pServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    int port() { return app.port(); }

    /** Signed by its sender for this peer, and of its time: a ping needs no more, it changes nothing. */
    private void ping(Context ctx) throws PPayException {
        SignedRequest sr = signed(ctx, Servers.body(ctx, P2p.MAX_BODY));
        long now = clock.getAsLong();
        if (Math.abs(sr.time() - now) > freshness) throw new PPayException(ErrorCode.STALE_REQUEST, "ping time " + sr.time() + " is far from " + now);
        ctx.json(new P2p.Pong(Ids.text(key.id()), Ids.base64(key.sign(P2p.pongBytes(sr.sender(), sr.nonce())).bytes())));
    }

    private void message(Context ctx) throws PPayException {
        byte[] body = Servers.body(ctx, P2p.MAX_BODY);
        SignedRequest sr = signed(ctx, body);
        byte[] bytes = messageBytes(body);
        Message m = Codec.decode(bytes);
        Admission.check(m, sr.sender(), key.id());
        long wait = m instanceof org.ppay.core.msg.Payment ? PAYMENT_WAIT_MILLIS : WAIT_MILLIS;
        StepRunner.Outcome o = runner.serve(request(sr, body), new Step.Receive(Ids.text(sr.sender()), bytes), wait).orThrow();
        Step.Received r = o.result(Step.Received.class);
        ctx.json(new Wire.Answer(r.type(), Wire.encode(r.answer())));
    }

    private void invoice(Context ctx) throws PPayException {
        byte[] body = Servers.body(ctx, P2p.MAX_BODY);
        SignedRequest sr = signed(ctx, body);
        P2p.Invoice inv;
        try {
            inv = StepCodec.JSON.readValue(body, P2p.Invoice.class);
        } catch (IOException e) {
            throw new PPayException(ErrorCode.MALFORMED, "an invoice is {\"picopayments\": N}");
        }
        if (inv.picopayments() < 1 || inv.picopayments() > MAX_INVOICE) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "an invoice is for 1 to " + MAX_INVOICE + " picopayments, not " + inv.picopayments());
        }
        Step.Invoice step = new Step.Invoice(Ids.text(sr.sender()), inv.picopayments(), scheme);
        ctx.json(runner.serve(request(sr, body), step, WAIT_MILLIS).orThrow().result(Step.Invoiced.class));
    }

    private SignedRequest signed(Context ctx, byte[] body) throws PPayException {
        SignedRequest sr = SignedRequest.read(ctx::header);
        sr.verify(verifier, "POST", ctx.path(), key.id(), body);
        ctx.attribute(VERIFIED, sr);
        return sr;
    }

    private static StepRunner.Request request(SignedRequest sr, byte[] body) {
        return new StepRunner.Request(sr.sender(), sr.nonce(), sr.time(), Hashes.sha256(body));
    }

    private static byte[] messageBytes(byte[] body) throws PPayException {
        try {
            Wire.Request r = StepCodec.JSON.readValue(body, Wire.Request.class);
            if (r == null || r.message() == null) throw new PPayException(ErrorCode.MALFORMED, "the body is JSON {\"message\": base64}");
            return Wire.decode(r.message());
        } catch (IOException | IllegalArgumentException e) {
            throw new PPayException(ErrorCode.MALFORMED, "the body is JSON {\"message\": base64}");
        }
    }

    @Override public void close() { app.stop(); }
}
