package org.ppay.node.peer;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.StatementRequest;
import org.ppay.node.wire.Announcement;
import org.ppay.node.wire.Wire;

/**
 * What the daemon asks of the broker outside its core's steps, none of which changes the core: who the broker is and
 * its parameters, opening the account, a statement, and announcing where this peer listens. Account requests are
 * signed with fresh random nonces; every answer the broker signs is checked.
 */
final class BrokerDesk {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final String broker;
    private final Link link;
    private final Signer key;
    private final LongSupplier clock;

    BrokerDesk(Http http, String broker, Link link, Signer key, LongSupplier clock) {
        this.http = http;
        this.broker = broker;
        this.link = link;
        this.key = key;
        this.clock = clock;
    }

    /** @throws PPayException OFFLINE when the broker does not answer, MALFORMED when it answers nonsense */
    PeerId brokerId() throws PPayException {
        try {
            return new PeerId(Wire.decode(StepCodec.JSON.readTree(get("/v1/broker")).get("id").asText()));
        } catch (IOException | RuntimeException e) {
            throw new PPayException(ErrorCode.MALFORMED, "the broker's /v1/broker is not {\"id\": base64}");
        }
    }

    Params params() throws PPayException {
        try {
            return StepCodec.JSON.readValue(get("/v1/params"), Params.class);
        } catch (IOException | RuntimeException e) {
            throw new PPayException(ErrorCode.MALFORMED, "the broker's /v1/params are unreadable: " + e.getMessage());
        }
    }

    private String get(String path) throws PPayException {
        try {
            Http.Response r = http.get(broker + path, Duration.ofSeconds(5));
            if (r.status() != 200) throw new PPayException(ErrorCode.OFFLINE, broker + path + " answered HTTP " + r.status());
            return r.body();
        } catch (IOException e) {
            throw new PPayException(ErrorCode.OFFLINE, "the broker at " + broker + " does not answer: " + e.getMessage());
        }
    }

    AccountStatement join(long balance, long deposit, PeerId brokerId, Verifier v) throws PPayException {
        long nonce = RANDOM.nextLong(), now = clock.getAsLong();
        return statement(new JoinRequest(key.id(), balance, deposit, nonce, now, key.sign(JoinRequest.signedBytes(key.id(), balance, deposit, nonce, now))).encode(),
            nonce, brokerId, v);
    }

    AccountStatement statement(PeerId brokerId, Verifier v) throws PPayException {
        long nonce = RANDOM.nextLong(), now = clock.getAsLong();
        return statement(new StatementRequest(key.id(), nonce, now, key.sign(StatementRequest.signedBytes(key.id(), nonce, now))).encode(), nonce, brokerId, v);
    }

    /** The broker's statement answering the request with this nonce, its signature checked. */
    private AccountStatement statement(byte[] request, long nonce, PeerId brokerId, Verifier v) throws PPayException {
        Link.Reply r = link.broker(request);
        if (r.refused() != null) throw new PPayException(r.refused(), r.message());
        AccountStatement st = Codec.decode(r.answer(), AccountStatement.class);
        if (st.nonce() != nonce || !st.account().equals(key.id()) || !v.verify(brokerId, st.signedBytes(), st.sig())) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "the statement is not the broker's answer to this request");
        }
        return st;
    }

    /** Tells the broker's directory where this peer listens, signed so nobody else can redirect its payments. */
    void announce(String url) throws PPayException {
        try {
            Http.Response r = http.post(broker + "/v1/directory", Http.json(Announcement.of(key, url, clock.getAsLong())), Map.of(), Duration.ofSeconds(5));
            if (r.status() != 200) {
                Link.Reply refused = Http.reply(r);
                throw new PPayException(refused.refused(), "the broker refused the announcement: " + refused.message());
            }
        } catch (IOException e) {
            throw new PPayException(ErrorCode.OFFLINE, "the broker at " + broker + " does not answer: " + e.getMessage());
        }
    }
}
