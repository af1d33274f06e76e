package org.ppay.node.peer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Message;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.crypto.KeyFile;
import org.ppay.node.wire.P2p;
import org.ppay.node.wire.SignedRequest;
import org.ppay.node.wire.Wire;

/** A test's hand-made peer-to-peer requests: signed by any key, for any recipient, at any time and nonce. */
final class Signed {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static long nonces = 1_000;

    private Signed() {}

    /** The key a daemon signs with, read from its data directory: the test acts as that peer. */
    static Signer keyOf(Cluster net, String name) throws Exception {
        return KeyFile.loadOrCreate(net.dir.resolve(name).resolve(PeerDaemon.KEY), new BcEd25519());
    }

    static byte[] body(Message m) { return Http.messageBody(m.encode()); }

    /** The message to {@code to}, signed by {@code as} for {@code to} now, with a nonce never used. */
    static Local.Reply message(Cluster net, PeerDaemon to, Signer as, Message m) throws Exception {
        return post(to, P2p.MESSAGES, body(m), SignedRequest.sign(as, "POST", P2p.MESSAGES, to.id(), net.clock.get(), ++nonces, body(m)).headers());
    }

    static Local.Reply post(PeerDaemon to, String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.url() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Local.Reply(r.statusCode(), r.body().isEmpty() ? Local.JSON.nullNode() : Local.JSON.readTree(r.body()));
    }

    static long nonce() { return ++nonces; }

    /** The message to the broker, as any peer sends it. */
    static Local.Reply toBroker(Cluster net, Message m) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(net.brokerUrl() + "/v1/messages")).POST(HttpRequest.BodyPublishers.ofByteArray(body(m))).build();
        HttpResponse<String> out = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        return new Local.Reply(out.statusCode(), Local.JSON.readTree(out.body()));
    }

    static Message answer(Local.Reply r) throws Exception {
        String a = r.ok().body().path("answer").asText(null);
        return a == null ? null : org.ppay.core.msg.Codec.decode(Wire.decode(a));
    }
}
