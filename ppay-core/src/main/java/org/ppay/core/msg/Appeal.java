package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * A holder whose valid reassignment request R_UVX (eq. 3) the owner refused takes it to the broker (Section
 * 4.1, wrongful denial: "the burden falls upon the owner"). Unsigned envelope: the request carries the
 * holder's signature. First step without an answer (the broker replies with its one-claim inquiry); second
 * step with the owner's signed answer attached, which the broker rules on.
 */
public record Appeal(ReassignmentRequest request, ArbitrationResponse answer) implements Message {
    public Appeal {
        Objects.requireNonNull(request, "request");
        if (answer != null && !answer.coin().equals(request.coinId())) throw new IllegalArgumentException("the answer must be about the appealed coin");
    }

    @Override public int size() { return 1 + 4 + request.size() + Codec.optionalSize(answer); }

    @Override public void writeTo(Writer w) { Codec.writeOptional(w.u8(Tag.APPEAL).nested(request), answer); }

    @Override public int signatures() { return request.signatures() + (answer == null ? 0 : answer.signatures()); }

    @Override public int identities() { return request.identities() + (answer == null ? 0 : answer.identities()); }

    static Appeal read(Reader r) throws PPayException {
        ReassignmentRequest request = Codec.readNested(r, ReassignmentRequest.class);
        ArbitrationResponse answer = Codec.readOptional(r, ArbitrationResponse.class);
        return Codec.build(() -> new Appeal(request, answer));
    }
}
