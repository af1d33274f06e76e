package org.ppay.sim.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostAction;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.crypto.BcEd25519;

/**
 * The two price lists for the core's macro actions (docs/cost-model.md).
 *
 * <ul>
 *   <li>{@link #paperEra()}: RSA-1024, SHA-1 and UDP/IPv4 costs of 2001–2003 hardware, each derived from a
 *       cited figure in {@code paper-era.properties}. Used to compare with the paper's loads.</li>
 *   <li>{@link #measured(int)}: this machine's Ed25519 and SHA-256 costs, in cycles, with the paper-era
 *       per-message and per-byte costs kept (the simulator sends no real packets, so there is nothing of
 *       ours to time there; the host network stack dominates that cost and is not Java code).</li>
 * </ul>
 *
 * Loads follow Section 6.1: Hz = Σ count(a) × cycles(a) / simulated seconds, and bps = 8 × bytes on the wire /
 * simulated seconds, where a message's wire size is its encoded size plus {@link CostModel#headerBytes()},
 * rescaled from our 64-byte signatures and 32-byte keys to the model's {@link CostModel#signatureBytes()}
 * and {@link CostModel#keyBytes()}.
 */
public final class CostModels {
    /**
     * The actions that cost processing. {@link CostAction#PROOF_STORED} and {@link CostAction#PROOF_PURGED}
     * are left out on purpose: they feed the paper's separate "state" metric (number of stored proofs).
     */
    public static final Set<CostAction> PRICED = Collections.unmodifiableSet(EnumSet.of(
        CostAction.SIGN, CostAction.VERIFY, CostAction.HASH,
        CostAction.MESSAGE_SENT, CostAction.BYTES_SENT, CostAction.MESSAGE_RECEIVED, CostAction.BYTES_RECEIVED));

    public static final String PAPER_ERA = "paper-era";
    public static final String MEASURED = "measured";

    /** Clock assumed when /proc/cpuinfo gives none (not Linux, or a sandbox): 2.0 GHz, named in the model. */
    public static final double NOMINAL_HZ = 2.0e9;

    /** Our encodings' sizes: Ed25519 signatures and public keys (which are also our peer identities). */
    public static final int ED25519_SIGNATURE_BYTES = 64;
    public static final int ED25519_KEY_BYTES = 32;

    static final String PAPER_ERA_RESOURCE = "paper-era.properties";
    private static final String CYCLES_PREFIX = "cycles.";
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    /** About the size of a signed PPay message body (an assignment or a reassignment request). */
    private static final int MESSAGE_BYTES = 200;
    /** Every hash the core counts is over 32 (payword step, commitment) or 64 bytes (lottery draw). */
    private static final int HASH_INPUT_BYTES = 32;
    private static final int HASHES_PER_CALL = 64;

    /** Written once per measurement so the JIT cannot drop the measured work. */
    private static volatile long sink;

    private CostModels() {}

    /** The paper-era model, loaded from {@code paper-era.properties} next to this class. */
    public static CostModel paperEra() {
        return PaperEraHolder.MODEL;
    }

    private static final class PaperEraHolder {
        static final CostModel MODEL = load(PAPER_ERA, PAPER_ERA_RESOURCE);
    }

