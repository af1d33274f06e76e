package org.ppay.node.broker;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Message;
import org.ppay.node.wire.Announcement;
import org.ppay.node.wire.Wire;

/**
 * The broker's HTTP face: each endpoint takes one signed message (see {@link Endpoints}), hands it to the
 * {@link BrokerService} and answers with the broker's signed answer, or with a status and an error code. Request
 * bodies are limited in size; nothing unsigned moves money or reveals an account.
 */
public final class BrokerServer implements AutoCloseable {
    /** The largest request body: one message is at most 64 KiB, base64 and a batch of them a few MB. */
    static final long MAX_BODY = 4L << 20;

    private final BrokerService service;
    private final BrokerMetrics metrics;
    private final Javalin app;

    public BrokerServer(BrokerService service) {
        this.service = service;
        this.metrics = new BrokerMetrics(service);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = MAX_BODY;
            c.jsonMapper(new JavalinJackson());
        });
        for (Endpoints.Endpoint e : Endpoints.ALL) app.post(e.path(), ctx -> one(ctx, e.path(), e.type()));
        app.post("/v1/messages", ctx -> one(ctx, "/v1/messages", Message.class));
        app.post("/v1/cash/batch", this::batch);
        app.get("/v1/params", ctx -> ctx.json(service.params()));
        app.get("/v1/books", ctx -> ctx.json(service.totals()));
        app.get("/v1/frauds", ctx -> ctx.json(Map.of("frauds", service.frauds().stream().map(BrokerServer::fraud).toList())));
        app.get("/v1/boot-list", ctx -> ctx.json(Map.of("booted", service.booted().stream().map(p -> Wire.encode(p.key())).toList())));
        app.post("/v1/directory", this::announce);
        app.get("/v1/directory/{peer}", this::address);
        app.get("/v1/broker", ctx -> ctx.json(Map.of("id", Wire.encode(service.id().key()))));
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok", "log", service.applied())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        app.exception(io.javalin.http.ContentTooLargeResponse.class,
            (e, ctx) -> ctx.status(413).json(new Wire.Error(ErrorCode.MALFORMED.name(), "the body is larger than " + (MAX_BODY >> 20) + " MiB")));
        app.exception(BrokerService.Unavailable.class, (e, ctx) -> error(ctx, ErrorCode.OFFLINE, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, ErrorCode.MALFORMED, "bad request: " + e.getMessage()));
    }

    /** Starts listening on {@code host:port} (port 0: any free port). */
    public BrokerServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    private void one(Context ctx, String endpoint, Class<? extends Message> type) {
        long start = System.nanoTime();
        String outcome;
        try {
            byte[] bytes = body(ctx);
            Message m = Codec.decode(bytes);
            if (!type.isInstance(m)) throw new PPayException(ErrorCode.MALFORMED, endpoint + " takes a " + type.getSimpleName() + ", not a " + m.getClass().getSimpleName());
            BrokerService.Outcome o = service.serveDecoded(List.of(new BrokerService.Request(bytes, m))).get(0);
            if (o.ok()) {
                ctx.json(new Wire.Answer(type(o.answer()), Wire.encode(o.answer())));
                outcome = "ok";
            } else {
                error(ctx, o.refused(), o.message());
                outcome = o.refused().name();
            }
        } catch (PPayException e) {
            error(ctx, e.code(), e.getMessage());
            outcome = e.code().name();
        }
        metrics.served(endpoint, outcome, System.nanoTime() - start);
    }

    private void batch(Context ctx) {
        long start = System.nanoTime();
        if (ctx.contentLength() > MAX_BODY) throw new io.javalin.http.ContentTooLargeResponse();
        Wire.Batch b = ctx.bodyAsClass(Wire.Batch.class);
        if (b.messages() == null || b.messages().isEmpty() || b.messages().size() > 4096) {
            error(ctx, ErrorCode.MALFORMED, "a batch holds 1 to 4096 cash requests");
            return;
        }
        List<BrokerService.Request> requests = new ArrayList<>(b.messages().size());
        for (String s : b.messages()) {
            try {
                byte[] bytes = Wire.decode(s);
                Message m = Codec.decode(bytes);
                if (!(m instanceof org.ppay.core.msg.CashRequest)) throw new PPayException(ErrorCode.MALFORMED, "a batch takes cash requests only");
                requests.add(new BrokerService.Request(bytes, m));
            } catch (PPayException | IllegalArgumentException e) {
                error(ctx, ErrorCode.MALFORMED, "entry " + requests.size() + ": " + e.getMessage());
                return;
            }
        }
        List<Wire.Outcome> out = new ArrayList<>(requests.size());
        for (BrokerService.Outcome o : service.serveDecoded(requests)) {
            out.add(o.ok() ? new Wire.Outcome(type(o.answer()), Wire.encode(o.answer()), null, null)
                : new Wire.Outcome(null, null, o.refused().name(), o.message()));
        }
        ctx.json(new Wire.BatchAnswer(out));
        metrics.served("/v1/cash/batch", "ok", System.nanoTime() - start);
    }

    private void announce(Context ctx) {
        try {
            Announcement a = ctx.bodyAsClass(Announcement.class);
            org.ppay.core.PeerId peer = a.verified(service.verifier());
            long now = service.now();
            if (Math.abs(a.time() - now) > service.params().requestFreshness()) {
                error(ctx, ErrorCode.STALE_REQUEST, "announcement time " + a.time() + " is more than " + service.params().requestFreshness() + " s from " + now);
                return;
            }
            service.log().announce(peer.key(), a.url(), a.time());
            ctx.json(Map.of("status", "recorded"));
        } catch (SecurityException e) {
            error(ctx, ErrorCode.BAD_SIGNATURE, e.getMessage());
        } catch (RuntimeException e) {
            error(ctx, ErrorCode.MALFORMED, "an announcement is {peer, url, time, sig}: " + e.getMessage());
        }
    }

    private void address(Context ctx) {
        byte[] peer;
        try {
            peer = java.util.Base64.getUrlDecoder().decode(ctx.pathParam("peer"));
        } catch (IllegalArgumentException e) {
            error(ctx, ErrorCode.MALFORMED, "peer is a public key in base64url");
            return;
        }
        service.log().address(peer).ifPresentOrElse(url -> ctx.json(Map.of("url", url)),
            () -> error(ctx, ErrorCode.UNKNOWN_ACCOUNT, "no address known for that peer"));
    }

    private static byte[] body(Context ctx) throws PPayException {
        if (ctx.contentLength() > MAX_BODY) throw new io.javalin.http.ContentTooLargeResponse();
        Wire.Request r;
        try {
            r = ctx.bodyAsClass(Wire.Request.class);
        } catch (io.javalin.http.ContentTooLargeResponse e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PPayException(ErrorCode.MALFORMED, "the body is JSON {\"message\": base64}");
        }
        if (r == null || r.message() == null) throw new PPayException(ErrorCode.MALFORMED, "the body is JSON {\"message\": base64}");
        try {
            return Wire.decode(r.message());
        } catch (IllegalArgumentException e) {
            throw new PPayException(ErrorCode.MALFORMED, "message is not base64");
        }
    }

    /** A proven fraud as the public record shows it: the culprit, the coin (OWNER:SERIAL) and the kind (Section 4). */
    public record Fraud(String culprit, String coin, String kind) {}

    private static Fraud fraud(org.ppay.core.role.Detection d) {
        return new Fraud(org.ppay.node.wire.Ids.text(d.culprit()), org.ppay.node.wire.Ids.text(d.coin()), d.kind().name());
    }

    /** Message type names by first byte: the tag decides the type, so each tag is decoded once, not every answer. */
    private static final String[] TYPES = new String[256];

    private static String type(byte[] answer) {
        if (answer == null || answer.length == 0) return null;
        int tag = answer[0] & 0xff;
        String known = TYPES[tag];
        if (known != null) return known;
        try {
            return TYPES[tag] = Codec.decode(answer).getClass().getSimpleName();
        } catch (PPayException e) {
            return null;
        }
    }

    private static void error(Context ctx, ErrorCode code, String message) {
        ctx.status(Wire.status(code)).json(new Wire.Error(code.name(), message));
    }

    private static String openApi() throws IOException {
        try (InputStream in = BrokerServer.class.getResourceAsStream("/openapi/broker.json")) {
            if (in == null) throw new IOException("openapi/broker.json is missing from the jar");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Override public void close() { app.stop(); }
}
