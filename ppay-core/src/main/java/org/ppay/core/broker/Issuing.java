package org.ppay.core.broker;

import org.ppay.core.cost.Task;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.role.RoleContext;

/**
 * What the broker sells (Sections 3 and 5.1): raw coins and limit certificates, both prepaid from the buyer's
 * balance into the prepaid value of its outstanding coins. Serial ranges of one owner never overlap, and raw
 * coins are numbered above every range sold, so (owner, sn) identifies a coin.
 */
final class Issuing {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;

    Issuing(RoleContext ctx, Books books) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
    }

    /** Sells U a raw coin C = {U, sn}SK_B (eq. 1), prepaid from U's balance. */
    RawCoin rawCoin(PeerId owner) throws PPayException {
        Books.Account a = books.active(owner);
        if (a.balance < params.coinValue()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "a coin costs " + params.coinValue());
        long sn = a.serials.isEmpty() ? 1 : a.serials.lastEntry().getValue() + 1;
        a.balance -= params.coinValue();
        a.prepaid += params.coinValue();
        a.serials.put(sn, sn);
        RawCoin c = new RawCoin(owner, sn, ctx.sign(Task.ISSUE, RawCoin.signedBytes(owner, sn)));
        ctx.meter().sent(Task.ISSUE, c);
        return c;
    }

    /** Sells L = {U, lim_l, lim_u}SK_B (eq. 6); U prepays lim_u − lim_l + 1 coins (Section 5.1). */
    LimitCertificate limitCertificate(PeerId owner, long liml, long limu, long now) throws PPayException {
        Books.Account a = books.active(owner);
        if (liml < 1 || limu < liml) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "need 1 <= lim_l <= lim_u");
        var below = a.serials.floorEntry(limu);
        if (below != null && below.getValue() >= liml) {
            throw new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "serials overlap [" + below.getKey() + ", " + below.getValue() + "] already sold");
        }
        long count = limu - liml + 1;
        if (count > a.balance / params.coinValue()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "prepay of " + count + " coins exceeds balance");
        a.balance -= count * params.coinValue();
        a.prepaid += count * params.coinValue();
        a.serials.put(liml, limu);
        long expiry = now + params.certificateLifetime();
        LimitCertificate c = new LimitCertificate(owner, liml, limu, expiry, ctx.sign(Task.ISSUE, LimitCertificate.signedBytes(owner, liml, limu, expiry)));
        ctx.meter().sent(Task.ISSUE, c);
        return c;
    }
}
