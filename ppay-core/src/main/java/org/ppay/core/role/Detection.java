package org.ppay.core.role;

import org.ppay.core.PeerId;
import org.ppay.core.msg.CoinId;

/** A fraud the broker proved and attributed (Theorem 1): who, on which coin, and how. */
public record Detection(PeerId culprit, CoinId coin, Kind kind) {
    public enum Kind {
        /** A holder gave one assignment up twice (two relinquishments, or relinquished then cashed). */
        HOLDER_DOUBLE_SPEND,
        /** An owner issued two valid assignments of one coin, or printed a serial twice (Sections 4.1, 5.1). */
        OWNER_DOUBLE_SPEND,
        /** An owner denied a valid assignment it could not refute (Section 4.1, wrongful denial). */
        WRONGFUL_DENIAL,
        /** An owner issued an assignment with a tampered renewal window (Section 5.3). */
        WINDOW_TAMPERING
    }
}
