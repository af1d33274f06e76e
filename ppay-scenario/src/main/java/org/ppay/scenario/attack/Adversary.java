package org.ppay.scenario.attack;

import org.ppay.core.PeerId;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.role.Owner;

/**
 * What a dishonest owner can sign with its own key, outside the honest {@link Owner}'s rules: the attacks
 * of Section 4 (double printing, double assignment, renewal-window tampering). Scenarios use it to check
 * that every such attack is detected and attributed. It lives with the scenario language, not in the core,
 * because nothing in the protocol path may call it.
 */
public final class Adversary {
    private Adversary() {}

    /** Prints serial {@code sn} again (Section 5.1: no different from copying a raw coin). */
    public static PrintedCoin printAgain(Signer owner, LimitCertificate cert, long sn) {
        return new PrintedCoin(sn, cert, owner.sign(PrintedCoin.signedBytes(sn, cert)));
    }

    /** Signs any assignment of an own coin: a second first-assignment, or a tampered window. */
    public static Assignment assign(Signer owner, Coin coin, PeerId holder, long seq, long ts, long rb, long re) {
        return new Assignment(holder, seq, ts, rb, re, coin, false, owner.sign(Assignment.signedBytes(holder, seq, ts, rb, re, coin)));
    }
}
