package org.ppay.core.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.Task;
import org.ppay.core.msg.AccountRequest;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.CollectRequest;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LeaveRequest;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.PendingActions;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.StatementRequest;
import org.ppay.core.role.ExpiryQueue;
import org.ppay.core.role.Owner;
import org.ppay.core.role.RoleContext;

/**
 * The broker's counter for {@link AccountRequest}s: checks that the account's own key signed the request,
 * that its time is within {@link Params#requestFreshness()} of the broker's clock and that its nonce was not
 * served within that window, then has the {@link Broker} act and answers with a message the broker signs.
 *
 * <p>A refused request changes nothing: not the accounts, not the books, not the nonce memory. That includes a
 * request the broker itself refuses (unknown account, insufficient funds...): its nonce is remembered only once
 * it was served, so the same signed request may be presented again while it is fresh and succeed if the account
 * has changed meanwhile (a buy refused for want of funds goes through after a fund). The client signed that
 * intent; the freshness window bounds how long it stays good. Nonces are remembered with the request's time
 * and forgotten once a request of that time would be stale anyway, so the memory holds one freshness window.
 */
public final class AccountDesk {
    private record Seen(PeerId account, long nonce) {}

    private final Broker broker;
    private final RoleContext ctx;
    private final Params params;
    /** Served (account, nonce) pairs and the time their requests carried. */
    private final Map<Seen, Long> seen = new HashMap<>();
    private final ExpiryQueue<Seen> forget = new ExpiryQueue<>();
    /** Broker actions taken for an owner that did not fit in its last answer (one answer is one message). */
    private final Map<PeerId, Deque<Owner.BrokerAction>> backlog = new HashMap<>();

    /** @param ctx the broker's own context: its key signs every answer, as it signs coins (eq. 1) */
    AccountDesk(Broker broker, RoleContext ctx) {
        this.broker = broker;
        this.ctx = ctx;
        this.params = ctx.params();
    }

    /**
     * Serves one signed request at broker time {@code now} and returns the broker's signed answer: an
     * {@link AccountStatement} for join, fund, leave and statement, a {@link CoinSale} for buy, the
     * {@link org.ppay.core.msg.LimitCertificate} itself for limit, {@link PendingActions} for collect.
     *
     * @throws PPayException BAD_SIGNATURE, STALE_REQUEST or REPLAYED, or the broker's own refusal; nothing changed
     */
    public Message handle(AccountRequest req, long now) throws PPayException {
        ctx.meter().received(Task.ACCOUNT, req);
        ctx.verify(Task.ACCOUNT, req.account(), req.signedBytes(), req.sig(), "account request");
        if (!fresh(req.time(), now)) {
            throw new PPayException(ErrorCode.STALE_REQUEST, "request time " + req.time() + " is more than " + params.requestFreshness()
                + " s from the broker's " + now);
        }
        Seen key = new Seen(req.account(), req.nonce());
        Long at = seen.get(key);
        if (at != null && fresh(at, now)) throw new PPayException(ErrorCode.REPLAYED, "nonce " + req.nonce() + " of " + req.account() + " was served");
        Message answer = serve(req, now);
        remember(key, req.time(), now);
        return answer;
    }

    /** Nonces remembered: at most the requests served within one freshness window. */
    public int remembered() { return seen.size(); }

    /** |time - now| <= freshness, without overflow however far apart they are. */
    private boolean fresh(long time, long now) {
        long d = time <= now ? now - time : time - now;
        return d >= 0 && d <= params.requestFreshness();
    }

    private void remember(Seen key, long time, long now) {
        for (Seen old : forget.due(now - params.requestFreshness())) {
            Long t = seen.get(old);
            if (t != null && !fresh(t, now)) seen.remove(old);
        }
        seen.put(key, time);
        forget.add(time, key);
    }

    private Message serve(AccountRequest req, long now) throws PPayException {
        PeerId account = req.account();
        if (req instanceof JoinRequest q) {
            broker.open(account, q.balance(), q.deposit());
        } else if (req instanceof FundRequest q) {
            broker.fund(account, q.amount());
        } else if (req instanceof BuyRequest q) {
            return sell(q);
        } else if (req instanceof LimitRequest q) {
            return broker.sellLimitCertificate(account, q.liml(), q.limu(), now);
        } else if (req instanceof LeaveRequest) {
            broker.leave(account, now);
        } else if (req instanceof CollectRequest q) {
            return collect(q);
        } else if (!(req instanceof StatementRequest)) {
            throw new IllegalStateException("unhandled account request " + req.getClass().getSimpleName());
        }
        return statement(req, now);
    }

