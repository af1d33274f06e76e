package org.ppay.node.peer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Holding;
import org.ppay.node.wire.Ids;

/**
 * The API of the application that embeds the peer, on 127.0.0.1 only and only with the daemon's token
 * ({@code Authorization: Bearer}, from the 0600 file in the data directory): pay coins, invoice a client for services,
 * allow a server's invoices, cash, leave; balance, coins, history, a tally of what the journal says was done; and
 * server-sent events.
 */
final class LocalApi implements AutoCloseable {
    /** How long the application's own requests wait for the core. */
    static final long WAIT_MILLIS = 30_000;
    static final int MAX_BODY = 16 << 10, MAX_COINS = 1_000;

    /** What the API works with: the daemon's parts. */
    record Parts(StepRunner runner, BrokerDesk desk, HttpNetwork net, org.ppay.node.store.Journal journal, Events events,
                 org.ppay.core.role.Scheme scheme, PeerId self, PeerId brokerId, org.ppay.core.crypto.Verifier verifier, java.util.function.Supplier<Status> status,
                 Courier courier) {}

    /** Where the daemon is and how it is; {@code outbox}: payments waiting for a payee that did not answer. */
    public record Status(String peer, String url, String localUrl, long steps, String stopped, int outbox) {}

    public record PayRequest(String peer, int coins) {}

    public record ServeRequest(String peer, int n) {}

    public record AllowRequest(String peer, long picopayments) {}

    public record CashRequest(String coin, boolean all) {}

    /** The coins paid, in order, and why the payments stopped short (null if they did not). */
    public record Payments(int requested, List<Step.Paid> paid, String failed, String message) {}

    public record Cashes(List<Step.Cashed> cashed, String failed, String message) {}

    private final Javalin app;
    private final Parts parts;
    private final byte[] token;

    LocalApi(Parts parts, String token) {
        this.parts = parts;
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.app = Servers.create("ppay-local", MAX_BODY);
        app.before("/local/*", this::authorized);
        app.before("/local/v1/events", ctx -> {
            if (!"text/event-stream".equals(ctx.header("Accept"))) throw new PPayException(ErrorCode.MALFORMED, "events are asked for with Accept: text/event-stream");
        });
        app.post("/local/v1/pay", this::pay);
        app.post("/local/v1/serve", this::serve);
        app.exception(BadToken.class, (e, ctx) -> ctx.status(401).json(new org.ppay.node.wire.Wire.Error(BadToken.CODE, e.getMessage())));
        app.post("/local/v1/allow", this::allow);
        app.post("/local/v1/cash", this::cash);
        app.post("/local/v1/leave", ctx -> ctx.json(run(new Step.Leave()).result(Step.Left.class)));
        app.get("/local/v1/balance", this::balance);
        app.get("/local/v1/coins", ctx -> ctx.json(parts.runner().read(Views::coins, WAIT_MILLIS)));
        app.get("/local/v1/history", this::history);
        app.get("/local/v1/status", ctx -> ctx.json(parts.status().get()));
        app.post("/local/v1/outbox/deliver", ctx -> ctx.json(parts.courier().round(true)));
        app.get("/local/v1/tally", ctx -> ctx.json(Tally.of(parts.journal())));
        app.sse("/local/v1/events", c -> {
            String last = c.ctx().header("Last-Event-ID");
            List<History.Event> missed = List.of();
            try {
                if (last != null) missed = Events.after(parts.journal(), Long.parseLong(last.trim()));
            } catch (NumberFormatException | PPayException e) {
                missed = List.of();
            }
            parts.events().add(c, missed);
        });
    }

    LocalApi start(int port) {
        app.start("127.0.0.1", port);
        return this;
    }

    int port() { return app.port(); }

