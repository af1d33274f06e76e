package org.ppay.core.broker;

import org.ppay.core.testing.World;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountRequest;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.CollectRequest;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LeaveRequest;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.PendingActions;
import org.ppay.core.msg.StatementRequest;

/**
 * A {@link World} with an {@link AccountDesk} in front of its broker: signed requests with fresh nonces at the
 * world's clock, serving that checks every answer's broker signature and the books, and refusing that checks
 * nothing changed.
 */
final class DeskWorld {
    final World w;
    final AccountDesk desk;
    private long nonce = 100;
    /** The time requests carry; the broker's clock is {@code w.now}. */
    long clientTime;

    DeskWorld(CryptoProvider crypto) { this(crypto, Params.defaults()); }

    DeskWorld(CryptoProvider crypto, Params params) {
        w = new World(crypto, params);
        desk = w.broker.desk();
        clientTime = w.now;
    }

    Signer key(String name) { return w.crypto.signer(World.seed("peer:" + name)); }

    long lastNonce() { return nonce; }

    private long next() { return ++nonce; }

    JoinRequest join(Signer s, long balance, long deposit) {
        long n = next();
        return new JoinRequest(s.id(), balance, deposit, n, clientTime, s.sign(JoinRequest.signedBytes(s.id(), balance, deposit, n, clientTime)));
    }

    FundRequest fund(Signer s, long amount) {
        long n = next();
        return new FundRequest(s.id(), amount, n, clientTime, s.sign(FundRequest.signedBytes(s.id(), amount, n, clientTime)));
    }

    BuyRequest buy(Signer s, int count) {
        long n = next();
        return new BuyRequest(s.id(), count, n, clientTime, s.sign(BuyRequest.signedBytes(s.id(), count, n, clientTime)));
    }

    LimitRequest limit(Signer s, long liml, long limu) {
        long n = next();
        return new LimitRequest(s.id(), liml, limu, n, clientTime, s.sign(LimitRequest.signedBytes(s.id(), liml, limu, n, clientTime)));
    }

    LeaveRequest leave(Signer s) {
        long n = next();
        return new LeaveRequest(s.id(), n, clientTime, s.sign(LeaveRequest.signedBytes(s.id(), n, clientTime)));
    }

    StatementRequest statement(Signer s) { return statement(s, next(), clientTime); }

    StatementRequest statement(Signer s, long n, long time) {
        return new StatementRequest(s.id(), n, time, s.sign(StatementRequest.signedBytes(s.id(), n, time)));
    }

    CollectRequest collect(Signer s) {
        long n = next();
        return new CollectRequest(s.id(), n, clientTime, s.sign(CollectRequest.signedBytes(s.id(), n, clientTime)));
    }

    /** Serves {@code req}; the answer must be a {@code type} the broker signed, and the books must balance after it. */
    <T extends Message> T serve(AccountRequest req, Class<T> type) throws PPayException {
        Message m = desk.handle(req, w.now);
        assertThat(m).isInstanceOf(type);
        assertThat(brokerSigned(m)).as("the broker signed %s", m).isTrue();
        assertThat(w.broker.conserved()).as("money conserved after %s", req).isTrue();
        return type.cast(m);
    }

    private boolean brokerSigned(Message m) {
        PeerId b = w.brokerKey.id();
        var v = w.crypto.verifier();
        if (m instanceof AccountStatement s) return v.verify(b, s.signedBytes(), s.sig());
        if (m instanceof CoinSale s) return v.verify(b, s.signedBytes(), s.sig());
        if (m instanceof LimitCertificate c) return v.verify(b, c.signedBytes(), c.brokerSig());
        PendingActions p = (PendingActions) m;
        return v.verify(b, p.signedBytes(), p.sig());
    }

    /** Everything a request could change: accounts, books, the broker's records and the desk's nonce memory. */
    String state() {
        return w.books() + "|in " + w.broker.moneyIn() + "|escrow " + w.broker.escrowCoins() + "|conserved " + w.broker.conserved()
            + "|nonces " + desk.remembered();
    }

    /** {@code req} is refused with {@code code} and changes nothing. */
    void assertRefused(AccountRequest req, ErrorCode code) {
        String before = state();
        assertThatThrownBy(() -> desk.handle(req, w.now)).as("%s", req)
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(state()).as("state after refusing %s", req).isEqualTo(before);
    }

    /** The same request with its signature made by {@code by}. */
    static StatementRequest resigned(StatementRequest q, Signer by) {
        return new StatementRequest(q.account(), q.nonce(), q.time(), by.sign(q.signedBytes()));
    }

    static StatementRequest withSig(StatementRequest q, Sig sig) { return new StatementRequest(q.account(), q.nonce(), q.time(), sig); }
}
