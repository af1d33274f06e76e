package org.ppay.sim.figures;

import java.util.Locale;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
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
        SimConfig.Builder b = c.toBuilder();
        return (switch (this) {
            case DOWNTIME_MULTIPLIER -> b.downtimeMultiplier(num(value));
            case MAX_LAYERS -> b.maxLayers((int) num(value));
            case RENEWAL_WAIT_DAYS -> b.renewalWaitDays(num(value));
            case CREDIT_WINDOW_SIZE -> b.creditWindowSize((int) num(value));
            case CREDIT_WINDOW_TYPE -> b.creditWindowType((Params.CreditWindowType) value);
            case SCHEME -> b.scheme((Scheme) value);
            case LAZY_PERCENT -> b.lazyPercent(num(value));
            case NET_LOSS_CAP -> b.netLossCap(((Number) value).longValue());
            case DAYS -> b.days(num(value));
        }).build();
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
