package org.ppay.sim.fast;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.credit.CreditLine;
import org.ppay.core.credit.PaywordChain;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.ChainReceipt;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.role.RoleContext;
import org.ppay.crypto.CountingCrypto;

/**
 * What the fast engine meters, read once from the core itself rather than copied: the size, signatures and
 * identities of every message a coin payment, renewal or cash sends (one template of each, built from the message
 * classes, for a printed coin under 0..Max Layers layers: sizes depend on nothing else), the verifications a
 * {@link RoleContext} charges for a holding, and what a Payword picopayment costs in a real pair of windows.
 */
final class Shapes {
    /** A message's metered figures. */
    record Shape(int size, int signatures, int identities) {
        static Shape of(Message m) { return new Shape(m.size(), m.signatures(), m.identities()); }
    }

    final Shape[] holding, reassign, renewal, cash;
    final Shape receipt;
    /** A payee's claim on an open Payword chain at the end (Section 5.4), and the broker's receipt for it. */
    final Shape redemption, chainReceipt;
    /** Verifications of a coin's own signatures (certificate and coin), charged the first time a party sees it. */
    final int coinChecks;
    /** Verifications of a holding of L layers once its coin is known: the layers and the assignment. */
    final int[] chainChecks;
    /** Payword picopayment actions (Task PICOPAYMENT, both sides): opening a chain, and each word. */
    final Metered.Counts chainOpen, word;

    Shapes(Params params) {
        int max = params.maxLayers();
        CountingCrypto crypto = new CountingCrypto();
        Signer broker = signer(crypto, "broker"), owner = signer(crypto, "owner");
        Signer[] peers = new Signer[max + 2];
        for (int i = 0; i < peers.length; i++) peers[i] = signer(crypto, "peer" + i);
        long liml = 1, limu = 1_000_000, expiry = 1_000_000;
        LimitCertificate cert = new LimitCertificate(owner.id(), liml, limu, expiry, broker.sign(LimitCertificate.signedBytes(owner.id(), liml, limu, expiry)));
        PrintedCoin coin = new PrintedCoin(1, cert, owner.sign(PrintedCoin.signedBytes(1, cert)));
        holding = new Shape[max + 1];
        reassign = new Shape[max + 1];
        renewal = new Shape[max + 1];
        cash = new Shape[max + 1];
        chainChecks = new int[max + 1];
        Holding h = new Assignment(peers[0].id(), 1, 0, 0, params.renewalWait(), coin, false,
            owner.sign(Assignment.signedBytes(peers[0].id(), 1, 0, 0, params.renewalWait(), coin)));
        RoleContext checker = new RoleContext(peers[max + 1], crypto.verifier(), crypto.hasher(), broker.id(), params, new CountingCostMeter());
        int first = verifies(checker, h);
        coinChecks = first - verifies(checker, h);
        for (int l = 0; l <= max; l++) {
            if (l > 0) {
                PeerId to = peers[l].id(), from = peers[l - 1].id();
                h = new LayeredCoin(to, from, l + 1, h, peers[l - 1].sign(LayeredCoin.signedBytes(to, from, l + 1, h)));
            }
            Signer holder = peers[l];
            holding[l] = Shape.of(h);
            reassign[l] = Shape.of(new ReassignmentRequest(owner.id(), h, holder.sign(ReassignmentRequest.signedBytes(owner.id(), h))));
            renewal[l] = Shape.of(new RenewalRequest(h, holder.sign(RenewalRequest.signedBytes(h))));
            cash[l] = Shape.of(new CashRequest(h, 0, holder.sign(CashRequest.signedBytes(h, 0))));
            chainChecks[l] = verifies(checker, h);
        }
        receipt = Shape.of(new CashReceipt(coin.id(), peers[0].id(), 1, 99, 0, broker.sign(CashReceipt.signedBytes(coin.id(), peers[0].id(), 1, 99, 0))));
        redemption = Shape.of(redemption(crypto, params));
        PeerId payer = peers[0].id(), payee = peers[1].id();
        chainReceipt = Shape.of(new ChainReceipt(payer, payee, 0, 1, 10, 0, broker.sign(ChainReceipt.signedBytes(payer, payee, 0, 1, 10, 0))));
        long[][] payword = paywordCosts(crypto, params);
        chainOpen = Metered.Counts.of(payword[0]);
        word = Metered.Counts.of(payword[1]);
    }

    private static Signer signer(CountingCrypto crypto, String name) {
        return crypto.signer(Hashes.sha256(("fast-engine-template-" + name).getBytes(StandardCharsets.US_ASCII)));
    }

    private static int verifies(RoleContext ctx, Holding h) {
        CountingCostMeter m = (CountingCostMeter) ctx.meter();
        long before = m.count(CostAction.VERIFY);
        try {
            ctx.verifyHolding(Task.REASSIGN, h);
        } catch (PPayException e) {
            throw new IllegalStateException("a template holding does not verify: " + e.getMessage(), e);
        }
        return Math.toIntExact(m.count(CostAction.VERIFY) - before);
    }

    /** A redemption of a template chain of x words after its first word: the size of every redemption (fixed-size fields). */
    private static ChainRedemption redemption(CountingCrypto crypto, Params params) {
        try {
            Signer payer = signer(crypto, "payer"), payee = signer(crypto, "payee");
            PaywordChain chain = PaywordChain.create(payer, payee.id(), new byte[32], Math.toIntExact(params.creditWindowSize()), 0,
                org.ppay.core.cost.CostMeter.NONE, crypto.hasher());
            return new ChainRedemption(chain.commitment(), chain.next());
        } catch (PPayException e) {
            throw new IllegalStateException("a template Payword chain could not be made: " + e.getMessage(), e);
        }
    }

    /** The first picopayment of a chain and a later one, in a real pair of Payword windows (x of at least 2 for the latter). */
    private static long[][] paywordCosts(CountingCrypto crypto, Params params) {
        int x = Math.toIntExact(params.creditWindowSize());
        long[] first = picopayments(crypto, x, 1), two = picopayments(crypto, Math.max(x, 2), 2);
        long[] firstOfTwo = picopayments(crypto, Math.max(x, 2), 1);
        long[] word = new long[first.length], open = new long[first.length];
        for (int a = 0; a < first.length; a++) {
            word[a] = two[a] - firstOfTwo[a];
            open[a] = first[a] - word[a];
        }
        return new long[][] {open, word};
    }

    private static long[] picopayments(CountingCrypto crypto, int x, int n) {
        try {
            Signer payer = signer(crypto, "payer"), payee = signer(crypto, "payee");
            CreditLine line = new PaywordWindow(payer, crypto.verifier(), x, crypto.hasher())
                .lineTo(new PaywordWindow(payee, crypto.verifier(), x, crypto.hasher()));
            CountingCostMeter m = new CountingCostMeter();
            Supplier<byte[]> seeds = () -> new byte[32];
            for (int i = 0; i < n; i++) line.picopay(0, seeds, m, m);
            long[] out = new long[CostAction.values().length];
            for (CostAction a : CostAction.values()) out[a.ordinal()] = m.count(Task.PICOPAYMENT, a);
            return out;
        } catch (PPayException e) {
            throw new IllegalStateException("a template Payword line refused a picopayment: " + e.getMessage(), e);
        }
    }
}