    private void authorized(Context ctx) throws PPayException {
        String given = ctx.header("Authorization");
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new BadToken();
        }
    }

    /** A local request without the daemon's token: 401, code BAD_TOKEN. */
    static final class BadToken extends PPayException {
        private static final long serialVersionUID = 1L;
        static final String CODE = "BAD_TOKEN";

        BadToken() { super(ErrorCode.NOT_AUTHORIZED, "the local API needs Authorization: Bearer <the token in the data directory>"); }
    }

    private void pay(Context ctx) throws PPayException {
        PayRequest r = body(ctx, PayRequest.class);
        String payee = peer(r.peer()).text;
        if (r.coins() < 1 || r.coins() > MAX_COINS) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "coins must be in [1, " + MAX_COINS + "], not " + r.coins());
        List<Step.Paid> paid = new ArrayList<>();
        for (int i = 0; i < r.coins(); i++) {
            StepRunner.Outcome o = parts.runner().run(new Step.Pay(payee, parts.scheme()), WAIT_MILLIS);
            if (!o.ok()) {
                if (paid.isEmpty()) o.orThrow();
                ctx.json(new Payments(r.coins(), paid, o.refused().name(), o.message()));
                return;
            }
            paid.add(o.result(Step.Paid.class));
        }
        ctx.json(new Payments(r.coins(), paid, null, null));
    }

    private void allow(Context ctx) throws PPayException {
        AllowRequest r = body(ctx, AllowRequest.class);
        ctx.json(run(new Step.Allow(peer(r.peer()).text, r.picopayments())).result(Step.Allowed.class));
    }

    private void serve(Context ctx) throws PPayException {
        ServeRequest r = body(ctx, ServeRequest.class);
        PeerRef client = peer(r.peer());
        if (r.n() < 1 || r.n() > P2pServer.MAX_INVOICE) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "n must be in [1, " + P2pServer.MAX_INVOICE + "], not " + r.n());
        ctx.json(parts.net().invoice(client.id, r.n()));
    }

    private void cash(Context ctx) throws PPayException {
        CashRequest r = body(ctx, CashRequest.class);
        List<String> coins = new ArrayList<>();
        if (r.all()) {
            for (Holding h : parts.runner().read(p -> p.holder().holdings(), WAIT_MILLIS)) coins.add(Ids.text(h.coin().id()));
        } else {
            try {
                coins.add(Ids.text(Ids.coin(r.coin())));
            } catch (IllegalArgumentException e) {
                throw new PPayException(ErrorCode.MALFORMED, "coin is OWNER:SERIAL, or all is true");
            }
        }
        List<Step.Cashed> cashed = new ArrayList<>();
        for (String coin : coins) {
            StepRunner.Outcome o = run0(new Step.Cash(coin));
            if (!o.ok()) {
                if (!r.all()) o.orThrow();
                ctx.json(new Cashes(cashed, o.refused().name(), o.message()));
                return;
            }
            cashed.add(o.result(Step.Cashed.class));
        }
        ctx.json(new Cashes(cashed, null, null));
    }

    private void balance(Context ctx) throws PPayException {
        AccountStatement st;
        try {
            st = parts.desk().statement(parts.brokerId(), parts.verifier());
        } catch (PPayException e) {
            st = null;                             // the broker does not answer: the wallet's side still shows
        }
        AccountStatement statement = st;
        ctx.json(parts.runner().read(p -> Views.balance(p, parts.runner().state(), statement), WAIT_MILLIS));
    }

    private void history(Context ctx) throws PPayException {
        int limit;
        try {
            limit = ctx.queryParam("limit") == null ? 50 : Integer.parseInt(ctx.queryParam("limit"));
        } catch (NumberFormatException e) {
            throw new PPayException(ErrorCode.MALFORMED, "limit is a number");
        }
        if (limit < 1 || limit > 10_000) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "limit must be in [1, 10000], not " + limit);
        ctx.json(parts.journal().latest(limit).stream().map(History::entry).toList());
    }

    private StepRunner.Outcome run(Step step) throws PPayException { return run0(step).orThrow(); }

    private StepRunner.Outcome run0(Step step) throws PPayException { return parts.runner().run(step, WAIT_MILLIS); }

    private record PeerRef(PeerId id, String text) {}

    /** Another peer, named by its key: a peer neither pays nor invoices itself. */
    private PeerRef peer(String text) throws PPayException {
        PeerId id;
        try {
            id = Ids.peer(text);
        } catch (IllegalArgumentException e) {
            throw new PPayException(ErrorCode.MALFORMED, "peer is a public key in base64url, not '" + text + "'");
        }
        if (id.equals(parts.self())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "that is this peer itself");
        return new PeerRef(id, Ids.text(id));
    }

    private static <T> T body(Context ctx, Class<T> type) throws PPayException {
        try {
            T t = StepCodec.JSON.readValue(Servers.body(ctx, MAX_BODY), type);
            if (t == null) throw new PPayException(ErrorCode.MALFORMED, "the body is a JSON " + type.getSimpleName());
            return t;
        } catch (IOException e) {
            throw new PPayException(ErrorCode.MALFORMED, "the body is a JSON " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override public void close() { app.stop(); }
}
