package org.ppay.node.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * A peer's word on where it can be reached, signed by its key so nobody can redirect its payments: the broker keeps
 * the newest one per peer. Peers find each other through it; what a peer says about money travels in core messages.
 */
public record Announcement(String peer, String url, long time, String sig) {
    private static final byte[] DOMAIN = "ppay-directory".getBytes(StandardCharsets.US_ASCII);

    public static byte[] signedBytes(PeerId peer, String url, long time) {
        byte[] u = url.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(DOMAIN.length + PeerId.LENGTH + 4 + u.length + 8)
            .put(DOMAIN).put(peer.key()).putInt(u.length).put(u).putLong(time).array();
    }

    public static Announcement of(Signer key, String url, long time) {
        return new Announcement(Wire.encode(key.id().key()), url, time, Wire.encode(key.sign(signedBytes(key.id(), url, time)).bytes()));
    }

    /** The announcing peer, if the announcement is well formed and its signature checks out. */
    public PeerId verified(Verifier verifier) {
        PeerId id = new PeerId(Wire.decode(peer));
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")) || url.length() > 512) throw new IllegalArgumentException("url must be http(s)://, at most 512 characters");
        if (!verifier.verify(id, signedBytes(id, url, time), new Sig(Wire.decode(sig)))) throw new SecurityException("the announcement is not signed by " + id);
        return id;
    }
}
