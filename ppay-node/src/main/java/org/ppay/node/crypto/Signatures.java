package org.ppay.node.crypto;

import org.ppay.core.PeerId;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.AccountRequest;
import org.ppay.core.msg.Appeal;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.FraudReport;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.msg.RenewalRequest;

/**
 * Checks every signature a request carries, under the key the paper names for it, through a {@link VerifyCache}:
 * request threads do this work in parallel, so that the core, serving requests one at a time, finds each
 * signature already checked. A bad signature is simply not remembered: the core refuses it with its own code.
 */
public final class Signatures {
    private Signatures() {}

    public static void precheck(Message m, PeerId broker, Verifier v) {
        if (m instanceof AccountRequest a) v.verify(a.account(), a.signedBytes(), a.sig());
        else if (m instanceof CashRequest c) { v.verify(c.holding().holder(), c.signedBytes(), c.sig()); holding(c.holding(), broker, v); }
        else if (m instanceof RefundRequest r) { v.verify(r.holding().holder(), r.signedBytes(), r.sig()); holding(r.holding(), broker, v); }
        else if (m instanceof Relinquishment r) relinquishment(r, broker, v);
        else if (m instanceof ArbitrationResponse a) answer(a, broker, v);
        else if (m instanceof FraudReport f) {
            v.verify(f.reporter(), f.signedBytes(), f.sig());
            relinquishment(f.first(), broker, v);
            relinquishment(f.second(), broker, v);
        } else if (m instanceof Appeal a) {
            relinquishment(a.request(), broker, v);
            if (a.answer() != null) answer(a.answer(), broker, v);
        } else if (m instanceof Payment p) {
            holding(p.holding(), broker, v);
            if (p.request() != null) relinquishment(p.request(), broker, v);
        }
    }

    private static void answer(ArbitrationResponse a, PeerId broker, Verifier v) {
        v.verify(a.coin().owner(), a.signedBytes(), a.ownerSig());
        for (Relinquishment p : a.proofs()) relinquishment(p, broker, v);
    }

    private static void relinquishment(Relinquishment r, PeerId broker, Verifier v) {
        v.verify(r.relinquisher(), r.signedBytes(), r.sig());
        holding(r.given(), broker, v);
    }

    private static void holding(Holding h, PeerId broker, Verifier v) {
        Holding cur = h;
        while (cur instanceof LayeredCoin l) {
            v.verify(l.from(), l.signedBytes(), l.sig());
            cur = l.inner();
        }
        Assignment a = (Assignment) cur;
        v.verify(a.byBroker() ? broker : a.coin().owner(), a.signedBytes(), a.sig());
        if (a.coin() instanceof RawCoin c) {
            v.verify(broker, c.signedBytes(), c.brokerSig());
        } else {
            PrintedCoin c = (PrintedCoin) a.coin();
            v.verify(broker, c.certificate().signedBytes(), c.certificate().brokerSig());
            v.verify(c.owner(), c.signedBytes(), c.ownerSig());
        }
    }
}
