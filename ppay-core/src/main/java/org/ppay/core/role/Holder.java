package org.ppay.core.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.Task;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.RenewalRequest;

/**
 * A holder's wallet (Sections 3, 5.2, 5.3): verifies every holding it is handed (signatures, sequence
 * numbers strictly increasing, renewal window not tampered with), signs the requests that spend, renew or
 * cash them, and chooses which coin to pay with. Coins are kept in arrival order: choice within a class is
 * a queue.
 */
public final class Holder {
    private final RoleContext ctx;
    private final Params params;
    private final Wallet holdings = new Wallet();

    /**
     * What this peer remembers of every coin it held or refused, until the coin's window closes: the highest
     * sequence number it held ({@code [0]}), the window's end ({@code [1]}), then each sequence number it held
     * (positive) or refused with a signature (negative). An honest holder never takes back an assignment it
     * already gave up, so a replayed stale request cannot make it hold a relinquished assignment (invariant 1);
     * and it signs at most one relinquishment of each sequence number, so it never looks like a double spender.
     */
    private final Map<CoinId, long[]> seen = new java.util.HashMap<>();

    public Holder(RoleContext ctx) {
        this.ctx = ctx;
        this.params = ctx.params();
    }

    public PeerId id() { return ctx.id(); }

    /** What this holding replaces, so the holder can check the owner did not cheat on it; and the task it is part of. */
    public enum Context {
        FRESH(Task.ISSUE), REASSIGNED(Task.REASSIGN), RENEWED(Task.RENEW), LAYERED(Task.REASSIGN);

        final Task task;

        Context(Task task) { this.task = task; }
    }

