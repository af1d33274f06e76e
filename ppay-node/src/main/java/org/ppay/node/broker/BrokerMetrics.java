package org.ppay.node.broker;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What {@code /metrics} reports, in Prometheus' text format: requests by endpoint and outcome, latency, the log, the verify cache. */
final class BrokerMetrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram seconds;

    BrokerMetrics(BrokerService service) {
        requests = Counter.builder().name("ppay_broker_requests_total").help("requests served, by endpoint and outcome (ok or an error code)")
            .labelNames("endpoint", "outcome").register(registry);
        seconds = Histogram.builder().name("ppay_broker_request_seconds").help("time to serve a request, durable").labelNames("endpoint")
            .register(registry);
        GaugeWithCallback.builder().name("ppay_broker_log_entries").help("requests in the broker's log")
            .callback(cb -> cb.call(service.applied())).register(registry);
        GaugeWithCallback.builder().name("ppay_broker_verify_cache_hits").help("signature checks answered from the cache")
            .callback(cb -> cb.call(service.verifier().hits())).register(registry);
        GaugeWithCallback.builder().name("ppay_broker_verify_cache_misses").help("signature checks computed")
            .callback(cb -> cb.call(service.verifier().misses())).register(registry);
    }

    void served(String endpoint, String outcome, long nanos) {
        requests.labelValues(endpoint, outcome).inc();
        seconds.labelValues(endpoint).observe(nanos / 1e9);
    }

    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
