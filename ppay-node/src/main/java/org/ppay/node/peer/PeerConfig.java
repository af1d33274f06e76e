package org.ppay.node.peer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.ppay.core.role.Scheme;

/**
 * How a peer daemon runs: the one place its defaults live (the command line reads them from here). Every value is
 * checked on construction, and a refusal names the command-line flag and its valid range.
 *
 * @param broker      the broker's base URL
 * @param data        the directory holding the key, the API token and the journal
 * @param host        the address the peer-to-peer endpoints listen on
 * @param port        their port (0: any free port)
 * @param publicUrl   the address announced to other peers (null: http://host:port)
 * @param localPort   the local API's port on 127.0.0.1 (0: any free port)
 * @param balance     the balance the account opens with, on first start
 * @param deposit     the deposit it opens with (Section 4.2)
 * @param serials     how many serials the limit certificate bought on first start covers (0: none)
 * @param scheme      the payment policy's last resorts (Section 7.1)
 * @param upkeepEvery seconds between upkeep rounds (Section 5.3); 0 for none
 * @param deliverEvery seconds between the outbox's rounds (payments whose payee did not answer); 0 for none
 * @param timeouts    how long the peer waits on others
 * @param clock       the daemon's time in seconds
 */
public record PeerConfig(String broker, Path data, String host, int port, String publicUrl, int localPort, long balance, long deposit,
                         long serials, Scheme scheme, long upkeepEvery, long deliverEvery, Timeouts timeouts, LongSupplier clock) {
    public static final String HOST = "127.0.0.1";
    public static final long BALANCE = 10_000, DEPOSIT = 1_000, SERIALS = 50, UPKEEP_EVERY = 3_600, DELIVER_EVERY = 1;
    public static final Scheme SCHEME = Scheme.PPAY;

    /**
     * @param readMillis   how long a message to a peer or the broker may take to be answered
     * @param pingMillis   how long a ping may take
     * @param settleMillis how long a message that may have been delivered (its answer was lost) is sent again while its
     *                     peer does not answer, before it counts as OFFLINE
     */
    public record Timeouts(long readMillis, long pingMillis, long settleMillis) {
        public static final Timeouts DEFAULT = new Timeouts(5_000, 1_000, 30_000);

        public Timeouts {
            if (readMillis < 1 || pingMillis < 1 || settleMillis < 0) throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public PeerConfig {
        Objects.requireNonNull(data, "--data is required");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(clock, "clock");
        url("--broker", broker);
        if (publicUrl != null) url("--public-url", publicUrl);
        port("--port", port);
        port("--local-port", localPort);
        if (host == null || host.isBlank()) throw new IllegalArgumentException("--host must name an address, e.g. 127.0.0.1");
        nonNegative("--balance", balance);
        nonNegative("--deposit", deposit);
        if (serials < 0 || serials > 1_000_000) throw new IllegalArgumentException("--serials must be in [0, 1000000], not " + serials);
        if (upkeepEvery < 0) throw new IllegalArgumentException("--upkeep-every must be in [0, " + Long.MAX_VALUE + "] seconds, not " + upkeepEvery);
        if (deliverEvery < 0 || deliverEvery > 3_600) throw new IllegalArgumentException("--deliver-every must be in [0, 3600] seconds, not " + deliverEvery);
        if (scheme == Scheme.RM) throw new IllegalArgumentException("--scheme must be ppay or ppay-star: RM is the simulator's baseline, not a policy for peers");
    }

    /** The defaults, with the two things that have none. */
    public static Builder builder(String broker, Path data) { return new Builder(broker, data); }

    /** The address other peers reach this one at, once its port is known. */
    String announced(int boundPort) { return publicUrl != null ? publicUrl : "http://" + host + ":" + boundPort; }

    private static void url(String flag, String url) {
        try {
            URI u = URI.create(Objects.requireNonNull(url, flag + " is required"));
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " must be an http(s)://HOST[:PORT] URL, not '" + url + "'");
        }
    }

    private static void port(String flag, int port) {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException(flag + " must be in [0, 65535], not " + port);
    }

    private static void nonNegative(String flag, long v) {
        if (v < 0) throw new IllegalArgumentException(flag + " must be in [0, " + Long.MAX_VALUE + "], not " + v);
    }

    /** Builds a {@link PeerConfig} from the defaults; set what differs. */
    public static final class Builder {
        private final String broker;
        private final Path data;
        private String host = HOST, publicUrl;
        private int port, localPort;
        private long balance = BALANCE, deposit = DEPOSIT, serials = SERIALS, upkeepEvery = UPKEEP_EVERY, deliverEvery = DELIVER_EVERY;
        private Scheme scheme = SCHEME;
        private Timeouts timeouts = Timeouts.DEFAULT;
        private LongSupplier clock = () -> System.currentTimeMillis() / 1000;

        private Builder(String broker, Path data) {
            this.broker = broker;
            this.data = data;
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder publicUrl(String v) { publicUrl = v; return this; }
        public Builder localPort(int v) { localPort = v; return this; }
        public Builder balance(long v) { balance = v; return this; }
        public Builder deposit(long v) { deposit = v; return this; }
        public Builder serials(long v) { serials = v; return this; }
        public Builder scheme(Scheme v) { scheme = v; return this; }
        public Builder upkeepEvery(long seconds) { upkeepEvery = seconds; return this; }
        public Builder deliverEvery(long seconds) { deliverEvery = seconds; return this; }
        public Builder timeouts(Timeouts v) { timeouts = v; return this; }
        public Builder clock(LongSupplier v) { clock = v; return this; }

        /** @throws IllegalArgumentException naming the flag out of its range */
        public PeerConfig build() {
            return new PeerConfig(broker, data, host, port, publicUrl, localPort, balance, deposit, serials, scheme, upkeepEvery, deliverEvery, timeouts, clock);
        }
    }
}
