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
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Runs the PPay broker: issues coins and limit certificates, cashes, acts for offline owners, arbitrates.",
        "Prints one line with its identity and address, then serves until stopped (SIGTERM or Ctrl-C)."})
final class BrokerCommand implements Callable<Integer> {
    static final String DB = "sqlite:ppay-broker.db", HOST = "127.0.0.1", PORT = "8400", KEY = "ppay-broker.key";
    /** Ten years: a window longer than any certificate is pointless. */
    static final long MAX_RENEWAL_WAIT = 3_650 * Params.DAY;

    @Spec CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", description = "sqlite:PATH or postgresql://HOST[:PORT]/DB[?user=U&password=P] (default: " + DB + ")")
    String db = DB;

    @Option(names = "--port", paramLabel = "N", description = "port, 0 for any free one (default: " + PORT + ")")
    String port = PORT;

    @Option(names = "--host", paramLabel = "H", description = "address to listen on (default: " + HOST + ")")
    String host = HOST;

    @Option(names = "--renewal-wait", paramLabel = "SECONDS", description = "Renewal Wait w in seconds, a coin's renewal window (Section 5.3); "
        + "keep it across restarts, the log is served again with it (default: " + Params.DEFAULT_RENEWAL_WAIT + ", 30 days)")
    String renewalWait;

    @Option(names = "--key", paramLabel = "FILE", description = "the broker's Ed25519 key, made with mode 0600 if absent (default: " + KEY + ")")
    Path key = Path.of(KEY);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int p;
        Params params;
        try {
            p = Flags.port("--port", port);
            params = renewalWait == null ? Params.defaults()
                : Params.defaults().toBuilder().renewalWait(Flags.number("--renewal-wait", renewalWait, 1, MAX_RENEWAL_WAIT)).build();
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
}
