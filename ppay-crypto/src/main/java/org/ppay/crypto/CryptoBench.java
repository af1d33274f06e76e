package org.ppay.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.JdkEd25519;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * A quick single-threaded throughput check of the two real Ed25519 providers and of SHA-256, so that the
 * choice of default provider (and of JDK hashing in the core) rests on numbers from this machine. It is a
 * tool, not a test: timings vary too much between machines to assert on. Figures are ops/s after a ~1 s
 * warm-up; ratios are BC/JDK from the same run.
 */
public final class CryptoBench {
    private static final int MESSAGE_BYTES = 200;
    private static final int HASH_INPUT_BYTES = 64;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    /** Every result is added here; a static field's writes are observable, so the JIT cannot drop the work. */
    private static long sink;

    private CryptoBench() {}

    public static void main(String[] args) {
        System.out.print(run(3));
    }

    /** Runs every measurement for {@code seconds} seconds each and returns the results as a plain-text table. */
    public static String run(int seconds) {
        if (seconds < 1) throw new IllegalArgumentException("seconds must be at least 1");
        long nanos = seconds * 1_000_000_000L;
        byte[] seed = new byte[32];
        byte[] message = new byte[MESSAGE_BYTES];
        Random random = new Random(2003);
        random.nextBytes(seed);
        random.nextBytes(message);

        CryptoProvider bc = new BcEd25519();
        CryptoProvider jdk = new JdkEd25519();
        double bcSign = rate(signing(bc, seed, message), nanos, 1);
        double jdkSign = rate(signing(jdk, seed, message), nanos, 1);
        double bcVerify = rate(verifying(bc, seed, message), nanos, 1);
        double jdkVerify = rate(verifying(jdk, seed, message), nanos, 1);
        double bcHash = rate(bcSha256(), nanos, 1024);
        double jdkHash = rate(jdkSha256(), nanos, 1024);
        double coreHash = rate(coreSha256(), nanos, 1024);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "PPay crypto bench: single thread, %d s per figure after ~1 s warm-up, Java %s on %s%n",
            seconds, System.getProperty("java.version"), System.getProperty("os.arch")));
        out.append(String.format(Locale.ROOT, "%-32s %14s %14s %8s%n", "operation", "BC ops/s", "JDK ops/s", "BC/JDK"));
        row(out, "Ed25519 sign, " + MESSAGE_BYTES + " B message", bcSign, jdkSign);
        row(out, "Ed25519 verify, " + MESSAGE_BYTES + " B message", bcVerify, jdkVerify);
        row(out, "SHA-256, " + HASH_INPUT_BYTES + " B input", bcHash, jdkHash);
        out.append(String.format(Locale.ROOT, "%-32s %14s %,14.0f %8.2f%n", "  JDK via Hashes.sha256", "", coreHash, bcHash / coreHash));
        out.append("BC: " + BcEd25519.NAME + " (rfc8032.Ed25519) and SHA256Digest; JDK: " + jdk.name()
            + " (SunEC) and one reused MessageDigest.\n"
            + "Verify checks one signer's signature over and over (BC's decoded-key cache hits); "
            + "Hashes.sha256 reuses one MessageDigest per thread.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, double bc, double jdk) {
        out.append(String.format(Locale.ROOT, "%-32s %,14.0f %,14.0f %8.2f%n", label, bc, jdk, bc / jdk));
    }

    /**
     * Calls {@code batch} (which performs {@code opsPerCall} operations) for the warm-up, then for
     * {@code nanos}, and returns operations per second of the second phase.
     */
    private static double rate(LongSupplier batch, long nanos, int opsPerCall) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) sink += batch.getAsLong();
        long calls = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            sink += batch.getAsLong();
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return calls * (double) opsPerCall * 1e9 / elapsed;
    }

    private static LongSupplier signing(CryptoProvider provider, byte[] seed, byte[] message) {
        Signer signer = provider.signer(seed);
        byte[] m = message.clone();
        return () -> {
            Sig sig = signer.sign(m);
            m[0]++; // a different message each time, as in real traffic
            return sig.hashCode();
        };
    }

    private static LongSupplier verifying(CryptoProvider provider, byte[] seed, byte[] message) {
        Signer signer = provider.signer(seed);
        PeerId id = signer.id();
        Sig sig = signer.sign(message);
        Verifier verifier = provider.verifier();
        return () -> {
            if (!verifier.verify(id, message, sig)) throw new IllegalStateException(provider.name() + " rejected a good signature");
            return 1;
        };
    }

    private static LongSupplier bcSha256() {
        SHA256Digest digest = new SHA256Digest();
        byte[] input = new byte[HASH_INPUT_BYTES];
        byte[] output = new byte[32];
        return () -> {
            for (int i = 0; i < 1024; i++) {
                digest.update(input, 0, input.length);
                digest.doFinal(output, 0);
                System.arraycopy(output, 0, input, 0, output.length); // chain, so no hash can be skipped
            }
            return input[0];
        };
    }

    private static LongSupplier jdkSha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        byte[] input = new byte[HASH_INPUT_BYTES];
        return () -> {
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(digest.digest(input), 0, input, 0, 32);
            }
            return input[0];
        };
    }

    private static LongSupplier coreSha256() {
        byte[] input = new byte[HASH_INPUT_BYTES];
        return () -> {
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(Hashes.sha256(input), 0, input, 0, 32);
            }
            return input[0];
        };
    }
}