    static CostModel load(String name, String resource) {
        try (InputStream in = CostModels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("cost model resource " + resource + " is missing");
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return fromProperties(name, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cost model resource " + resource, e);
        }
    }

    /**
     * Builds a model from {@code cycles.<CostAction>}, {@code headerBytes}, {@code signatureBytes} and
     * {@code keyBytes}. Every action in {@link #PRICED} must be given; values must be positive and finite;
     * unknown keys are refused, so a typo cannot silently price an action at zero.
     */
    static CostModel fromProperties(String name, Properties p) {
        Map<CostAction, Double> cycles = new EnumMap<>(CostAction.class);
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(CYCLES_PREFIX)) {
                String actionName = key.substring(CYCLES_PREFIX.length());
                CostAction action;
                try {
                    action = CostAction.valueOf(actionName);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("unknown action in cost model key " + key, e);
                }
                cycles.put(action, positive(key, p.getProperty(key)));
            } else if (!key.equals("headerBytes") && !key.equals("signatureBytes") && !key.equals("keyBytes")) {
                throw new IllegalStateException("unknown cost model key " + key);
            }
        }
        Set<CostAction> missing = EnumSet.copyOf(PRICED);
        missing.removeAll(cycles.keySet());
        if (!missing.isEmpty()) throw new IllegalStateException("cost model " + name + " does not price " + missing);
        return new CostModel(name, cycles, bytes(p, "headerBytes"), bytes(p, "signatureBytes"), bytes(p, "keyBytes"));
    }

    private static double positive(String key, String value) {
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("cost model value " + key + "=" + value + " is not a number", e);
        }
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalStateException("cost model value " + key + "=" + value + " must be positive and finite");
        return v;
    }

    private static int bytes(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) throw new IllegalStateException("cost model key " + key + " is missing");
        int v;
        try {
            v = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("cost model value " + key + "=" + value + " is not an integer", e);
        }
        if (v <= 0) throw new IllegalStateException("cost model value " + key + "=" + value + " must be positive");
        return v;
    }

    /**
     * Times Ed25519 sign and verify ({@link BcEd25519}, the default provider) and the core's SHA-256
     * ({@link Hashes#sha256(byte[])}) on this machine, about {@code millis} ms in all, and converts the
     * times to cycles with {@link #machineClock()}. Messages and bytes keep the paper-era costs and header;
     * sizes are our encodings' (64-byte signatures, 32-byte keys). Named "measured", or "measured (nominal
     * 2.0 GHz clock)" when the clock could not be read. A short run (a few hundred ms) gives the order of
     * magnitude; use a second or more per call for figures worth quoting.
     */
    public static CostModel measured(int millis) {
        if (millis < 3) throw new IllegalArgumentException("measure for at least 3 ms, got " + millis);
        long sliceNanos = millis * 1_000_000L / 3;
        Clock clock = machineClock();

        byte[] seed = new byte[32];
        byte[] message = new byte[MESSAGE_BYTES];
        for (int i = 0; i < seed.length; i++) seed[i] = (byte) (31 * i + 7);
        for (int i = 0; i < message.length; i++) message[i] = (byte) (17 * i + 3);
        BcEd25519 provider = new BcEd25519();
        Signer signer = provider.signer(seed);
        Verifier verifier = provider.verifier();
        PeerId id = signer.id();
        Sig sig = signer.sign(message);

        byte[] toSign = message.clone();
        double signSeconds = secondsPerOp(sliceNanos, 1, () -> {
            toSign[0]++; // a different message each time, as in real traffic
            return signer.sign(toSign).hashCode();
        });
        double verifySeconds = secondsPerOp(sliceNanos, 1, () -> {
            if (!verifier.verify(id, message, sig)) throw new IllegalStateException("Ed25519 rejected a good signature");
            return 1;
        });
        byte[] hashInput = new byte[HASH_INPUT_BYTES];
        double hashSeconds = secondsPerOp(sliceNanos, HASHES_PER_CALL, () -> {
            for (int i = 0; i < HASHES_PER_CALL; i++) {
                System.arraycopy(Hashes.sha256(hashInput), 0, hashInput, 0, HASH_INPUT_BYTES); // chained: none can be skipped
            }
            return hashInput[0];
        });

        CostModel era = paperEra();
        Map<CostAction, Double> cycles = new EnumMap<>(CostAction.class);
        cycles.put(CostAction.SIGN, signSeconds * clock.hz());
        cycles.put(CostAction.VERIFY, verifySeconds * clock.hz());
        cycles.put(CostAction.HASH, hashSeconds * clock.hz());
        for (CostAction a : EnumSet.of(CostAction.MESSAGE_SENT, CostAction.BYTES_SENT, CostAction.MESSAGE_RECEIVED, CostAction.BYTES_RECEIVED)) {
            cycles.put(a, era.cyclesOf(a));
        }
        String name = clock.fromCpuinfo()
            ? MEASURED
            : String.format(Locale.ROOT, "%s (nominal %.1f GHz clock)", MEASURED, NOMINAL_HZ / 1e9);
        return new CostModel(name, cycles, era.headerBytes(), ED25519_SIGNATURE_BYTES, ED25519_KEY_BYTES);
    }

    /** One call of the measured work; returns something derived from its result. */
    @FunctionalInterface
    private interface Work {
        long run();
    }

    /** A quarter of the slice warms up the JIT; the rest is timed. At least one call is always timed. */
    private static double secondsPerOp(long sliceNanos, int opsPerCall, Work work) {
        long acc = 0;
        long warmUp = sliceNanos / 4;
        long start = System.nanoTime();
        while (System.nanoTime() - start < warmUp) acc += work.run();
        long calls = 0;
        long elapsed;
        start = System.nanoTime();
        do {
            acc += work.run();
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < sliceNanos - warmUp);
        sink = acc;
        return Math.max(elapsed, 1L) / 1e9 / ((double) calls * opsPerCall);
    }

    /** The clock used to turn seconds into cycles, and whether it was read from the machine. */
    public record Clock(double hz, boolean fromCpuinfo) {}

    /** This machine's clock from /proc/cpuinfo, or {@link #NOMINAL_HZ} when it cannot be read. */
    public static Clock machineClock() {
        try {
            OptionalDouble mhz = cpuMhz(Files.readAllLines(CPUINFO, StandardCharsets.UTF_8));
            if (mhz.isPresent()) return new Clock(mhz.getAsDouble() * 1e6, true);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // not Linux, or not readable here: fall back to the nominal clock, which the model's name reports
        }
        return new Clock(NOMINAL_HZ, false);
    }

    /**
     * The highest "cpu MHz" in /proc/cpuinfo lines. The highest, because idle cores may report a lowered
     * frequency while the measuring thread keeps its own core busy. Empty when no line parses to a positive
     * finite number.
     */
    static OptionalDouble cpuMhz(List<String> cpuinfoLines) {
        double best = Double.NaN;
        for (String line : cpuinfoLines) {
            if (!line.startsWith("cpu MHz")) continue;
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            try {
                double v = Double.parseDouble(line.substring(colon + 1).trim());
                if (v > 0 && !Double.isInfinite(v) && (Double.isNaN(best) || v > best)) best = v;
            } catch (NumberFormatException e) {
                // a malformed line is skipped, not fatal
            }
        }
        return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}
