package org.ppay.scenario.attack;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.Owner;

/**
 * Wrongful denial (Section 4.1): the owner refuses the next reassignment request for one coin, calling the holding
 * invalid. A request it can in fact refute with a proof of relinquishment goes to the honest owner, which refutes
 * it; either way the denial is spent.
 */
public final class Denial implements Endpoint {
    private final Endpoint inner;
    private final Owner owner;
    private final CoinId coin;
    private boolean spent;

    public Denial(Endpoint inner, Owner owner, CoinId coin) {
        this.inner = inner;
        this.owner = owner;
        this.coin = coin;
    }

    @Override public Message receive(Message m, Network net, long now) throws PPayException {
        if (!spent && m instanceof ReassignmentRequest r && r.coinId().equals(coin)) {
            spent = true;
            if (!justified(r)) {
                throw new PPayException(ErrorCode.RELINQUISHED, owner.id() + " denies that " + r.relinquisher() + " holds " + coin);
            }
        }
        return inner.receive(m, net, now);
    }

    /**
     * Whether the honest owner would refuse this request anyway: it can refute the holding with a proof other than
     * the request itself (a replay of an executed request is answered again, not refuted).
     */
    private boolean justified(ReassignmentRequest r) {
        boolean replay = owner.trail(coin).flatMap(t -> t.proof(r.relinquishedSeq())).filter(p -> AuditTrail.same(p, r)).isPresent();
        return !replay && owner.canRefute(r.current());
    }

    /** Whether the denial was used, so the world can take the wrapper off. */
    public boolean spent() { return spent; }
}
