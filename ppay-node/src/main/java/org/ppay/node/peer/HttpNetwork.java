package org.ppay.node.peer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.node.wire.Ids;
import org.ppay.node.wire.P2p;
import org.ppay.node.wire.SignedAnswer;
import org.ppay.node.wire.SignedRequest;

/**
 * The core's network over HTTP (docs/daemons.md): a peer is pinged with a signed request and counts as online only if
 * its key answers; a message goes to the peer's {@code /p2p/v1/messages} as a request signed by this peer, and only an
 * answer the peer signed for that request counts ({@link SignedAnswer}), or to the broker's {@code /v1/messages}. Nothing reaching a peer is OFFLINE, which the exchange treats as a peer that does not
 * answer (the downtime protocol, Section 3). A request whose answer was lost, or that met a busy peer, is sent again
 * as the very same request: the receiver answers a request it served from its journal.
 */
final class HttpNetwork implements Link {
    private static final int ATTEMPTS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final String broker;
    private final Directory directory;
    private final Signer key;
    private final Verifier verifier;
    private final LongSupplier clock;
    private final PeerConfig.Timeouts timeouts;

    HttpNetwork(Http http, String broker, Signer key, Verifier verifier, LongSupplier clock, PeerConfig.Timeouts timeouts) {
        this.http = http;
        this.broker = broker;
        this.directory = new Directory(http.client(), broker, System::currentTimeMillis);
        this.key = key;
        this.verifier = verifier;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    @Override public boolean online(PeerId peer) {
        long nonce = RANDOM.nextLong();
        byte[] body = new byte[0];
        SignedRequest sr = SignedRequest.sign(key, "POST", P2p.PING, peer, clock.getAsLong(), nonce, body);
        Http.Response r = toPeer(peer, P2p.PING, body, sr.headers(), Duration.ofMillis(timeouts.pingMillis()), 2, 0);
        if (r == null || r.status() != 200) return false;
        try {
            P2p.Pong pong = StepCodec.JSON.readValue(r.body(), P2p.Pong.class);
            return peer.equals(Ids.peer(pong.peer())) && verifier.verify(peer, P2p.pongBytes(key.id(), nonce), new Sig(Ids.bytes(pong.sig())));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override public Reply send(PeerId to, byte[] message, long nonce, long time) {
        byte[] body = Http.messageBody(message);
        SignedRequest sr = SignedRequest.sign(key, "POST", P2p.MESSAGES, to, time, nonce, body);
        Http.Response r = toPeer(to, P2p.MESSAGES, body, sr.headers(), Duration.ofMillis(timeouts.readMillis()), ATTEMPTS, timeouts.settleMillis());
        if (r == null) return Reply.refused(ErrorCode.OFFLINE, Ids.text(to) + " does not answer");
        return signedBy(to, nonce, r) ? Http.reply(r) : Reply.refused(ErrorCode.OFFLINE, unsigned(to));
    }

    /**
     * Whether {@code peer} signed this answer to this peer's request {@code nonce}. An answer it did not sign is no answer:
     * whatever answers at its address could otherwise say a coin is due, or refuse a payment the peer took.
     */
    private boolean signedBy(PeerId peer, long nonce, Http.Response r) {
        return SignedAnswer.verify(verifier, peer, key.id(), nonce, r.status(), r.body().getBytes(StandardCharsets.UTF_8), r.answerSignature());
    }

    private static String unsigned(PeerId peer) { return "the answer at " + Ids.text(peer) + "'s address is not signed by it: no answer from it"; }

    /**
     * Asks a client's daemon to pay for {@code n} services this peer performed for it.
     *
     * @throws PPayException the client's refusal; OFFLINE when it does not answer
     */
    Step.Invoiced invoice(PeerId client, int n) throws PPayException {
        byte[] body = Http.json(new P2p.Invoice(n));
        long nonce = RANDOM.nextLong();
        SignedRequest sr = SignedRequest.sign(key, "POST", P2p.INVOICE, client, clock.getAsLong(), nonce, body);
        Duration timeout = Duration.ofMillis(timeouts.readMillis() + 200L * n);
        Http.Response r = toPeer(client, P2p.INVOICE, body, sr.headers(), timeout, ATTEMPTS, timeouts.settleMillis());
        if (r == null) throw new PPayException(ErrorCode.OFFLINE, Ids.text(client) + " does not answer");
        if (!signedBy(client, nonce, r)) throw new PPayException(ErrorCode.OFFLINE, unsigned(client));
        if (r.status() != 200) {
            Reply refused = Http.reply(r);
            throw new PPayException(refused.refused(), refused.message());
        }
        return StepCodec.read(r.body(), Step.Invoiced.class);
    }

    /**
     * The broker's answer. Once an answer was lost the broker may have served the request and died before answering, so
     * a refused connection no longer proves it was not served: the same bytes go again for up to the settle time, and
     * the restarted broker answers them from its log (a payer told OFFLINE would keep a coin the broker reassigned).
     */
    @Override public Reply broker(byte[] message) {
        byte[] body = Http.messageBody(message);
        Http.Response last = null;
        long settleUntil = -1;
        for (int attempt = 0; attempt < ATTEMPTS || System.currentTimeMillis() < settleUntil; attempt++) {
            try {
                last = http.post(broker + "/v1/messages", body, Map.of(), Duration.ofMillis(timeouts.readMillis()));
                if (last.status() != 503) return Http.reply(last);
            } catch (ConnectException | HttpConnectTimeoutException e) {
                if (settleUntil < 0) return Reply.refused(ErrorCode.OFFLINE, "the broker does not answer: " + e.getMessage());
            } catch (IOException e) {
                if (settleUntil < 0) settleUntil = System.currentTimeMillis() + timeouts.settleMillis();
            }
            pause(attempt);
        }
        return last == null ? Reply.refused(ErrorCode.OFFLINE, "the broker does not answer") : Http.reply(last);
    }

    /**
     * The peer's response (the last, if it stayed busy), or null when nothing reached it or nothing came back. Once the
     * request may have been delivered (it went out and its answer was lost), a refused connection no longer proves it
     * was not: the peer may be restarting, having taken it. So the very same request is tried again for up to the
     * settle time, and the peer answers it from its journal once it is back.
     */
    private Http.Response toPeer(PeerId to, String path, byte[] body, Map<String, String> headers, Duration timeout, int attempts, long settleMillis) {
        Http.Response last = null;
        long settleUntil = -1;
        for (int attempt = 0; attempt < attempts || System.currentTimeMillis() < settleUntil; attempt++) {
            String url = directory.address(to);
            try {
                if (url == null) throw new ConnectException("no address for " + Ids.text(to));
                last = http.post(url + path, body, headers, timeout);
                if (last.status() != 503) return last;
            } catch (ConnectException | HttpConnectTimeoutException e) {
                if (url != null && directory.moved(to, url)) continue;      // it announced another address: try that at once
                if (settleUntil < 0) return last;                            // nothing reached it: it is down
            } catch (IOException e) {
                if (settleUntil < 0) settleUntil = System.currentTimeMillis() + settleMillis;
            }
            pause(attempt);
        }
        return last;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1_000L, 100L * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
