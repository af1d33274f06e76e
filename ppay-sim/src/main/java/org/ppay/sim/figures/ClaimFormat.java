package org.ppay.sim.figures;

import java.util.Locale;

/** How a claim's numbers are written: a value as before when exact (one seed), else "mean [lo, hi]". */
final class ClaimFormat {
    private ClaimFormat() {}


    /** A load in Hz with three significant digits, e.g. {@code 3.46e5 Hz}, or {@code 3.46e5 [3.40e5, 3.52e5] Hz}. */
    static String hz(Interval v) { return v.exact() ? hz(v.mean()) : either(v, ClaimFormat::sci) + " Hz"; }

    /** A load in Hz with three significant digits, e.g. {@code 3.46e5 Hz}. */
    static String hz(double v) { return v == 0 ? "0 Hz" : sci(v) + " Hz"; }

    static String sci(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return inf(v);
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double m = v / Math.pow(10, e);
        if (Math.abs(m) >= 9.995) { m /= 10; e++; }
        return String.format(Locale.ROOT, "%.2fe%d", m, e);
    }

    static String hz(PerSeed v) { return hz(v.interval()); }

    static String pct(PerSeed v) { return pct(v.interval()); }

    static String num(PerSeed v) { return num(v.interval()); }

    static String f0(PerSeed v) { return f0(v.interval()); }

    static String f1(PerSeed v) { return f1(v.interval()); }

    static String f2(PerSeed v) { return f2(v.interval()); }

    static String pct(Interval v) { return either(v, ClaimFormat::pct); }

    static String pct(double v) {
        if (!Double.isFinite(v)) return inf(v);
        return String.format(Locale.ROOT, v < 0.001 && v > 0 ? "%.3f%%" : "%.1f%%", 100 * v);
    }

    static String num(Interval v) { return either(v, Csv::num); }

    static String f0(Interval v) { return either(v, d -> fixed("%.0f", d)); }

    static String f1(Interval v) { return either(v, d -> fixed("%.1f", d)); }

    static String f2(Interval v) { return either(v, d -> fixed("%.2f", d)); }

    static String f3(Interval v) { return either(v, d -> fixed("%.3f", d)); }

    private static String fixed(String format, double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : inf(v); }

    private static String inf(double v) { return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞"; }

    /** {@code mean} alone when the interval is exact, else {@code mean [lo, hi]}. */
    static String either(Interval v, java.util.function.DoubleFunction<String> f) {
        String m = f.apply(v.mean());
        return v.exact() ? m : m + " [" + f.apply(v.lo()) + ", " + f.apply(v.hi()) + "]";
    }
}
