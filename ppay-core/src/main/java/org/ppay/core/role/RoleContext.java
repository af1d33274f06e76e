package org.ppay.core.role;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.RawCoin;

/**
 * What a role acts with: its key, the verifier, the broker's identity, the parameters, and the meter its work is
 * reported to (Section 6.2). It also signs and checks signatures for the role, charging each to the meter under
 * the task the caller names. One context per party: a peer's owner and holder share it, and with it the coins
 * the peer has already verified.
 */
public final class RoleContext {
    private final Signer signer;
    private final Verifier verifier;
    private final PeerId broker;
    private final Params params;
    private final CostMeter meter;
    private final Hasher hasher;
    /**
     * Coins (with their certificates) this party has verified: a peer checks a coin's signatures once and
     * remembers them, as any implementation would, so the meter counts what a real peer does (Section 3 prices
     * a reassignment at 4 verifications, not at re-checking the coin every time).
     */
    private final Map<CoinId, Coin> verifiedCoins = new HashMap<>();

    public RoleContext(Signer signer, Verifier verifier, PeerId broker, Params params, CostMeter meter) {
        this(signer, verifier, Hasher.SHA256, broker, params, meter);
    }

    /** A context whose hash chains use {@code hasher} (the simulator's counting stand-in, say). */
    public RoleContext(Signer signer, Verifier verifier, Hasher hasher, PeerId broker, Params params, CostMeter meter) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.params = Objects.requireNonNull(params, "params");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /** This party's identity: its public key. */
    public PeerId id() { return signer.id(); }

    public Signer signer() { return signer; }

    public Verifier verifier() { return verifier; }

    public Hasher hasher() { return hasher; }

    public PeerId broker() { return broker; }

    public Params params() { return params; }

    public CostMeter meter() { return meter; }

    /** Signs {@code body} with this party's key, charging one signature generation to {@code task}. */
    public Sig sign(Task task, byte[] body) {
        meter.add(task, CostAction.SIGN);
        return signer.sign(body);
    }

    /** Checks {@code sig} over {@code body} under {@code signer}'s key, charging one verification to {@code task}. */
    public void verify(Task task, PeerId signer, byte[] body, Sig sig, String what) throws PPayException {
        meter.add(task, CostAction.VERIFY);
        if (!verifier.verify(signer, body, sig)) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, what + " is not signed by " + signer);
        }
    }

    /** A coin is genuine when the broker signed it (eq. 1) or signed the certificate it was printed under (eqs. 6, 7). */
    public void verifyCoin(Task task, Coin coin) throws PPayException {
        Coin known = verifiedCoins.get(coin.id());
        if (known == coin || coin.equals(known)) return;           // the same object, as coins travel: skip the deep compare
        if (coin instanceof RawCoin c) {
            verify(task, broker, c.signedBytes(), c.brokerSig(), "raw coin");
        } else {
            PrintedCoin c = (PrintedCoin) coin;      // Coin is sealed: raw or printed
            verify(task, broker, c.certificate().signedBytes(), c.certificate().brokerSig(), "limit certificate");
            verify(task, c.owner(), c.signedBytes(), c.ownerSig(), "printed coin");
        }
        verifiedCoins.put(coin.id(), coin);
    }

    /** Forgets a coin whose window has closed: it can never be valid again, so its check need not be kept. */
    public void forget(CoinId coin) { verifiedCoins.remove(coin); }

    /** The coin, then the owner's (or, in the downtime protocol, the broker's) signature on the assignment (eqs. 2, 5). */
    public void verifyAssignment(Task task, Assignment a) throws PPayException {
        verifyCoin(task, a.coin());
        verify(task, a.byBroker() ? broker : a.coin().owner(), a.signedBytes(), a.sig(), "assignment");
    }

    /** Checks a holding's whole chain of signatures and its layer count against Max Layers (Section 5.2). */
    public void verifyHolding(Task task, Holding h) throws PPayException { verifyHolding(task, h, params.maxLayers()); }

    /** As {@link #verifyHolding(Task, Holding)}, against another layer limit (a codec test's, say). */
    public void verifyHolding(Task task, Holding h, int maxLayers) throws PPayException {
        if (h.layers() > maxLayers) {
            throw new PPayException(ErrorCode.TOO_MANY_LAYERS, h.layers() + " layers, Max Layers is " + maxLayers);
        }
        Holding cur = h;
        while (cur instanceof LayeredCoin l) {
            verify(task, l.from(), l.signedBytes(), l.sig(), "layer");
            cur = l.inner();
        }
        verifyAssignment(task, (Assignment) cur);
    }

    /** A coin can be paid, renewed or cashed only up to the end of its renewal window (Section 5.3). */
    public static void notExpired(Holding h, long now) throws PPayException {
        if (!h.base().validAt(now)) {
            throw new PPayException(ErrorCode.EXPIRED, "renewal window closed at " + h.base().re() + ", now " + now);
        }
    }
}
