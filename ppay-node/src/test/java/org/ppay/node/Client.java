package org.ppay.node;

import java.nio.charset.StandardCharsets;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.StatementRequest;

/** A test's account holder: a key and a nonce counter, signing the requests it sends the broker at a given time. */
public final class Client {
    public final Signer key;
    private long nonce;

    public Client(CryptoProvider crypto, String name) {
        this.key = crypto.signer(Hashes.sha256(("client:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] join(long balance, long deposit, long time) {
        long n = ++nonce;
        return new JoinRequest(key.id(), balance, deposit, n, time, key.sign(JoinRequest.signedBytes(key.id(), balance, deposit, n, time))).encode();
    }

    public byte[] fund(long amount, long time) {
        long n = ++nonce;
        return new FundRequest(key.id(), amount, n, time, key.sign(FundRequest.signedBytes(key.id(), amount, n, time))).encode();
    }

    public byte[] buy(int count, long time) {
        long n = ++nonce;
        return new BuyRequest(key.id(), count, n, time, key.sign(BuyRequest.signedBytes(key.id(), count, n, time))).encode();
    }

    public byte[] limit(long lo, long hi, long time) {
        long n = ++nonce;
        return new LimitRequest(key.id(), lo, hi, n, time, key.sign(LimitRequest.signedBytes(key.id(), lo, hi, n, time))).encode();
    }

    public byte[] statement(long time) {
        long n = ++nonce;
        return new StatementRequest(key.id(), n, time, key.sign(StatementRequest.signedBytes(key.id(), n, time))).encode();
    }

    public byte[] cash(Holding h, long time) {
        return new CashRequest(h, time, key.sign(CashRequest.signedBytes(h, time))).encode();
    }
}
