package org.ppay.node.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A test's application: calls a daemon's local API with its token, as an embedding application would. */
record Local(String url, String token) {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Local of(PeerDaemon d) { return new Local(d.localUrl(), d.token()); }

    /** A response: its status and JSON body. */
    record Reply(int status, JsonNode body) {
        String code() { return body.path("code").asText(null); }

        Reply ok() {
            if (status != 200) throw new AssertionError("HTTP " + status + ": " + body);
            return this;
        }

        /** Asserts a refusal with this status and code. */
        void refused(int expectedStatus, String expectedCode) {
            if (status != expectedStatus || !expectedCode.equals(code())) {
                throw new AssertionError("expected HTTP " + expectedStatus + " " + expectedCode + ", got HTTP " + status + ": " + body);
            }
        }
    }

    Reply get(String path) throws Exception { return send(HttpRequest.newBuilder(URI.create(url + path)).GET()); }

    Reply post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private Reply send(HttpRequest.Builder b) throws Exception {
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
    }

    Reply pay(PeerDaemon to, int coins) throws Exception { return post("/local/v1/pay", Map.of("peer", id(to), "coins", coins)); }

    Reply allow(PeerDaemon server, long n) throws Exception { return post("/local/v1/allow", Map.of("peer", id(server), "picopayments", n)); }

    Reply serve(PeerDaemon client, int n) throws Exception { return post("/local/v1/serve", Map.of("peer", id(client), "n", n)); }

    Reply cashAll() throws Exception { return post("/local/v1/cash", Map.of("all", true)); }

    Reply balance() throws Exception { return get("/local/v1/balance"); }

    Reply coins() throws Exception { return get("/local/v1/coins"); }

    static String id(PeerDaemon d) { return org.ppay.node.wire.Ids.text(d.id()); }
}