    /**
     * Verifies and keeps a holding handed to this peer. {@code previous} is the holding it replaces, when
     * known (the payer's, for a reassignment; our own, for a renewal). Nothing is kept on refusal.
     */
    public void accept(Holding h, Context kind, Holding previous, long now) throws PPayException {
        ctx.meter().received(kind.task, h);
        if (!h.holder().equals(id())) throw new PPayException(ErrorCode.NOT_HOLDER, "holding is for " + h.holder());
        ctx.verifyHolding(kind.task, h);
        Assignment base = h.base();
        if (base.re() - base.rb() != params.renewalWait()) {
            throw new PPayException(ErrorCode.WINDOW_TAMPERED, "renewal window is " + (base.re() - base.rb()) + " s long, not " + params.renewalWait());
        }
        if (base.re() < base.ts()) {
            throw new PPayException(ErrorCode.WINDOW_TAMPERED, "the renewal window closed at " + base.re() + ", before the assignment was issued at " + base.ts());
        }
        RoleContext.notExpired(h, now);
        switch (kind) {
            case FRESH -> {
                if (base.seq() != 1 || base.rb() != base.ts() || base.ts() > now) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a first assignment's window starts when it is issued");
                }
                if (base.coin() instanceof org.ppay.core.msg.PrintedCoin p && base.ts() > p.certificate().expiry()) {
                    throw new PPayException(ErrorCode.EXPIRED, "printed under a limit certificate that expired at " + p.certificate().expiry());
                }
            }
            case RENEWED -> {
                if (previous == null || base.rb() != previous.base().rb() + params.renewalWait()) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a renewal moves the window by exactly one Renewal Wait");
                }
            }
            case REASSIGNED, LAYERED -> {
                if (previous != null && (base.rb() != previous.base().rb() || base.re() != previous.base().re())) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a reassignment keeps the coin's renewal window");
                }
            }
        }
        if (previous != null && h.seq() <= previous.seq()) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " does not exceed " + previous.seq());
        }
        Holding mine = holdings.get(h.coin().id());
        if (mine instanceof Assignment m && h instanceof Assignment a && m.sameAs(a) && replacesTheSame(h.coin().id(), previous)) {
            return;                                   // owner and broker both answered: one assignment (Section 3)
        }
        if (mine != null && h.seq() <= mine.seq()) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " does not exceed held seq " + mine.seq());
        }
        long[] last = seen.get(h.coin().id());
        if (last != null && h.seq() <= last[0]) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " was already seen and given up (last " + last[0] + ")");
        }
        holdings.add(h);
        if (previous != null) replaced.put(h.coin().id(), previous); else replaced.remove(h.coin().id());
        earliestEnd = Math.min(earliestEnd, base.re());
        remember(h, h.seq());
    }

    /**
     * The holding each held coin replaced, when it was handed over for one. The broker's and the owner's answers to one
     * request are one assignment (Section 3); but the two branches of a serial printed twice can reach one payee as
     * assignments alike in coin, holder, number and window, one from the broker and one from the owner. Those replace
     * different holdings: the second is a sibling, refused with a signature, not a repeat.
     */
    private final Map<CoinId, Holding> replaced = new java.util.HashMap<>();

    /** Whether a holding handed over for {@code previous} answers the same request as the one held of that coin. */
    private boolean replacesTheSame(CoinId coin, Holding previous) {
        Holding mine = replaced.get(coin);
        return previous == null || mine == null || mine.sameHolding(previous);
    }

    /** Notes sequence number {@code mark} (negative: refused) of h's coin, and when the coin may be forgotten. */
    private void remember(Holding h, long mark) {
        CoinId id = h.coin().id();
        long re = h.base().re();
        long[] before = seen.get(id);
        long[] after = before == null ? new long[3] : java.util.Arrays.copyOf(before, before.length + 1);
        after[0] = mark > 0 ? mark : before == null ? 0 : before[0];
        after[1] = mark > 0 || before == null ? re : before[1];
        after[after.length - 1] = mark;
        seen.put(id, after);
        if (before == null || before[1] != after[1]) seenExpiry.add(after[1], id);
    }

    /**
     * Whether this peer may refuse h with a signed {@code Refusal}: a refusal is its relinquishment of h's
     * sequence number, so it may sign one only for a number it never held (and so never gave up) and never
     * refused before, or for a sibling of the holding it holds now under that number. Otherwise it refuses without
     * signing.
     */
    public boolean mayRefuse(Holding h) { return mayRefuse(h, null); }

    /**
     * As {@link #mayRefuse(Holding)}, for {@code h} handed over for {@code previous}: a holding alike to the one held
     * but replacing another holding is a sibling too (see {@link #replaced}).
     */
    public boolean mayRefuse(Holding h, Holding previous) {
        long[] s = seen.get(h.coin().id());
        if (s == null) return true;
        int marks = 0;
        for (int i = 2; i < s.length; i++) if (Math.abs(s[i]) == h.seq()) marks++;
        if (marks == 0) return true;
        // the one mark is a sibling it holds now (an owner's other assignment of that number, or the broker's): it
        // never held h, so its refusal gives up nothing it gave up before, and the payer can have the coin back
        Holding mine = holdings.get(h.coin().id());
        return marks == 1 && mine != null && mine.seq() == h.seq() && (!mine.sameHolding(h) || !replacesTheSame(h.coin().id(), previous));
    }

    /** Notes a signed refusal of h (see {@link #mayRefuse}). */
    public void refused(Holding h) { remember(h, -h.seq()); }

    public Optional<Holding> holding(CoinId coin) { return Optional.ofNullable(holdings.get(coin)); }

    public List<Holding> holdings() {
        return List.copyOf(holdings.list());
    }

    public int count() { return holdings.size(); }

    /** Forgets a holding given up (paid on, layered away, or cashed); its sequence number stays remembered. */
    public void drop(CoinId coin) {
        holdings.remove(coin);
        replaced.remove(coin);
    }

    /** Forgets sequence numbers of coins whose windows have closed: they can never be valid again (Section 5.3). */
    public void purgeExpired(long now) {
        List<CoinId> due = seenExpiry.due(now);
        due.addAll(heldAfterExpiry);
        heldAfterExpiry.clear();
        for (CoinId c : due) {
            long[] last = seen.get(c);
            if (last == null || last[1] >= now) continue;            // gone already, or its window moved on
            if (holdings.contains(c)) { heldAfterExpiry.add(c); continue; }   // kept while still in the wallet
            ctx.forget(c);
            seen.remove(c);
        }
    }

    /** No holding's window ends before this (a lower bound, exact after each full look in {@link #expiring}). */
    private long earliestEnd = Long.MAX_VALUE;

    /** When each remembered coin's window closes. */
    private final ExpiryQueue<CoinId> seenExpiry = new ExpiryQueue<>();
    /** Remembered coins whose window closed while they were still held: checked again at the next purge. */
    private final List<CoinId> heldAfterExpiry = new ArrayList<>();

    /** R = {X, A}SK_V (eq. 3). */
    public ReassignmentRequest reassignmentRequest(Holding h, PeerId to) {
        ReassignmentRequest r = new ReassignmentRequest(to, h, ctx.sign(Task.REASSIGN, ReassignmentRequest.signedBytes(to, h)));
        ctx.meter().sent(Task.REASSIGN, r);
        return r;
    }

    /** P = {X, V, seq_n, A}SK_V (eq. 8), refused past Max Layers or after the window closed. */
    public LayeredCoin layer(Holding h, PeerId to, long now) throws PPayException {
        if (h.layers() + 1 > params.maxLayers()) throw new PPayException(ErrorCode.TOO_MANY_LAYERS, "Max Layers is " + params.maxLayers());
        RoleContext.notExpired(h, now);
        long seq = h.seq() + 1;
        LayeredCoin l = new LayeredCoin(to, id(), seq, h, ctx.sign(Task.REASSIGN, LayeredCoin.signedBytes(to, id(), seq, h)));
        ctx.meter().sent(Task.REASSIGN, l);
        return l;
    }

    /** N = {A}SK_V (eq. 10). */
    public RenewalRequest renewalRequest(Holding h) {
        RenewalRequest r = new RenewalRequest(h, ctx.sign(Task.RENEW, RenewalRequest.signedBytes(h)));
        ctx.meter().sent(Task.RENEW, r);
        return r;
    }

    /** {H, t}SK_V: a void coin presented for the escrowed refund (Section 4.2). */
    public RefundRequest refundRequest(Holding h, long now) {
        RefundRequest r = new RefundRequest(h, now, ctx.sign(Task.ARBITRATION, RefundRequest.signedBytes(h, now)));
        ctx.meter().sent(Task.ARBITRATION, r);
        return r;
    }

    public CashRequest cashRequest(Holding h, long now) {
        CashRequest r = new CashRequest(h, now, ctx.sign(Task.CASH, CashRequest.signedBytes(h, now)));
        ctx.meter().sent(Task.CASH, r);
        return r;
    }

    /**
     * Picks how to pay one coin (order of Section 6.3): an own unassigned coin is handled by the caller
     * first; then a held coin whose owner is online; then a layer on a held coin; then, per scheme, the
     * broker or a newly printed coin. Expired holdings are never chosen.
     */
    public PaymentPlan plan(Predicate<PeerId> online, Scheme scheme, long now) {
        Holding layerable = null, any = null;                 // one pass: this runs on every coin payment
        Wallet w = holdings;
        for (int i = w.first(), end = w.end(); i < end; i++) {
            Holding h = w.holding(i);
            if (h == null || now > w.windowEnd(i)) continue;
            if (scheme == Scheme.RM) {
                if (w.layers(i) < params.maxLayers()) return new PaymentPlan.Layer(h);
                continue;
            }
            if (online.test(w.owner(i))) return new PaymentPlan.ViaOwner(h);
            if (layerable == null && w.layers(i) < params.maxLayers()) layerable = h;
            if (any == null) any = h;
        }
        if (layerable != null) return new PaymentPlan.Layer(layerable);
        if (scheme == Scheme.PPAY_STAR && any != null) return new PaymentPlan.ViaBroker(any);
        return new PaymentPlan.PrintNew();
    }

    /** Holdings whose renewal window ends within {@code horizon} seconds: to renew or cash (Section 5.3). */
    public List<Holding> expiring(long now, long horizon) {
        List<Holding> out = new ArrayList<>();
        if (earliestEnd - now > horizon) return out;            // nothing near its end: no need to look at every coin
        long earliest = Long.MAX_VALUE;
        Wallet w = holdings;
        for (int i = w.first(), end = w.end(); i < end; i++) {
            if (w.holding(i) == null) continue;
            if (w.windowEnd(i) - now <= horizon) out.add(w.holding(i));
            earliest = Math.min(earliest, w.windowEnd(i));
        }
        earliestEnd = earliest;
        return out;
    }
}
