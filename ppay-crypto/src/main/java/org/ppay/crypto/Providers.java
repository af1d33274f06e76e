package org.ppay.crypto;

import java.util.List;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.JdkEd25519;

/** Looks providers up by name, so a command-line option or scenario file can choose the signature scheme. */
public final class Providers {
    /** BouncyCastle: the fastest real Ed25519 available here. A compile-time constant, so usable in annotations. */
    public static final String DEFAULT = BcEd25519.NAME;

    /** The real Ed25519 providers, default first: what a user may choose ({@code counting-fake} only stands in for the simulator). */
    public static final List<String> ED25519 = List.of(BcEd25519.NAME, "jdk-ed25519");

    /** Every accepted name, default first. */
    public static final List<String> NAMES = List.of(ED25519.get(0), ED25519.get(1), "counting-fake");

    private Providers() {}

    /** A new provider of that name; throws {@link IllegalArgumentException} naming the valid ones otherwise. */
    public static CryptoProvider byName(String name) {
        return switch (name == null ? "" : name) {
            case BcEd25519.NAME -> new BcEd25519();
            case "jdk-ed25519" -> new JdkEd25519();
            case "counting-fake" -> new CountingCrypto();
            default -> throw new IllegalArgumentException(
                "unknown crypto provider '" + name + "'; valid names: " + String.join(", ", NAMES));
        };
    }
}
