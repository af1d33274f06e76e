package org.ppay.core.broker;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import org.ppay.core.msg.ChainReceipt;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.PaywordCommitment;
import org.ppay.core.role.RoleContext;

/**
 * The broker honours partial Payword chains (Section 5.4: "hash chains present no credit loss risk to peers, assuming
 * broker functionality is extended to honor partial hash chains"). A payee presents the payer's signed commitment and
 * the highest word it accepted; the broker checks the commitment (one verification) and hashes the word back to the
 * root (one hash per word, as a payee does), then moves the words' share of one coin, words × coin value / chain
 * length, from the payer's balance to the payee's. Each chain is paid once. Cashing work: the request, the checks and
 * a signed receipt, like a cash (Section 3).
 */
final class Redemptions {
    private final RoleContext ctx;
    private final Books books;
    /** Chains paid: payer, payee, root and timestamp of each commitment. */
    private final Set<String> paid = new HashSet<>();

    Redemptions(RoleContext ctx, Books books) {
        this.ctx = ctx;
        this.books = books;
    }

    ChainReceipt redeem(ChainRedemption req, long now) throws PPayException {
        ctx.meter().received(Task.CASH, req);
        PaywordCommitment c = req.commitment();
        Books.Account payee = books.active(c.payee());
        Books.Account payer = books.known(c.payer());
        ctx.verify(Task.CASH, c.payer(), c.signedBytes(), c.sig(), "payword commitment");
        int words = req.last().index();
        byte[] w = req.last().hashWith(ctx.hasher());
        for (int i = 1; i < words; i++) w = ctx.hasher().hash(w);
        ctx.meter().add(Task.CASH, CostAction.HASH, words);
        if (!Arrays.equals(w, c.root())) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword " + words + " does not hash back to the chain's root");
        String key = c.payer() + "|" + c.payee() + "|" + c.ts() + "|" + Arrays.toString(c.root());
        if (!paid.add(key)) throw new PPayException(ErrorCode.ALREADY_CASHED, "this chain was redeemed already");
        long credited = Math.multiplyExact((long) words, ctx.params().coinValue()) / c.length();
        payer.balance -= credited;
        payee.balance += credited;
        ChainReceipt receipt = new ChainReceipt(c.payer(), c.payee(), c.ts(), words, credited, now,
            ctx.sign(Task.CASH, ChainReceipt.signedBytes(c.payer(), c.payee(), c.ts(), words, credited, now)));
        ctx.meter().sent(Task.CASH, receipt);
        return receipt;
    }
}
