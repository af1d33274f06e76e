package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;

/** The application hears of payments as server-sent events, and one that reconnects is told what it missed. */
class EventsTest {
    @TempDir Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private Iterator<String> listen(PeerDaemon d, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(d.localUrl() + "/local/v1/events"))
            .header("Authorization", "Bearer " + d.token()).header("Accept", "text/event-stream");
        if (lastEventId != null) b.header("Last-Event-ID", lastEventId);
        HttpResponse<Stream<String>> r = http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().iterator();
    }

    /** The data of the next event of this type. */
    private static JsonNode next(Iterator<String> lines, String type) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            boolean mine = false;
            while (lines.hasNext()) {
                String l = lines.next();
                if (l.startsWith("event:")) mine = l.substring(6).trim().equals(type);
                if (mine && l.startsWith("data:")) {
                    try {
                        return Local.JSON.readTree(l.substring(5).trim());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalStateException("the stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aPaymentReceivedIsAnEventAndAReconnectingListenerIsToldWhatItMissed() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), b = net.start("B");
            Iterator<String> live = listen(b, null);
            Thread.sleep(200);                                           // the listener is registered
            String coin = Local.of(a).pay(b, 1).ok().body().get("paid").get(0).get("coin").asText();
            JsonNode e = next(live, "payment-received");
            assertThat(e.get("coin").asText()).isEqualTo(coin);
            assertThat(e.get("peer").asText()).isEqualTo(Local.id(a));
            assertThat(e.get("step").asLong()).isPositive();

            JsonNode missed = next(listen(b, "0"), "payment-received");
            assertThat(missed).isEqualTo(e);
        }
    }
}
