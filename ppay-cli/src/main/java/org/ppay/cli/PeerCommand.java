package org.ppay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ppay.core.PPayException;
import org.ppay.core.role.Scheme;
import org.ppay.node.peer.PeerConfig;
import org.ppay.node.peer.PeerDaemon;
import org.ppay.node.store.StoreException;
import org.ppay.node.wire.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ppay peer}: a peer daemon (docs/daemons.md) until SIGTERM. Flags left out take {@link PeerConfig}'s defaults,
 * which the help text quotes from there.
 */
@Command(name = "peer", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs a PPay peer that pays and is paid coins and picopayments on its local API for the application.",
        "It keeps all its state in DIR (key, API token, journal) and restarts where it left off.",
        "Prints one line with its identity and addresses, then serves until stopped (SIGTERM or Ctrl-C)."})
final class PeerCommand implements Callable<Integer> {
    static final String DATA = "ppay-peer";

    @Spec CommandSpec spec;

    @Option(names = "--broker", paramLabel = "URL", description = "the broker, e.g. http://127.0.0.1:" + BrokerCommand.PORT)
    String broker;

    @Option(names = "--data", paramLabel = "DIR", description = "the peer's directory (default: " + DATA + ")")
    Path data = Path.of(DATA);

    @Option(names = "--port", paramLabel = "N", description = "peer-to-peer port, 0 for any free one (default: 0)")
    String port = "0";

    @Option(names = "--host", paramLabel = "H", description = "address to listen on for peers (default: " + PeerConfig.HOST + ")")
    String host = PeerConfig.HOST;

    @Option(names = "--public-url", paramLabel = "URL", description = "address announced to peers (default: http://HOST:PORT)")
    String publicUrl;

    @Option(names = "--local-port", paramLabel = "N", description = "local API port on 127.0.0.1, 0 for any free one (default: 0)")
    String localPort = "0";

    @Option(names = "--balance", paramLabel = "N", description = "opening balance, on first start (default: " + PeerConfig.BALANCE + ")")
    String balance;

    @Option(names = "--deposit", paramLabel = "N", description = "opening deposit, on first start (default: " + PeerConfig.DEPOSIT + ")")
    String deposit;

    @Option(names = "--serials", paramLabel = "N", description = "serials of the limit certificate bought on first start (default: " + PeerConfig.SERIALS + ")")
    String serials;

    @Option(names = "--scheme", paramLabel = "S", description = "ppay (print before using the broker) or ppay-star (the broker first) (default: ppay)")
    String scheme;

    @Option(names = "--upkeep-every", paramLabel = "SECONDS", description = "seconds between renewal rounds, 0 for none (default: " + PeerConfig.UPKEEP_EVERY + ")")
    String upkeepEvery;

    @Option(names = "--deliver-every", paramLabel = "SECONDS", description = "seconds between tries of the outbox (payments whose payee did not answer), "
        + "0 for none (default: " + PeerConfig.DELIVER_EVERY + ")")
    String deliverEvery;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        PeerConfig cfg;
        try {
            cfg = config();
        } catch (IllegalArgumentException | NullPointerException e) {      // PeerConfig names the flag
            err.println("ppay peer: " + e.getMessage());
            return 2;
        }
        Flags.quietLogs();
        PeerDaemon daemon;
        try {
            daemon = PeerDaemon.start(cfg);
        } catch (IOException | StoreException | PPayException | RuntimeException e) {
            err.println("ppay peer: " + e.getMessage());
            return 1;
        }
        out.println("ppay peer " + Ids.text(daemon.id()) + " listening on " + daemon.url() + "; local API on " + daemon.localUrl()
            + " (token in " + cfg.data().resolve(PeerDaemon.TOKEN) + ")");
        out.flush();
        Flags.runUntilStopped(daemon::close);
        return 0;
    }

    private PeerConfig config() {
        PeerConfig.Builder b = PeerConfig.builder(broker, data).host(host).publicUrl(publicUrl)
            .port(Flags.port("--port", port)).localPort(Flags.port("--local-port", localPort));
        if (balance != null) b.balance(Flags.number("--balance", balance, 0, Long.MAX_VALUE));
        if (deposit != null) b.deposit(Flags.number("--deposit", deposit, 0, Long.MAX_VALUE));
        if (serials != null) b.serials(Flags.number("--serials", serials, 0, 1_000_000));
        if (upkeepEvery != null) b.upkeepEvery(Flags.number("--upkeep-every", upkeepEvery, 0, Long.MAX_VALUE));
        if (deliverEvery != null) b.deliverEvery(Flags.number("--deliver-every", deliverEvery, 0, 3_600));
        if (scheme != null) b.scheme(scheme(scheme));
        return b.build();
    }

    private static Scheme scheme(String text) {
        try {
            return new Spelling.SchemeName().convert(text);
        } catch (RuntimeException e) {
            throw new Flags.Bad("--scheme must be ppay or ppay-star, not '" + text + "'");
        }
    }
}
