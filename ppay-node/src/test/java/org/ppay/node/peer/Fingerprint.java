package org.ppay.node.peer;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.ppay.core.PeerId;
import org.ppay.core.credit.CreditWindow;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.role.AuditTrail;

/** Everything of a core a restart must bring back: the wallet, every audit trail with its proofs, certificates, credit. */
final class Fingerprint {
    private Fingerprint() {}

    static String of(PeerDaemon d, List<PeerDaemon> counterparts) throws Exception {
        List<PeerId> others = counterparts.stream().map(PeerDaemon::id).filter(id -> !id.equals(d.id())).toList();
        return d.read(p -> of(p, others));
    }

    private static String of(Peer p, List<PeerId> others) {
        StringBuilder b = new StringBuilder("wallet");
        for (Holding h : p.holder().holdings()) b.append(' ').append(b64(h.encode()));
        b.append("\ntrails");
        p.owner().trails().stream().sorted(Comparator.comparingLong(t -> t.coin().sn())).forEach(t -> trail(b, t));
        b.append("\ncertificates");
        for (LimitCertificate c : p.owner().certificates()) b.append(' ').append(b64(c.encode()));
        b.append("\nunassigned ").append(p.owner().unassigned().size()).append("\ncredit");
        CreditWindow w = p.windowOrNull();
        for (PeerId j : others) {
            if (w instanceof SoftCreditWindow s) b.append(' ').append(s.credit(j));
            else if (w instanceof PaywordWindow pw) b.append(' ').append(pw.credit(j)).append('/').append(pw.debt(j));
        }
        return b.toString();
    }

    private static void trail(StringBuilder b, AuditTrail t) {
        b.append(' ').append(t.coin().sn()).append('@').append(t.current().map(a -> b64(a.encode())).orElse("-"));
        t.proofs().forEach((seq, proof) -> b.append(" proof").append(seq).append('=').append(b64(proof.message().encode())));
    }

    private static String b64(byte[] bytes) { return Base64.getEncoder().encodeToString(bytes); }
}
