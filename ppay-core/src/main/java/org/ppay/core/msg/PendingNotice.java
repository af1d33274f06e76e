package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * Tells an online owner that the broker acted on its coins (downtime protocol, Section 3) or holds a dispute
 * for it, so it should collect them with a signed {@link CollectRequest}. Unsigned: it only prompts a request
 * that is itself signed and answered by the broker's signature, so a forged notice costs one round trip.
 */
public record PendingNotice(PeerId owner) implements Message {
    public PendingNotice { Objects.requireNonNull(owner, "owner"); }

    @Override public int size() { return 1 + PeerId.LENGTH; }

    @Override public void writeTo(Writer w) { w.u8(Tag.PENDING_NOTICE).peer(owner); }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 1; }

    static PendingNotice read(Reader r) throws PPayException {
        PeerId owner = r.peer();
        return Codec.build(() -> new PendingNotice(owner));
    }
}
