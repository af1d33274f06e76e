package org.ppay.core.role;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.RawCoin;

/**
 * The signature checks every role makes on coins and holdings, each charged to the caller's meter. A coin
 * is genuine when the broker signed it (eq. 1) or signed the certificate it was printed under (eqs. 6, 7).
 */
public final class Checks {
    private final Verifier verifier;
    private final PeerId broker;
    private final CostMeter meter;
    /**
     * Coins (with their certificates) this peer has verified: a peer checks a coin's signatures once and
     * remembers them, as any implementation would, so the meter counts what a real peer does (Section 3
     * prices a reassignment at 4 verifications, not at re-checking the coin every time).
     */
    private final java.util.Map<org.ppay.core.msg.CoinId, Coin> verifiedCoins = new java.util.HashMap<>();

    public Checks(Verifier verifier, PeerId broker, CostMeter meter) {
        this.verifier = verifier;
        this.broker = broker;
        this.meter = meter;
    }

    public PeerId broker() { return broker; }

    public CostMeter meter() { return meter; }

    public void signature(PeerId signer, byte[] body, Sig sig, String what) throws PPayException {
        meter.add(CostAction.VERIFY);
        if (!verifier.verify(signer, body, sig)) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, what + " is not signed by " + signer);
        }
    }

    public void coin(Coin coin) throws PPayException {
        Coin known = verifiedCoins.get(coin.id());
        if (known == coin || coin.equals(known)) return;           // the same object, as coins travel: skip the deep compare
        if (coin instanceof RawCoin c) {
            signature(broker, c.signedBytes(), c.brokerSig(), "raw coin");
        } else {
            PrintedCoin c = (PrintedCoin) coin;      // Coin is sealed: raw or printed
            signature(broker, c.certificate().signedBytes(), c.certificate().brokerSig(), "limit certificate");
            signature(c.owner(), c.signedBytes(), c.ownerSig(), "printed coin");
        }
        verifiedCoins.put(coin.id(), coin);
    }

    /** Forgets a coin whose window has closed: it can never be valid again, so its check need not be kept. */
    public void forget(org.ppay.core.msg.CoinId coin) { verifiedCoins.remove(coin); }

    public void assignment(Assignment a) throws PPayException {
        coin(a.coin());
        signature(a.byBroker() ? broker : a.coin().owner(), a.signedBytes(), a.sig(), "assignment");
    }

    /** Checks a holding's whole chain of signatures and its layer count against Max Layers. */
    public void holding(Holding h, int maxLayers) throws PPayException {
        if (h.layers() > maxLayers) {
            throw new PPayException(ErrorCode.TOO_MANY_LAYERS, h.layers() + " layers, Max Layers is " + maxLayers);
        }
        Holding cur = h;
        while (cur instanceof LayeredCoin l) {
            signature(l.from(), l.signedBytes(), l.sig(), "layer");
            cur = l.inner();
        }
        assignment((Assignment) cur);
    }

    /** A coin can be paid, renewed or cashed only up to the end of its renewal window (Section 5.3). */
    public static void notExpired(Holding h, long now) throws PPayException {
        if (!h.base().validAt(now)) {
            throw new PPayException(ErrorCode.EXPIRED, "renewal window closed at " + h.base().re() + ", now " + now);
        }
    }
}
