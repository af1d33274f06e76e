package org.ppay.node.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Signer;

/**
 * A party's Ed25519 key as a 32-byte seed in a file only its owner may read or write (mode 0600), made with fresh
 * randomness the first time; a file others can read is refused, since whoever reads it can spend as its owner. Other
 * secrets (a daemon's API token) are kept the same way.
 */
public final class KeyFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFile() {}

    /**
     * The key in {@code file}, made if the file does not exist.
     *
     * @throws IOException when the file cannot be read or made, is not 32 bytes, or others may read it
     */
    public static Signer loadOrCreate(Path file, CryptoProvider crypto) throws IOException {
        byte[] seed = secret(file, () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return fresh;
        });
        if (seed.length != 32) throw new IOException(file + " is not a key: it holds " + seed.length + " bytes, not a 32-byte seed");
        return crypto.signer(seed);
    }

    /**
     * The secret in {@code file}, made by {@code make} and written with mode 0600 if the file does not exist.
     *
     * @throws IOException when the file cannot be read or made, or others may read it
     */
    public static byte[] secret(Path file, java.util.function.Supplier<byte[]> make) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.write(file, make.get());
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use theirs
            }
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(perms)) {
            throw new IOException(file + " may be read by others (" + PosixFilePermissions.toString(perms) + "): chmod 600 it first");
        }
        return Files.readAllBytes(file);
    }
}
