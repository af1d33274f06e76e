package org.ppay.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The reconstructed inputs of docs/simulation-inputs.md, shipped as resources under org/ppay/sim/data/. */
record Inputs(EmpiricalCdf session, EmpiricalCdf uptime, EmpiricalCdf files, double f0, double k) {
    private static Inputs cached;

    static synchronized Inputs load() {
        if (cached == null) {
            Properties q = new Properties();
            try (InputStream in = Inputs.class.getResourceAsStream("data/query-model.properties")) {
                if (in == null) throw new IllegalStateException("missing simulation input data/query-model.properties");
                q.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cached = new Inputs(EmpiricalCdf.resource("gnutella-session-minutes.csv"), EmpiricalCdf.resource("gnutella-uptime-fraction.csv"),
                EmpiricalCdf.resource("gnutella-files-per-peer.csv"),
                Double.parseDouble(q.getProperty("queryModel.f0")), Double.parseDouble(q.getProperty("queryModel.k")));
        }
        return cached;
    }
}
