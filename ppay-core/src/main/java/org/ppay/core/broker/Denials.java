package org.ppay.core.broker;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Detection;

/**
 * Wrongful denial (Section 4.1): "the burden falls upon the owner to prove that a given assignment is invalid".
 * A holder whose valid request the owner refused takes it to the broker, which asks the owner for a proof of
 * relinquishment; without one the owner is punished and the broker reassigns the coin itself (eq. 5).
 */
final class Denials {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;
    private final Punishment punishment;
    private final Downtime downtime;

    Denials(RoleContext ctx, Books books, Punishment punishment, Downtime downtime) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
        this.punishment = punishment;
        this.downtime = downtime;
    }

    /** The broker's question to the owner: a one-claim arbitration request, "prove this assignment was relinquished". */
    ArbitrationRequest inquire(Holding h) {
        List<Holding> claims = List.of(h);
        ArbitrationRequest req = new ArbitrationRequest(h.coin().id(), claims, ctx.sign(Task.ARBITRATION, ArbitrationRequest.signedBytes(h.coin().id(), claims)));
        ctx.meter().sent(Task.ARBITRATION, req);
        return req;
    }

    /**
     * Unless the owner's answer proves the holder relinquished that assignment, or that the holding descends from a
     * double spend it proves, the owner is punished and the broker reassigns the coin, the owner alone paying the
     * broker fee (the holder is not at fault).
     */
    Assignment overrule(ReassignmentRequest req, ArbitrationResponse answer, long now) throws PPayException {
        ctx.meter().received(Task.ARBITRATION, req);
        Holding h = req.current();
        CoinRecord r = downtime.holdingChecks(Task.ARBITRATION, h, now);
        ctx.verify(Task.ARBITRATION, h.holder(), req.signedBytes(), req.sig(), "reassignment request");
        ctx.verify(Task.ARBITRATION, h.coin().owner(), answer.signedBytes(), answer.ownerSig(), "arbitration response");
        if (!answer.coin().equals(h.coin().id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "answer is about another coin");
        List<Relinquishment> proofs = new ArrayList<>();       // the owner's trail first: it defines the valid chain
        for (Relinquishment p : answer.proofs()) {
            ctx.verify(Task.ARBITRATION, p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
            proofs.add(p);
        }
        ctx.meter().add(Task.ARBITRATION, CostAction.PROOF_STORED, r.keepAnswered(proofs));
        for (Relinquishment p : proofs) {
            if (r.refutes(p, h) && !AuditTrail.same(p, req)) throw punishment.doubleSpend(p, req, false);
        }
        // "invalid" also covers a holding that descends from someone else's double spend, which the owner's proofs
        // may show against a layer inside it or against the broker's own records
        proofs.addAll(r.knownProofs());
        punishment.convictConflicts(r, proofs, List.of(h));
        if (r.isVoid(h)) throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend: claim a refund");
        List<Holding> shown = new ArrayList<>();
        for (Relinquishment p : answer.proofs()) shown.add(p.given());
        downtime.notIssuedBefore(r, h, shown);
        punishment.punish(h.coin().owner(), h.coin().id(), Detection.Kind.WRONGFUL_DENIAL, 0);
        books.chargeFee(books.of(h.coin().owner()), params.brokerFee());
        Assignment base = h.base();
        Assignment a = downtime.sign(Task.ARBITRATION, req.newHolder(), h.seq() + 1, now, base.rb(), base.re(), h);
        downtime.record(Task.ARBITRATION, r, h, req, a);
        return a;
    }
}
