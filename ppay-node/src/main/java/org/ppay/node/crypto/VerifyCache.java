package org.ppay.node.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * A verifier that checks each signature once: it remembers every (signer, message, signature) that verified, and
 * everything its own signer produced, so the coins, certificates and assignments a broker signed itself, and a
 * message checked on a request thread before the one writer serves it, cost no second verification. Thread-safe.
 */
public final class VerifyCache implements Verifier {
    private record Key(PeerId signer, ByteBuffer digest, Sig sig) {}

    private final Verifier inner;
    private final Cache<Key, Boolean> verified;
    private final LongAdder hits = new LongAdder(), misses = new LongAdder();

    public VerifyCache(Verifier inner, long entries) {
        this.inner = inner;
        this.verified = Caffeine.newBuilder().maximumSize(entries).build();
    }

    @Override public boolean verify(PeerId signer, byte[] message, Sig sig) {
        Key k = key(signer, message, sig);
        if (verified.getIfPresent(k) != null) {
            hits.increment();
            return true;
        }
        misses.increment();
        boolean ok = inner.verify(signer, message, sig);
        if (ok) verified.put(k, Boolean.TRUE);
        return ok;
    }

    /** A signer whose every signature this cache knows to be good. */
    public Signer remembering(Signer signer) {
        return new Signer() {
            @Override public PeerId id() { return signer.id(); }

            @Override public Sig sign(byte[] message) {
                Sig s = signer.sign(message);
                verified.put(key(signer.id(), message, s), Boolean.TRUE);
                return s;
            }
        };
    }

    private static Key key(PeerId signer, byte[] message, Sig sig) { return new Key(signer, ByteBuffer.wrap(Hashes.sha256(message)), sig); }

    public long hits() { return hits.sum(); }

    public long misses() { return misses.sum(); }
}
