package org.ppay.node.wire;

import java.util.Base64;
import org.ppay.core.PeerId;
import org.ppay.core.msg.CoinId;

/**
 * How identities and coins are written in JSON, headers and on the command line: a peer is its public key in
 * base64url without padding (it fits a URL path), a coin is {@code OWNER:SERIAL}.
 */
public final class Ids {
    private Ids() {}

    public static String text(PeerId p) { return base64(p.key()); }

    public static String base64(byte[] bytes) { return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); }

    /** @throws IllegalArgumentException for text that is not base64url */
    public static byte[] bytes(String text) { return Base64.getUrlDecoder().decode(text); }

    /** @throws IllegalArgumentException for text that is not a 32-byte key in base64url */
    public static PeerId peer(String text) {
        if (text == null) throw new IllegalArgumentException("a peer is a public key in base64url");
        return new PeerId(bytes(text));
    }

    public static String text(CoinId c) { return text(c.owner()) + ":" + c.sn(); }

    /** @throws IllegalArgumentException for text that is not OWNER:SERIAL */
    public static CoinId coin(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon < 0) throw new IllegalArgumentException("a coin is OWNER:SERIAL");
        return new CoinId(peer(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }
}
