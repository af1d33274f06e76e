package org.ppay.scenario.attack;

import java.util.function.Consumer;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Refusal;

/**
 * A payee that refuses the next payment of one coin although it is valid, with a signed refusal, and may keep a
 * copy of what it refused to try to spend later: the refusal is its own proof of relinquishment, so the payer
 * gets the coin back and any later use of the copy is the payee's double spend.
 */
public final class FalseRefusal implements Endpoint {
    private final Endpoint inner;
    private final Signer payee;
    private final CoinId coin;
    private final ErrorCode reason;
    private final Consumer<Holding> keep;
    private boolean spent;

    /** @param keep what to do with the refused holding (null: forget it) */
    public FalseRefusal(Endpoint inner, Signer payee, CoinId coin, ErrorCode reason, Consumer<Holding> keep) {
        this.inner = inner;
        this.payee = payee;
        this.coin = coin;
        this.reason = reason;
        this.keep = keep;
    }

    @Override public Message receive(Message m, Network net, long now) throws PPayException {
        if (spent || !(m instanceof Payment p) || !p.holding().coin().id().equals(coin) || !p.holding().holder().equals(payee.id())) {
            return inner.receive(m, net, now);
        }
        spent = true;
        Holding h = p.holding();
        refused = h;
        if (keep != null) keep.accept(h);
        return new Refusal(p.payer(), h, reason, payee.sign(Refusal.signedBytes(p.payer(), h, reason)));
    }

    public boolean spent() { return spent; }

    /** What it refused, once it has (null before). */
    public Holding refused() { return refused; }

    private Holding refused;
}
