package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.role.AuditTrail;

/**
 * One holding a peer might give up twice: a copied holding, or a holding a payee refused while keeping a copy.
 * {@code trail} is the owner's trail of the coin when the record began, to tell a purged or restarted trail.
 */
final class Instance {
    final String holder;
    final Holding h;
    final CoinId id;
    final AuditTrail trail;
    final List<Use> uses = new ArrayList<>();

    Instance(String holder, Holding h, CoinId id, AuditTrail trail) {
        this.holder = holder;
        this.h = h;
        this.id = id;
        this.trail = trail;
    }

    /** Whether two of its uses are certainly different messages: the holder gave it up twice. */
    boolean givenUpTwice() {
        for (int x = 0; x < uses.size(); x++) {
            for (int y = x + 1; y < uses.size(); y++) if (Use.distinct(uses.get(x), uses.get(y))) return true;
        }
        return false;
    }
}
