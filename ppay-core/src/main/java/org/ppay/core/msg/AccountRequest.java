package org.ppay.core.msg;

import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/**
 * A request about an account, signed by the account's own key (identities are self-certifying, Section 3):
 * join, fund, buy raw coins (eq. 1), buy a limit certificate (eq. 6), leave (Section 4.2), ask for a
 * statement, or collect what the broker did while the owner was down (Section 3). Each carries a client nonce
 * and the client's time, so that the broker can refuse a replayed request and one outside its freshness window.
 */
public sealed interface AccountRequest extends Message
        permits JoinRequest, FundRequest, BuyRequest, LimitRequest, LeaveRequest, StatementRequest, CollectRequest {
    /** The account the request is about; its key signs the request. */
    PeerId account();

    /** Chosen by the client, unique per account within the freshness window. */
    long nonce();

    /** The client's clock, in seconds, when it signed. */
    long time();

    Sig sig();

    /** The bytes the account's signature covers: everything in the encoding before the signature. */
    byte[] signedBytes();

    @Override default int signatures() { return 1; }

    @Override default int identities() { return 1; }
}
