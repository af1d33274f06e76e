package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.ppay.node.peer.PeerDaemon;

/** The running daemon's local API, found through its data directory: the address it wrote and its token. */
final class WalletClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The daemon could not be asked: not running, or DIR is not a peer's. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message) { super(message); }
    }

    /** The daemon refused: its code and why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        Refused(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final String token;

    private WalletClient(String url, String token) {
        this.url = url;
        this.token = token;
    }

    static WalletClient open(Path dir) throws Unreachable {
        try {
            JsonNode address = JSON.readTree(Files.readString(dir.resolve(PeerDaemon.ADDRESS)));
            String token = Files.readString(dir.resolve(PeerDaemon.TOKEN), StandardCharsets.US_ASCII).trim();
            return new WalletClient(address.get("localUrl").asText(), token);
        } catch (NoSuchFileException e) {
            throw new Unreachable("no peer in " + dir + " (" + e.getFile() + " is missing): start it with ppay peer --data " + dir);
        } catch (IOException | RuntimeException e) {
            throw new Unreachable("cannot read the peer's files in " + dir + ": " + e.getMessage());
        }
    }

    JsonNode get(String path) throws Unreachable, Refused { return send(HttpRequest.newBuilder(URI.create(url + path)).GET()); }

    JsonNode post(String path, Object body) throws Unreachable, Refused {
        try {
            return send(HttpRequest.newBuilder(URI.create(url + path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder b) throws Unreachable, Refused {
        HttpResponse<String> r;
        try {
            r = http.send(b.header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("the peer at " + url + " does not answer (" + e.getClass().getSimpleName() + "): is ppay peer running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
        try {
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() != 200) throw new Refused(body.path("code").asText("HTTP_" + r.statusCode()), body.path("message").asText(""));
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Refused("HTTP_" + r.statusCode(), "an answer that is not JSON");
        }
    }
}
