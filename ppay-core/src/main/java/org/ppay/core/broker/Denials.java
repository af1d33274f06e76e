package org.ppay.core.broker;

import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.Checks;
import org.ppay.core.role.Detection;

/**
 * Wrongful denial (Section 4.1): "the burden falls upon the owner to prove that a given assignment is invalid".
 * A holder whose valid request the owner refused takes it to the broker, which asks the owner for a proof of
 * relinquishment; without one the owner is punished and the broker reassigns the coin itself (eq. 5).
 */
final class Denials {
    private final Signer signer;
    private final Params params;
    private final Checks checks;
    private final Books books;
    private final Punishment punishment;
    private final Downtime downtime;

    Denials(Signer signer, Params params, Checks checks, Books books, Punishment punishment, Downtime downtime) {
        this.signer = signer;
        this.params = params;
        this.checks = checks;
        this.books = books;
        this.punishment = punishment;
        this.downtime = downtime;
    }

    /** The broker's question to the owner: a one-claim arbitration request, "prove this assignment was relinquished". */
    ArbitrationRequest inquire(Holding h) {
        List<Holding> claims = List.of(h);
        checks.meter().add(CostAction.SIGN);
        ArbitrationRequest req = new ArbitrationRequest(h.coin().id(), claims, signer.sign(ArbitrationRequest.signedBytes(h.coin().id(), claims)));
        checks.meter().sent(req);
        return req;
    }

    /**
     * Unless the owner's answer proves the holder relinquished that assignment, the owner is punished and the
     * broker reassigns the coin, the owner alone paying the broker fee (the holder is not at fault).
     */
    Assignment overrule(ReassignmentRequest req, ArbitrationResponse answer, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.current();
        CoinRecord r = downtime.holdingChecks(h, now);
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "reassignment request");
        checks.signature(h.coin().owner(), answer.signedBytes(), answer.ownerSig(), "arbitration response");
        if (!answer.coin().equals(h.coin().id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "answer is about another coin");
        for (Relinquishment p : answer.proofs()) {
            if (p.relinquisher().equals(h.holder()) && p.relinquishedSeq() == h.seq() && !AuditTrail.same(p, req)) {
                checks.signature(p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
                throw punishment.doubleSpend(p, req, null);
            }
        }
        punishment.punish(h.coin().owner(), h.coin().id(), Detection.Kind.WRONGFUL_DENIAL, 0);
        books.chargeFee(books.of(h.coin().owner()), params.brokerFee());
        Assignment base = h.base();
        Assignment a = downtime.sign(req.newHolder(), h.seq() + 1, now, base.rb(), base.re(), h);
        downtime.record(r, h, req, a);
        return a;
    }
}
