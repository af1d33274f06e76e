package org.ppay.core.credit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/**
 * A credit window's state per counterpart (Section 5.4), made on first use and never for the window's own
 * peer: what both kinds of window keep, whatever the state is.
 */
final class Counterparts<L> {
    private final PeerId self;
    private final Function<PeerId, L> make;
    private final Map<PeerId, L> links = new HashMap<>();

    Counterparts(PeerId self, Function<PeerId, L> make) {
        this.self = self;
        this.make = make;
    }

    /** The state kept for j, or null if none was ever made. */
    L find(PeerId j) { return links.get(j); }

    /** The state kept for j, made now if need be; INVALID_ARGUMENT for j = self. */
    L link(PeerId j) throws PPayException {
        L l = links.get(Objects.requireNonNull(j, "peer"));
        if (l != null) return l;
        if (j.equals(self)) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a peer keeps no credit window with itself");
        l = make.apply(j);
        links.put(j, l);
        return l;
    }

    Collection<L> all() { return links.values(); }
}
