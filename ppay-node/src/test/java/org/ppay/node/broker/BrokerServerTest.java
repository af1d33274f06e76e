package org.ppay.node.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.JoinRequest;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.Client;
import org.ppay.node.Databases;
import org.ppay.node.store.BrokerLog;
import org.ppay.node.store.Database;
import org.ppay.node.wire.Announcement;

/** The broker over a real socket: every kind of bad input gets its status and code, and leaves the log as it was. */
class BrokerServerTest {
    private final CryptoProvider crypto = new BcEd25519();
    private final Signer brokerKey = crypto.signer(Hashes.sha256(new byte[] {7}));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private long now = 1_000_000;
    private Database db;
    private BrokerService service;
    private BrokerServer server;
    @TempDir Path tmp;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(Databases.sqlite(tmp), "broker");
        service = new BrokerService(new BrokerLog(db), brokerKey, crypto.verifier(), Params.defaults(), () -> now);
        server = new BrokerServer(service).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        service.close();
        db.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, byte[] message) throws Exception {
        return post(path, "{\"message\":\"" + Base64.getEncoder().encodeToString(message) + "\"}");
    }

    private void refusedWith(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json.readTree(r.body()).get("code").asText()).isEqualTo(code);
    }

    @Test
    void anAccountOpenedOverHttpIsAnsweredWithTheBrokersSignedStatement() throws Exception {
        Client u = new Client(crypto, "U");
        HttpResponse<String> r = send("/v1/accounts", u.join(500, 100, now));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("type").asText()).isEqualTo("AccountStatement");
        AccountStatement st = Codec.decode(Base64.getDecoder().decode(body.get("answer").asText()), AccountStatement.class);
        assertThat(st.balance()).isEqualTo(500);
        assertThat(crypto.verifier().verify(brokerKey.id(), st.signedBytes(), st.sig())).isTrue();
    }

    @Test
    void everyKindOfBadInputIsRefusedWithItsOwnCodeAndChangesNothing() throws Exception {
        Client u = new Client(crypto, "U");
        send("/v1/accounts", u.join(500, 100, now));
        long logged = service.applied();
        refusedWith(post("/v1/accounts", "not json"), 400, "MALFORMED");
        refusedWith(post("/v1/accounts", "{\"message\":\"%%%\"}"), 400, "MALFORMED");
        refusedWith(send("/v1/accounts", new byte[] {1, 2, 3}), 400, "MALFORMED");
        refusedWith(send("/v1/cash", u.statement(now)), 400, "MALFORMED");                       // the wrong endpoint for it
        JoinRequest forged = (JoinRequest) Codec.decode(new Client(crypto, "V").join(500, 0, now));
        byte[] badSig = new JoinRequest(forged.account(), 1_000_000, 0, forged.nonce(), forged.time(), forged.sig()).encode();
        refusedWith(send("/v1/accounts", badSig), 401, "BAD_SIGNATURE");
        refusedWith(send("/v1/accounts/statement", u.statement(now - 10_000)), 422, "STALE_REQUEST");
        refusedWith(send("/v1/accounts", u.join(1, 1, now)), 409, "DUPLICATE_ACCOUNT");
        refusedWith(send("/v1/accounts/statement", new Client(crypto, "W").statement(now)), 404, "UNKNOWN_ACCOUNT");
        HttpResponse<String> huge = post("/v1/accounts", "{\"message\":\"" + "A".repeat((int) BrokerServer.MAX_BODY) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(service.applied()).isEqualTo(logged);
    }

    @Test
    void aRequestReusingAServedNonceIsRefusedAsReplayedWhileTheIdenticalRetryGetsItsAnswer() throws Exception {
        Client u = new Client(crypto, "U");
        send("/v1/accounts", u.join(500, 100, now));
        Signer k = u.key;
        long nonce = 77;
        byte[] first = new org.ppay.core.msg.StatementRequest(k.id(), nonce, now, k.sign(org.ppay.core.msg.StatementRequest.signedBytes(k.id(), nonce, now))).encode();
        HttpResponse<String> once = send("/v1/accounts/statement", first);
        assertThat(send("/v1/accounts/statement", first).body()).isEqualTo(once.body());
        byte[] replay = new org.ppay.core.msg.StatementRequest(k.id(), nonce, now + 1, k.sign(org.ppay.core.msg.StatementRequest.signedBytes(k.id(), nonce, now + 1))).encode();
        refusedWith(send("/v1/accounts/statement", replay), 409, "REPLAYED");
    }

    @Test
    void aBatchOfCashRequestsIsAnsweredInOrderACopyOnceAndABadBatchMovesNothing() throws Exception {
        Client u = new Client(crypto, "U"), v = new Client(crypto, "V");
        send("/v1/accounts", u.join(1_000, 100, now));
        send("/v1/accounts", v.join(0, 100, now));
        JsonNode sale = json.readTree(send("/v1/coins", u.buy(2, now)).body());
        var coins = Codec.decode(Base64.getDecoder().decode(sale.get("answer").asText()), org.ppay.core.msg.CoinSale.class).coins();
        java.util.List<String> cash = new java.util.ArrayList<>();
        for (var c : coins) {
            long re = now + service.params().renewalWait();
            var a = new org.ppay.core.msg.Assignment(v.key.id(), 1, now, now, re, c, false,
                u.key.sign(org.ppay.core.msg.Assignment.signedBytes(v.key.id(), 1, now, now, re, c)));
            cash.add(Base64.getEncoder().encodeToString(v.cash(a, now)));
        }
        long logged = service.applied();
        String statement = Base64.getEncoder().encodeToString(v.statement(now));
        refusedWith(post("/v1/cash/batch", json.writeValueAsString(java.util.Map.of("messages", java.util.List.of(cash.get(0), statement)))), 400, "MALFORMED");
        refusedWith(post("/v1/cash/batch", "{\"messages\":[]}"), 400, "MALFORMED");
        assertThat(service.applied()).isEqualTo(logged);
        HttpResponse<String> r = post("/v1/cash/batch", json.writeValueAsString(java.util.Map.of("messages", java.util.List.of(cash.get(0), cash.get(1), cash.get(0)))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode outcomes = json.readTree(r.body()).get("outcomes");
        assertThat(outcomes).hasSize(3);
        for (JsonNode o : outcomes) assertThat(o.get("type").asText()).isEqualTo("CashReceipt");
        assertThat(outcomes.get(2).get("answer")).isEqualTo(outcomes.get(0).get("answer"));
        assertThat(service.applied()).isEqualTo(logged + 2);
        JsonNode books = json.readTree(get("/v1/books").body());
        assertThat(books.get("conserved").asBoolean()).isTrue();
        assertThat(books.get("feeIncome").asLong()).isEqualTo(2 * service.params().cashFee());
    }

    @Test
    void aPeerAnnouncesItsAddressSignedAndAForgedAnnouncementIsRefused() throws Exception {
        Signer p = crypto.signer(Hashes.sha256(new byte[] {9}));
        Announcement a = Announcement.of(p, "http://127.0.0.1:9999", now);
        assertThat(post("/v1/directory", json.writeValueAsString(a)).statusCode()).isEqualTo(200);
        String id = Base64.getUrlEncoder().encodeToString(p.id().key());
        assertThat(json.readTree(get("/v1/directory/" + id).body()).get("url").asText()).isEqualTo("http://127.0.0.1:9999");
        Announcement forged = new Announcement(a.peer(), "http://evil:1", a.time(), a.sig());
        refusedWith(post("/v1/directory", json.writeValueAsString(forged)), 401, "BAD_SIGNATURE");
        assertThat(json.readTree(get("/v1/directory/" + id).body()).get("url").asText()).isEqualTo("http://127.0.0.1:9999");
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() throws Exception {
        assertThat(json.readTree(get("/health").body()).get("status").asText()).isEqualTo("ok");
        send("/v1/accounts", new Client(crypto, "U").join(500, 100, now));
        assertThat(get("/metrics").body()).contains("ppay_broker_requests_total").contains("endpoint=\"/v1/accounts\"");
        JsonNode api = json.readTree(get("/openapi.json").body());
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (Endpoints.Endpoint e : Endpoints.ALL) assertThat(api.get("paths").has(e.path())).as(e.path()).isTrue();
    }
}
