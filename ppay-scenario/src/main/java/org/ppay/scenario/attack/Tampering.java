package org.ppay.scenario.attack;

import org.ppay.core.PPayException;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Relinquishment;

/**
 * Renewal-window tampering (Section 5.3): the owner answers the next reassignment or renewal of one coin with an
 * assignment whose window lies in the past or is too short, signed with its own key.
 */
public final class Tampering implements Endpoint {
    /** How the window is bent. */
    public enum How { PAST, SHORT }

    private final Endpoint inner;
    private final Signer owner;
    private final CoinId coin;
    private final How how;
    private final long renewalWait;
    private boolean spent;

    public Tampering(Endpoint inner, Signer owner, CoinId coin, How how, long renewalWait) {
        this.inner = inner;
        this.owner = owner;
        this.coin = coin;
        this.how = how;
        this.renewalWait = renewalWait;
    }

    @Override public Message receive(Message m, Network net, long now) throws PPayException {
        Message answer = inner.receive(m, net, now);
        if (!spent && m instanceof Relinquishment r && r.coinId().equals(coin) && answer instanceof Assignment a) {
            spent = true;
            return tamper(a);
        }
        return answer;
    }

    /** The same assignment with its window bent. */
    public Assignment tamper(Assignment a) {
        spent = true;
        return how == How.PAST
            ? Adversary.assign(owner, a.coin(), a.holder(), a.seq(), a.ts(), a.ts() - 3 * renewalWait, a.ts() - 2 * renewalWait)
            : Adversary.assign(owner, a.coin(), a.holder(), a.seq(), a.ts(), a.rb(), a.rb() + renewalWait / 2);
    }

    public boolean spent() { return spent; }
}