    private Books.Account account(PeerId peer) throws PPayException {
        return broker.account(peer).orElseThrow(() -> new PPayException(ErrorCode.UNKNOWN_ACCOUNT, "no account for " + peer));
    }

    private AccountStatement statement(AccountRequest req, long now) throws PPayException {
        Books.Account a = account(req.account());
        AccountStatement.Status status = AccountStatement.Status.valueOf(a.status().name());
        byte[] body = AccountStatement.signedBytes(req.account(), a.balance(), a.deposit(), a.prepaid(), status, a.frauds(), req.nonce(), now);
        return new AccountStatement(req.account(), a.balance(), a.deposit(), a.prepaid(), status, a.frauds(), req.nonce(), now, ctx.sign(Task.ACCOUNT, body));
    }

    /** All the coins or none (eq. 1): the balance is checked for the whole purchase before the first coin is sold. */
    private CoinSale sell(BuyRequest q) throws PPayException {
        Books.Account a = broker.account(q.account()).orElse(null);
        if (a != null && a.status() == Books.Status.ACTIVE && a.balance() / broker.params().coinValue() < q.count()) {
            throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, q.count() + " coins cost " + q.count() + " x " + broker.params().coinValue());
        }
        List<RawCoin> coins = new ArrayList<>(q.count());
        for (int i = 0; i < q.count(); i++) coins.add(broker.sellRawCoin(q.account()));   // an inactive account fails on the first
        return new CoinSale(q.account(), q.nonce(), coins, ctx.sign(Task.ACCOUNT, CoinSale.signedBytes(q.account(), q.nonce(), coins)));
    }

    /**
     * What the broker did for the owner's coins while it was down (Section 3), then the disputes waiting for its
     * answer (Section 4.1), as many as fit in one message. {@code more} asks the owner to collect again: actions
     * that did not fit wait here for the next collect; disputes stay open at the broker until answered. A dispute
     * too large to share an answer (an arbitration request may fill a message alone) is left out: the broker
     * hands it to the owner as it stands ({@link Broker#disputeFor}).
     */
    private PendingActions collect(CollectRequest q) throws PPayException {
        PeerId owner = q.account();
        account(owner);
        Deque<Owner.BrokerAction> waiting = backlog.computeIfAbsent(owner, k -> new ArrayDeque<>());
        waiting.addAll(broker.takeStored(owner));
        List<PendingActions.Action> actions = new ArrayList<>();
        List<ArbitrationRequest> disputes = new ArrayList<>();
        while (!waiting.isEmpty() && fits(actions, action(waiting.peek()), disputes, null)) actions.add(action(waiting.poll()));
        if (waiting.isEmpty()) backlog.remove(owner);
        boolean more = !waiting.isEmpty();
        for (Iterator<CoinId> it = disputedCoins(owner).iterator(); it.hasNext() && !more; ) {
            ArbitrationRequest d = broker.disputeFor(it.next()).orElseThrow();
            if (fits(actions, null, disputes, d)) disputes.add(d); else more = fits(List.of(), null, List.of(), d);
        }
        byte[] body = PendingActions.signedBytes(owner, q.nonce(), actions, disputes, more);
        return new PendingActions(owner, q.nonce(), actions, disputes, more, ctx.sign(Task.ACCOUNT, body));
    }

    private List<CoinId> disputedCoins(PeerId owner) {
        List<CoinId> open = new ArrayList<>(broker.openDisputes());
        open.removeIf(c -> !c.owner().equals(owner));
        open.sort(Comparator.comparingLong(CoinId::sn));
        return open;
    }

    private static PendingActions.Action action(Owner.BrokerAction a) { return new PendingActions.Action(a.request(), a.issued()); }

    /** Whether the answer still fits in one message with {@code a} and {@code d} (either may be null) added. */
    private static boolean fits(List<PendingActions.Action> actions, PendingActions.Action a, List<ArbitrationRequest> disputes, ArbitrationRequest d) {
        List<PendingActions.Action> as = new ArrayList<>(actions);
        List<ArbitrationRequest> ds = new ArrayList<>(disputes);
        if (a != null) as.add(a);
        if (d != null) ds.add(d);
        return PendingActions.fits(as, ds);
    }
}
