package org.ppay.node.peer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ppay.core.PeerId;
import org.ppay.node.wire.Ids;

/**
 * Where peers are, as the broker's directory says (each entry signed by its peer when announced), cached for a minute
 * and forgotten as soon as an address stops answering: a restarted peer announces a new one.
 */
final class Directory {
    private static final long TTL_MILLIS = 60_000;

    private record Entry(String url, long at) {}

    private final HttpClient http;
    private final String broker;
    private final LongSupplier millis;
    private final Map<PeerId, Entry> cache = new ConcurrentHashMap<>();

    Directory(HttpClient http, String broker, LongSupplier millis) {
        this.http = http;
        this.broker = broker;
        this.millis = millis;
    }

    /** The peer's address, or null when the broker knows none (or does not answer). */
    String address(PeerId peer) {
        Entry e = cache.get(peer);
        if (e != null && millis.getAsLong() - e.at() < TTL_MILLIS) return e.url();
        String url = lookUp(peer);
        if (url != null) cache.put(peer, new Entry(url, millis.getAsLong()));
        return url;
    }

    /** Forgets the cached address; returns whether the broker now names another one. */
    boolean moved(PeerId peer, String tried) {
        cache.remove(peer);
        String now = address(peer);
        return now != null && !now.equals(tried);
    }

    private String lookUp(PeerId peer) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(broker + "/v1/directory/" + Ids.text(peer)))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) return null;
            JsonNode url = StepCodec.JSON.readTree(r.body()).get("url");
            return url == null ? null : url.asText();
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
