package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PeerId;

/** What identifies a coin everywhere: its owner and serial number (Section 4.1: the broker records both). */
public record CoinId(PeerId owner, long sn) {
    public CoinId {
        Objects.requireNonNull(owner, "owner");
        if (sn < 0) throw new IllegalArgumentException("serial numbers are non-negative");
    }

    @Override public String toString() { return owner + "#" + sn; }
}
