package org.ppay.node.peer;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.PeerId;
import org.ppay.core.credit.CreditWindow;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.role.AuditTrail;
import org.ppay.node.wire.Ids;

/** What the local API shows of the core: records read between steps, never the core's own objects. */
public final class Views {
    private Views() {}

    /** A coin this peer holds: the coin, its sequence number and layers, and when its renewal window closes. */
    public record Held(String coin, String owner, long sn, long seq, int layers, long windowEnd, boolean byBroker) {}

    /** A coin this peer owns: who holds it now (null while unassigned), at which sequence number, with how many proofs. */
    public record Owned(String coin, long sn, String holder, long seq, int proofs) {}

    public record Certificate(long liml, long limu, long expiry) {}

    public record Coins(String peer, List<Held> held, List<Owned> owned, List<Certificate> certificates) {}

    /** One credit relation (Section 5.4): picopayments the counterpart owes this peer, and this peer owes it. */
    public record Credit(String peer, long owedToMe, long iOwe) {}

    /** The broker's signed word on the account, as of {@code time}. */
    public record Account(long balance, long deposit, long prepaid, String status, long frauds, long time) {
        static Account of(AccountStatement s) { return new Account(s.balance(), s.deposit(), s.prepaid(), s.status().name(), s.frauds(), s.time()); }
    }

    /** The balance: the broker's statement (null when it did not answer), what the wallet holds, and credit. */
    public record Balance(String peer, Account account, int coinsHeld, long heldValue, int ownUnassigned, int ownOutstanding,
                          List<Credit> credit, boolean left) {}

    static Coins coins(Peer p) {
        List<Held> held = new ArrayList<>();
        for (Holding h : p.holder().holdings()) {
            Assignment base = h.base();
            held.add(new Held(Ids.text(h.coin().id()), Ids.text(h.coin().owner()), h.coin().sn(), h.seq(), h.layers(), base.re(), base.byBroker()));
        }
        List<Owned> owned = new ArrayList<>();
        for (AuditTrail t : p.owner().trails()) {
            Assignment cur = t.current().orElse(null);
            owned.add(new Owned(Ids.text(t.coin().id()), t.coin().sn(), cur == null ? null : Ids.text(cur.holder()), t.currentSeq(), t.proofCount()));
        }
        owned.sort(java.util.Comparator.comparingLong(Owned::sn));
        List<Certificate> certs = new ArrayList<>();
        for (LimitCertificate c : p.owner().certificates()) certs.add(new Certificate(c.liml(), c.limu(), c.expiry()));
        return new Coins(Ids.text(p.id()), held, owned, certs);
    }

    static Balance balance(Peer p, DaemonState state, AccountStatement statement) {
        Coins c = coins(p);
        int unassigned = (int) c.owned().stream().filter(o -> o.holder() == null).count();
        long value = p.params().coinValue();
        return new Balance(c.peer(), statement == null ? null : Account.of(statement), c.held().size(), value * c.held().size(),
            unassigned, c.owned().size() - unassigned, credit(p, state), state.left());
    }

    static List<Credit> credit(Peer p, DaemonState state) {
        List<Credit> out = new ArrayList<>();
        CreditWindow w = p.windowOrNull();        // a read makes no window: that is the first picopayment's to do
        if (w == null) return out;
        for (PeerId j : state.counterparts()) {
            if (w instanceof SoftCreditWindow s) {
                long c = s.credit(j);
                out.add(new Credit(Ids.text(j), Math.max(c, 0), Math.max(-c, 0)));
            } else {
                PaywordWindow pw = (PaywordWindow) w;
                out.add(new Credit(Ids.text(j), pw.credit(j), pw.debt(j)));
            }
        }
        return out;
    }
}
