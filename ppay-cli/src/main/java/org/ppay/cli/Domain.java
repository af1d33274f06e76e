package org.ppay.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ppay.core.Params;
import org.ppay.crypto.Providers;
import org.ppay.sim.SimConfig;
import org.ppay.sim.cost.CostModels;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values a flag accepts, said in words, so that a refusal names what would have been accepted: a converter
 * that is a {@code Domain} refuses everything outside it at parse time, before any work starts, and
 * {@link Problems} completes "--flag must be ..." with {@link #describe()}.
 */
interface Domain {
    /** The accepted values, completing "--flag must be ...": "an integer of at least 2". */
    String describe();

    /** A refusal of {@code value}; {@link Problems} words the line the user sees. */
    default TypeConversionException refuse(String value) { return new TypeConversionException("must be " + describe() + ", not '" + value + "'"); }

    /** {@code value} read by {@code parse} if it reads and is {@code inside} the domain. @throws TypeConversionException otherwise */
    default <T> T read(String value, Function<String, T> parse, Predicate<T> inside) {
        try {
            T t = parse.apply(value.strip());
            if (inside.test(t)) return t;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refuse(value);
    }

    /** Integers in [min, max]. */
    abstract class Ints implements ITypeConverter<Integer>, Domain {
        private final int min, max;

        Ints(int min, int max) { this.min = min; this.max = max; }

        @Override public Integer convert(String v) { return read(v, Integer::valueOf, n -> n >= min && n <= max); }

        @Override public String describe() {
            return max == Integer.MAX_VALUE ? "an integer of at least " + min : "an integer from " + min + " to " + max;
        }
    }

    /** Finite numbers above {@code min} (or from it, when {@code minIncluded}) and at most {@code max}. */
    abstract class Numbers implements ITypeConverter<Double>, Domain {
        private final double min, max;
        private final boolean minIncluded;

        Numbers(double min, boolean minIncluded, double max) { this.min = min; this.minIncluded = minIncluded; this.max = max; }

        @Override public Double convert(String v) {
            return read(v, Double::valueOf, d -> Double.isFinite(d) && (d > min || d == min && minIncluded) && d <= max);
        }

        @Override public String describe() {
            String low = (minIncluded ? "from " : "above ") + OptionDefaults.plain(min);
            if (max == Double.MAX_VALUE) return "a finite number " + low;
            return "a number " + low + (minIncluded ? " to " : " and at most ") + OptionDefaults.plain(max);
        }
    }

    /** One of a fixed list of words. */
    abstract class Words implements ITypeConverter<String>, Domain {
        private final List<String> words;

        Words(List<String> words) { this.words = words; }

        @Override public String convert(String v) {
            if (!words.contains(v)) throw refuse(v);
            return v;
        }

        @Override public String describe() { return "one of " + String.join(", ", words); }
    }

    /** Network Size: at least 2; how many fit is the heap's to say ({@link HeapCheck}). */
    final class Peers extends Ints {
        Peers() { super(2, Integer.MAX_VALUE); }
    }

    /** Seeds per configuration of {@code ppay figures}. */
    final class Seeds extends Ints {
        Seeds() { super(1, org.ppay.sim.figures.SweepSettings.MAX_SEEDS); }
    }

    final class PositiveInt extends Ints {
        PositiveInt() { super(1, Integer.MAX_VALUE); }
    }

    final class Layers extends Ints {
        Layers() { super(0, Params.MAX_LAYERS); }
    }

    /** Simulated days: finite, and no more than {@link SimConfig#MAX_DAYS}. */
    final class Days extends Numbers {
        Days() { super(0, false, SimConfig.MAX_DAYS); }
    }

    final class Positive extends Numbers {
        Positive() { super(0, false, Double.MAX_VALUE); }
    }

    final class Percent extends Numbers {
        Percent() { super(0, true, 100); }
    }

    /** Seconds per figure of {@code bench crypto}. */
    final class Seconds extends Ints {
        Seconds() { super(1, BenchCommand.MAX_SECONDS); }
    }

    /** How many coins the broker bench cashes each way. */
    final class Coins extends Ints {
        Coins() { super(100, 1_000_000); }
    }

    /** Honest peer daemons of {@code ppay demo}: one process each, on 2 cores. */
    final class DemoPeers extends Ints {
        DemoPeers() { super(DemoConfig.MIN_PEERS, DemoConfig.MAX_PEERS); }
    }

    /** Minutes of the demo's workload. */
    final class DemoMinutes extends Numbers {
        DemoMinutes() { super(0, false, DemoConfig.MAX_MINUTES); }
    }

    /** The signature providers a user may choose: real Ed25519 only. */
    final class Crypto extends Words {
        Crypto() { super(Providers.ED25519); }
    }

    /**
     * The price list: {@code paper-era} (also {@code paper}, the name it had) or {@code measured}; read as the name
     * the output uses, so {@code --costs paper-era} is accepted as printed.
     */
    final class Costs implements Spelling<String>, Domain {
        static final String PAPER = "paper";

        @Override public String convert(String v) {
            String name = v.strip().toLowerCase(Locale.ROOT);
            if (name.equals(PAPER)) return CostModels.PAPER_ERA;
            if (name.equals(CostModels.PAPER_ERA) || name.equals(CostModels.MEASURED)) return name;
            throw refuse(v);
        }

        @Override public String spell(String value) { return value; }

        @Override public String describe() { return "one of " + CostModels.PAPER_ERA + " (or " + PAPER + "), " + CostModels.MEASURED; }
    }

    /** A directory to write into: any non-blank path; {@link OutputDirectory} checks, before the work, that it can be written. */
    final class OutDir implements ITypeConverter<Path>, Domain {
        @Override public Path convert(String v) {
            if (v.isBlank()) throw refuse(v);
            try {
                return Path.of(v);
            } catch (java.nio.file.InvalidPathException e) {
                throw refuse(v);
            }
        }

        @Override public String describe() { return "a writable directory (created if missing)"; }
    }
}
