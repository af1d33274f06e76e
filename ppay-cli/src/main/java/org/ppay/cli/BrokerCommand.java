package org.ppay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ppay.core.Params;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.broker.BrokerServer;
import org.ppay.node.broker.BrokerService;
import org.ppay.node.crypto.KeyFile;
import org.ppay.node.store.BrokerLog;
import org.ppay.node.store.Database;
import org.ppay.node.store.StoreException;
import org.ppay.node.wire.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppay broker}: the broker service (docs/daemons.md) over HTTP, durable in SQLite or PostgreSQL, until SIGTERM. */
@Command(name = "broker", mixinStandardHelpOptions = true, defaultValueProvider = BrokerCommand.Defaults.class,
    description = {"Runs the PPay broker: issues coins and limit certificates, cashes, acts for offline owners, arbitrates.",
        "Prints one line with its identity and address, then serves until stopped (SIGTERM or Ctrl-C).",
        "Peers read the protocol parameters from it (/v1/params); keep them across restarts, the log is served again with them."})
final class BrokerCommand implements Callable<Integer> {
    static final String DB = "sqlite:ppay-broker.db", HOST = "127.0.0.1", PORT = "8400", KEY = "ppay-broker.key";
    /** Ten years: a window longer than any certificate is pointless. */
    static final long MAX_RENEWAL_WAIT = 3_650 * Params.DAY;
    /** Amounts of money up to 10^15 units: far past any coin, and far from overflowing a sum of them. */
    static final long MAX_MONEY = 1_000_000_000_000_000L;
    static final long MAX_COUNT = 1_000;

    @Spec CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", description = "sqlite:PATH or postgresql://HOST[:PORT]/DB[?user=U&password=P] (default: " + DB + ")")
    String db = DB;

    @Option(names = "--port", paramLabel = "N", description = "port, 0 for any free one (default: " + PORT + ")")
    String port = PORT;

    @Option(names = "--host", paramLabel = "H", description = "address to listen on (default: " + HOST + ")")
    String host = HOST;

    @Option(names = "--renewal-wait", paramLabel = "SECONDS", description = "Renewal Wait w in seconds, a coin's renewal window (Section 5.3); "
        + "keep it across restarts, the log is served again with it; 1 to " + MAX_RENEWAL_WAIT + " (default: ${DEFAULT-VALUE}, 30 days)")
    String renewalWait;

    @Option(names = "--coin-value", paramLabel = "N", description = "value of one coin, 1 to " + MAX_MONEY + " (default: ${DEFAULT-VALUE})")
    String coinValue;

    @Option(names = "--cash-fee", paramLabel = "N", description = "fee kept when a coin is cashed (Section 3), 0 to the coin value (default: ${DEFAULT-VALUE})")
    String cashFee;

    @Option(names = "--broker-fee", paramLabel = "N", description = "fee to holder and owner alike for a downtime reassignment or renewal (Section 3), "
        + "0 to " + MAX_MONEY + " (default: ${DEFAULT-VALUE})")
    String brokerFee;

    @Option(names = "--penalty", paramLabel = "N", description = "penalty for proven fraud, on top of the fake coins (Section 4.2), 0 to " + MAX_MONEY
        + " (default: ${DEFAULT-VALUE})")
    String penalty;

    @Option(names = "--max-layers", paramLabel = "N", description = "Max Layers (Section 5.2), 0 to " + Params.MAX_LAYERS + " (default: ${DEFAULT-VALUE})")
    String maxLayers;

    @Option(names = "--boot-after", paramLabel = "N", description = "frauds after which an account is booted (Section 4.2), 1 to " + MAX_COUNT
        + " (default: ${DEFAULT-VALUE})")
    String bootAfter;

    @Option(names = "--certificate-lifetime", paramLabel = "SECONDS", description = "how long a limit certificate may be printed under, 1 to "
        + MAX_RENEWAL_WAIT + " (default: ${DEFAULT-VALUE})")
    String certificateLifetime;

    @Option(names = "--request-freshness", paramLabel = "SECONDS", description = "how far a signed account request's time may lie from the broker's "
        + "clock, 1 to " + Params.DAY + " (default: ${DEFAULT-VALUE})")
    String requestFreshness;

    @Option(names = "--key", paramLabel = "FILE", description = "the broker's Ed25519 key, made with mode 0600 if absent (default: " + KEY + ")")
    Path key = Path.of(KEY);

    /** The broker's parameters: {@link Params#defaults()} with what the flags set; peers read them from {@code /v1/params}. */
    Params params() {
        long coin = Flags.number("--coin-value", coinValue, 1, MAX_MONEY);
        Params.Builder b = Params.defaults().toBuilder()
            .coinValue(coin)
            .cashFee(Flags.number("--cash-fee", cashFee, 0, coin))
            .brokerFee(Flags.number("--broker-fee", brokerFee, 0, MAX_MONEY))
            .penalty(Flags.number("--penalty", penalty, 0, MAX_MONEY))
            .maxLayers((int) Flags.number("--max-layers", maxLayers, 0, Params.MAX_LAYERS))
            .renewalWait(Flags.number("--renewal-wait", renewalWait, 1, MAX_RENEWAL_WAIT))
            .bootAfter((int) Flags.number("--boot-after", bootAfter, 1, MAX_COUNT))
            .certificateLifetime(Flags.number("--certificate-lifetime", certificateLifetime, 1, MAX_RENEWAL_WAIT))
            .requestFreshness(Flags.number("--request-freshness", requestFreshness, 1, Params.DAY));
        return b.build();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int p;
        Params params;
        try {
            p = Flags.port("--port", port);
            params = params();
        } catch (Flags.Bad e) {
            err.println("ppay broker: " + e.getMessage());
            return 2;
        }
        Flags.quietLogs();
        BcEd25519 crypto = new BcEd25519();
        Database database;
        BrokerService service;
        BrokerServer server;
        try {
            var signer = KeyFile.loadOrCreate(key, crypto);
            database = Database.open(db, "broker");
            service = new BrokerService(new BrokerLog(database), signer, crypto.verifier(), params, () -> System.currentTimeMillis() / 1000);
            server = new BrokerServer(service).start(host, p);
        } catch (StoreException e) {
            err.println("ppay broker: --db: " + e.getMessage());
            return e.reason() == StoreException.Reason.BAD_URL ? 2 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("ppay broker: " + e.getMessage());
            return 1;
        }
        out.println("ppay broker " + Ids.text(service.id()) + " listening on http://" + host + ":" + server.port() + " (" + database + ")");
        out.flush();
        Flags.runUntilStopped(() -> {
            server.close();
            service.close();
            database.close();
        });
        return 0;
    }

    /** The protocol flags default to {@link Params#defaults()}. */
    static final class Defaults extends OptionDefaults {
        Defaults() { super(Params.defaults()); }
    }
}
