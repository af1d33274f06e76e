package org.ppay.core.msg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, nonce, actions, disputes, more}SK_B: the broker's answer to a {@link CollectRequest}. The actions
 * are the requests it served for holders of the owner's coins while the owner was down, each with the
 * assignment it issued (eq. 5), which the owner audits (Section 3: "U will be responsible for detecting any
 * misconduct while it was down"); the disputes are arbitrations waiting for the owner's answer (Section 4.1).
 * One answer is one message ({@link Reader#MAX_MESSAGE}); {@code more} says the owner should collect again.
 */
public record PendingActions(PeerId account, long nonce, List<Action> actions, List<ArbitrationRequest> disputes, boolean more, Sig sig)
        implements Message {
    /** At most this many actions, and as many disputes: each count is one byte. */
    public static final int MAX_ENTRIES = 255;

    /** One request the broker served for the owner, and the assignment it issued in the owner's stead. */
    public record Action(Relinquishment request, Assignment issued) {
        public Action {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(issued, "issued");
            if (!issued.byBroker()) throw new IllegalArgumentException("a broker action is an assignment the broker signed");
            if (!issued.coin().id().equals(request.coinId())) throw new IllegalArgumentException("the assignment must be of the requested coin");
            if (!issued.holder().equals(request.recipient())) throw new IllegalArgumentException("the assignment must go to the request's recipient");
            if (issued.seq() <= request.relinquishedSeq()) throw new IllegalArgumentException("the assignment must follow the relinquished one (invariant 2)");
        }

        private int size() { return 4 + request.message().size() + 4 + issued.size(); }
    }

    public PendingActions {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sig, "sig");
        actions = List.copyOf(actions);
        disputes = List.copyOf(disputes);
        if (!fits(actions, disputes)) {
            throw new IllegalArgumentException("more than " + MAX_ENTRIES + " entries, or " + (signedSize(actions, disputes) + Sig.LENGTH)
                + " bytes, exceeds one message of " + Reader.MAX_MESSAGE);
        }
        for (Action a : actions) {
            if (!a.request().coinId().owner().equals(account)) throw new IllegalArgumentException("every action must be on the owner's coins");
        }
        for (ArbitrationRequest d : disputes) {
            if (!d.coin().owner().equals(account)) throw new IllegalArgumentException("every dispute must be on the owner's coins");
        }
    }

    /** Whether an answer with these actions and disputes is one decodable message: what the broker may send at once. */
    public static boolean fits(List<Action> actions, List<ArbitrationRequest> disputes) {
        return actions.size() <= MAX_ENTRIES && disputes.size() <= MAX_ENTRIES && signedSize(actions, disputes) + Sig.LENGTH <= Reader.MAX_MESSAGE;
    }

    public static byte[] signedBytes(PeerId account, long nonce, List<Action> actions, List<ArbitrationRequest> disputes, boolean more) {
        return writeSigned(new Writer(signedSize(actions, disputes)), account, nonce, actions, disputes, more).bytes();
    }

    private static int signedSize(List<Action> actions, List<ArbitrationRequest> disputes) {
        int n = 1 + PeerId.LENGTH + 8 + 1 + Codec.listSize(disputes) + 1;
        for (int i = 0; i < actions.size(); i++) n += actions.get(i).size();
        return n;
    }

    private static Writer writeSigned(Writer w, PeerId account, long nonce, List<Action> actions, List<ArbitrationRequest> disputes, boolean more) {
        w.u8(Tag.PENDING_ACTIONS).peer(account).i64(nonce).u8(actions.size());
        for (int i = 0; i < actions.size(); i++) w.nested(actions.get(i).request().message()).nested(actions.get(i).issued());
        return Codec.writeList(w, disputes).bool(more);
    }

    public byte[] signedBytes() { return signedBytes(account, nonce, actions, disputes, more); }

    @Override public int size() { return signedSize(actions, disputes) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, account, nonce, actions, disputes, more).sig(sig); }

    @Override public int signatures() {
        return 1 + actions.stream().mapToInt(a -> a.request().message().signatures() + a.issued().signatures()).sum()
            + disputes.stream().mapToInt(Message::signatures).sum();
    }

    @Override public int identities() {
        return 1 + actions.stream().mapToInt(a -> a.request().message().identities() + a.issued().identities()).sum()
            + disputes.stream().mapToInt(Message::identities).sum();
    }

    static PendingActions read(Reader r) throws PPayException {
        PeerId account = r.peer();
        long nonce = r.i64();
        int n = r.u8();
        List<Action> actions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Relinquishment request = Codec.readNested(r, Relinquishment.class);
            Assignment issued = Codec.readNested(r, Assignment.class);
            actions.add(Codec.build(() -> new Action(request, issued)));
        }
        List<ArbitrationRequest> disputes = Codec.readList(r, r.u8(), ArbitrationRequest.class);
        boolean more = r.bool();
        return Codec.build(() -> new PendingActions(account, nonce, actions, disputes, more, r.sig()));
    }
}
