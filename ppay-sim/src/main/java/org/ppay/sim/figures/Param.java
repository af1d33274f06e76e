package org.ppay.sim.figures;

import java.util.Locale;
import org.ppay.core.Params;
import org.ppay.sim.Scheme;
import org.ppay.sim.SimConfig;

/**
 * A Table 1 parameter that a figure varies along its x axis, across its series, or fixes. Each knows how to
 * set itself on a {@link SimConfig}, how to print a value, and whether its values are numbers (line charts
 * need a numeric x).
 */
public enum Param {
    DOWNTIME_MULTIPLIER("Downtime Multiplier", "DM", true),
    MAX_LAYERS("Max Layers", "layers", true),
    RENEWAL_WAIT_DAYS("Renewal Wait (days)", "RW", true),
    CREDIT_WINDOW_SIZE("Credit Window Size", "x", true),
    CREDIT_WINDOW_TYPE("Credit Window Type", "type", false),
    SCHEME("Scheme", "scheme", false),
    LAZY_PERCENT("Percent Lazy Nodes", "lazy", true),
    NET_LOSS_CAP("Net Loss Cap", "cap", true),
    DAYS("Simulated days", "days", true);

    /** The paper's Net Loss Cap of ∞, as {@link SimConfig#netLossCap()} spells it. */
    public static final long NO_CAP = Long.MAX_VALUE;

    private final String label;
    private final String shortName;
    private final boolean numeric;

    Param(String label, String shortName, boolean numeric) {
        this.label = label; this.shortName = shortName; this.numeric = numeric;
    }

    /** The axis or legend title, as the paper names the parameter. */
    public String label() { return label; }

    /** A short name for progress lines, e.g. {@code DM}. */
    public String shortName() { return shortName; }

    public boolean numeric() { return numeric; }

    /** {@code c} with this parameter set to {@code value} (a Number, {@link Scheme} or credit window type). */
    public SimConfig apply(SimConfig c, Object value) {
        return switch (this) {
            case DOWNTIME_MULTIPLIER -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), num(value),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), c.scheme(), c.netLossCap(), c.days(),
                c.lazyPercent(), c.seed());
            case MAX_LAYERS -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), (int) num(value), c.renewalWaitDays(), c.scheme(), c.netLossCap(), c.days(),
                c.lazyPercent(), c.seed());
            case RENEWAL_WAIT_DAYS -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), num(value), c.scheme(), c.netLossCap(), c.days(),
                c.lazyPercent(), c.seed());
            case CREDIT_WINDOW_SIZE -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                (int) num(value), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), c.scheme(), c.netLossCap(), c.days(),
                c.lazyPercent(), c.seed());
            case CREDIT_WINDOW_TYPE -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), (Params.CreditWindowType) value, c.maxLayers(), c.renewalWaitDays(), c.scheme(), c.netLossCap(),
                c.days(), c.lazyPercent(), c.seed());
            case SCHEME -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), (Scheme) value, c.netLossCap(), c.days(),
                c.lazyPercent(), c.seed());
            case LAZY_PERCENT -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), c.scheme(), c.netLossCap(), c.days(),
                num(value), c.seed());
            case NET_LOSS_CAP -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), c.scheme(), ((Number) value).longValue(),
                c.days(), c.lazyPercent(), c.seed());
            case DAYS -> new SimConfig(c.peers(), c.cacheSize(), c.queryRate(), c.lifespanMultiplier(), c.downtimeMultiplier(),
                c.creditWindowSize(), c.creditWindowType(), c.maxLayers(), c.renewalWaitDays(), c.scheme(), c.netLossCap(), num(value),
                c.lazyPercent(), c.seed());
        };
    }

    /** The value as a number on a chart axis; ∞ caps are not plotted on an axis (they are series). */
    public double asDouble(Object value) {
        if (!numeric) throw new IllegalArgumentException(this + " is not numeric");
        return num(value);
    }

    /** How a value prints in CSVs, legends and progress lines: {@code 20}, {@code 1.5}, {@code ppay*}, {@code scw}, {@code inf}. */
    public String format(Object value) {
        if (value instanceof Scheme s) {
            return switch (s) { case PPAY -> "PPay"; case PPAY_STAR -> "PPay*"; case RM -> "RM"; };
        }
        if (value instanceof Params.CreditWindowType t) return t == Params.CreditWindowType.SCW ? "SCW" : "Payword";
        if (this == NET_LOSS_CAP && ((Number) value).longValue() == NO_CAP) return "inf";
        return number(num(value));
    }

    /** A value as it appears in a legend, e.g. {@code 25% lazy} or {@code cap 500}. */
    public String legend(Object value) {
        return switch (this) {
            case LAZY_PERCENT -> format(value) + "% lazy";
            case NET_LOSS_CAP -> "cap " + format(value);
            default -> format(value);
        };
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%s", d);
    }

    private static double num(Object value) {
        if (value instanceof Number n) return n.doubleValue();
        throw new IllegalArgumentException("not a number: " + value);
    }
}
