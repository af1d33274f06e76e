package org.ppay.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A distribution given as points of its CDF (docs/simulation-inputs.md), sampled by inverting the
 * piecewise-linear CDF. A vertical step (two rows with one value) is an atom, e.g. the peers sharing no files.
 */
public final class EmpiricalCdf {
    private final double[] values;
    private final double[] cdf;

    EmpiricalCdf(double[] values, double[] cdf) {
        if (values.length < 2 || values.length != cdf.length) throw new IllegalArgumentException("need at least two CDF points");
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1] || cdf[i] < cdf[i - 1]) throw new IllegalArgumentException("CDF points must be monotone at row " + i);
        }
        if (cdf[0] != 0 || Math.abs(cdf[cdf.length - 1] - 1) > 1e-9) throw new IllegalArgumentException("a CDF runs from 0 to 1");
        this.values = values;
        this.cdf = cdf;
    }

    /** Loads {@code value,cdf} rows from a class-path resource under org/ppay/sim/data/. */
    public static EmpiricalCdf resource(String name) {
        String path = "data/" + name;
        try (InputStream in = EmpiricalCdf.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing simulation input " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
            double[] v = new double[rows.size()], c = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) { v[i] = rows.get(i)[0]; c[i] = rows.get(i)[1]; }
            return new EmpiricalCdf(v, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at quantile u in [0, 1). */
    public double quantile(double u) {
        int lo = 0, hi = cdf.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid; else hi = mid;
        }
        double span = cdf[hi] - cdf[lo];
        if (span <= 0) return values[hi];
        return values[lo] + (values[hi] - values[lo]) * (u - cdf[lo]) / span;
    }

    /** Mean of the piecewise-linear distribution. */
    public double mean() {
        double m = 0;
        for (int i = 1; i < cdf.length; i++) m += (cdf[i] - cdf[i - 1]) * (values[i] + values[i - 1]) / 2;
        return m;
    }
}
