package org.ppay.node.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.exchange.Peer;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.crypto.KeyFile;
import org.ppay.node.store.Database;
import org.ppay.node.store.Journal;
import org.ppay.node.store.StoreException;
import org.ppay.node.wire.Ids;

/**
 * A peer as a daemon (docs/daemons.md): one core {@link Peer} and its exchange over HTTP, made durable by a journal of
 * steps in its own SQLite file, with the peer-to-peer endpoints and the application's local API. On first start it
 * makes its key, joins the broker, buys a limit certificate; on every start it serves its journal again, announces
 * its address, collects what the broker did meanwhile (Section 3), keeps up its coins (Section 5.3), and delivers the
 * payments waiting in its outbox.
 */
public final class PeerDaemon implements AutoCloseable {
    /** What the daemon writes to its data directory for the wallet: where it listens (the token is in its own file). */
    public record Address(String peer, String url, String localUrl, long pid) {}

    public static final String KEY = "peer.key", TOKEN = "api-token", JOURNAL = "peer.db", ADDRESS = "daemon.json";

    private final PeerConfig cfg;
    private final DirLock dirLock;
    private Signer key;
    private Database db;
    private Journal journal;
    private final Events events = new Events();
    private String token;
    private StepRunner runner;
    private HttpNetwork net;
    private BrokerDesk desk;
    private long replayed;
    private P2pServer p2p;
    private LocalApi local;
    private ScheduledExecutorService upkeeper;
    private Courier courier;

    private PeerDaemon(PeerConfig cfg) throws IOException, StoreException, PPayException {
        this.cfg = cfg;
        Path dir = cfg.data();
        if (!Files.isDirectory(dir)) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        this.dirLock = DirLock.take(dir);
        BcEd25519 crypto = new BcEd25519();
        Verifier verifier = crypto.verifier();
        try {
            this.key = KeyFile.loadOrCreate(dir.resolve(KEY), crypto);
            this.token = new String(KeyFile.secret(dir.resolve(TOKEN), PeerDaemon::newToken), StandardCharsets.US_ASCII).trim();
            Path file = dir.resolve(JOURNAL);
            if (!Files.exists(file)) Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            this.db = Database.open("sqlite:" + file, "peer");
            this.journal = new Journal(db);
            Http http = new Http();
            BrokerDesk bootstrap = new BrokerDesk(http, cfg.broker(), null, key, cfg.clock());
            PeerId brokerId = Ids.peer(remembered("broker-id", () -> Ids.text(bootstrap.brokerId())));
            sameBroker(bootstrap, brokerId);
            Params params = StepCodec.read(remembered("params", () -> StepCodec.json(bootstrap.params())), Params.class);
            this.net = new HttpNetwork(http, cfg.broker(), key, verifier, cfg.clock(), cfg.timeouts());
            this.desk = new BrokerDesk(http, cfg.broker(), net, key, cfg.clock());
            this.runner = new StepRunner(journal, net, cfg.clock(), params.requestFreshness(), entropy -> core(brokerId, params, verifier, entropy));
            runner.listener((h, step, o) -> History.event(h, step, o).ifPresent(events::publish));
            this.replayed = runner.replay();
            this.courier = new Courier(runner, System::currentTimeMillis);
            LocalApi.Parts parts = new LocalApi.Parts(runner, desk, net, journal, events, cfg.scheme(), key.id(), brokerId, verifier, this::status, courier);
            this.p2p = new P2pServer(runner, key, verifier, cfg.clock(), params.requestFreshness(), cfg.scheme()).start(cfg.host(), cfg.port());
            this.local = new LocalApi(parts, token).start(cfg.localPort());
            join(brokerId, verifier);
            desk.announce(url());
            comeBack();
            writeAddress();
            if (cfg.upkeepEvery() > 0 || cfg.deliverEvery() > 0) schedule();
        } catch (IOException | StoreException | PPayException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The core: one peer over the daemon's key, whose payers settle its credit windows over the network. */
    private Peer core(PeerId brokerId, Params params, Verifier verifier, Peer.Entropy entropy) {
        Peer p = new Peer(new RoleContext(key, verifier, brokerId, params, CostMeter.NONE), ProofRetention.KEEP, entropy);
        p.settlesRemotely(true);
        return p;
    }

    /**
     * Starts a daemon on {@code cfg.data()}: made on first start, rebuilt from its journal after that.
     *
     * @throws IOException the data directory, key or token cannot be used
     * @throws StoreException the journal cannot be opened
     * @throws PPayException the broker refused or did not answer
     */
    public static PeerDaemon start(PeerConfig cfg) throws IOException, StoreException, PPayException { return new PeerDaemon(cfg); }

    private interface Fetch { String get() throws PPayException; }

    /** A value learned from the broker once and kept, so a restarted daemon serves its journal with the same. */
    private String remembered(String name, Fetch fetch) throws PPayException {
        var kept = journal.meta(name);
        if (kept.isPresent()) return kept.get();
        String v = fetch.get();
        journal.meta(name, v);
        return v;
    }

    /** A peer belongs to the broker it joined: one answering at its URL with another key is not it. */
    private void sameBroker(BrokerDesk bootstrap, PeerId joined) throws PPayException {
        PeerId now;
        try {
            now = bootstrap.brokerId();
        } catch (PPayException e) {
            return;                                         // not answering: announcing will say so
        }
        if (!now.equals(joined)) {
            throw new PPayException(ErrorCode.NOT_AUTHORIZED, "the broker at " + cfg.broker() + " is " + Ids.text(now) + ", not " + Ids.text(joined)
                + ", the broker this peer joined");
        }
    }

    private static byte[] newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Ids.base64(b).getBytes(StandardCharsets.US_ASCII);
    }

    /** Opens the account and buys the limit certificate once (each step is kept, so a restart does neither again). */
    private void join(PeerId brokerId, Verifier verifier) throws PPayException {
        if (journal.meta("joined").isEmpty()) {
            try {
                desk.join(cfg.balance(), cfg.deposit(), brokerId, verifier);
            } catch (PPayException e) {
                if (e.code() != ErrorCode.DUPLICATE_ACCOUNT) throw e;       // joined before, and stopped before noting it
            }
            journal.meta("joined", "1");
        }
        boolean needed = cfg.serials() > 0 && !runner.state().left()
            && runner.read(p -> p.owner().certificates().stream().noneMatch(c -> c.expiry() > cfg.clock().getAsLong()), LocalApi.WAIT_MILLIS);
        if (needed) {
            long from = runner.read(p -> p.owner().certificates().stream().mapToLong(c -> c.limu()).max().orElse(0), LocalApi.WAIT_MILLIS) + 1;
            runner.run(new Step.Certificate(from, from + cfg.serials() - 1), LocalApi.WAIT_MILLIS).orThrow();
        }
    }

    private void comeBack() {
        try {
            if (!runner.state().left()) runner.run(new Step.ComeBack(), LocalApi.WAIT_MILLIS);
        } catch (PPayException e) {
            // busy: the next notice from the broker's side, or the next start, collects
        }
    }

    /** Upkeep and the outbox's rounds, each on its own period, on one background thread. */
    private void schedule() {
        upkeeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ppay-upkeep");
            t.setDaemon(true);
            return t;
        });
        if (cfg.upkeepEvery() > 0) every(cfg.upkeepEvery(), this::upkeep);
        if (cfg.deliverEvery() > 0) every(cfg.deliverEvery(), () -> courier.round(false));
    }

    private interface Chore { Object run() throws PPayException; }

    private void every(long seconds, Chore chore) {
        upkeeper.scheduleWithFixedDelay(() -> {
            try {
                chore.run();
            } catch (PPayException | RuntimeException e) {
                // busy or stopped: the next round tries again, a stopped runner refuses until restarted
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    /**
     * Delivers every payment waiting in the outbox now, whatever its wait (a test, or an application that knows its
     * payees are back).
     *
     * @return how many still wait
     * @throws PPayException OFFLINE when the core stayed busy
     */
    public int deliver() throws PPayException { return courier.round(true).waiting(); }

    /**
     * One round of upkeep now (Section 5.3): expired coins purged, coins past the middle of their window renewed at
     * their owner, or by the scheme's last resort. The daemon runs one every {@code --upkeep-every} seconds.
     *
     * @return how many coins were renewed, cashed or lost to expiry; null once the peer has left
     */
    public org.ppay.core.exchange.Exchange.Upkeep upkeep() throws PPayException {
        if (runner.state().left()) return null;
        return runner.run(new Step.Upkeep(cfg.scheme()), LocalApi.WAIT_MILLIS).orThrow().result(org.ppay.core.exchange.Exchange.Upkeep.class);
    }

    private void writeAddress() throws IOException {
        Path tmp = cfg.data().resolve(ADDRESS + ".tmp");
        Files.write(tmp, Http.json(new Address(Ids.text(key.id()), url(), localUrl(), ProcessHandle.current().pid())));
        Files.move(tmp, cfg.data().resolve(ADDRESS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public PeerId id() { return key.id(); }

    /** Where other peers reach this one. */
    public String url() { return cfg.announced(p2p.port()); }

    public String localUrl() { return "http://127.0.0.1:" + local.port(); }

    public String token() { return token; }

    /** How many journaled steps were served again on start. */
    public long replayed() { return replayed; }

    public long journalSize() { return journal.size(); }

    /** Stops a step where a test says, as a kill would. */
    public void faults(Faults f) { runner.faults(f); }

    /** Reads the core between steps (tests, and tools that inspect a daemon in-process). */
    public <T> T read(Function<Peer, T> view) throws PPayException { return runner.read(view, LocalApi.WAIT_MILLIS); }

    public LocalApi.Status status() {
        return new LocalApi.Status(Ids.text(key.id()), url(), localUrl(), runner.lastSeq(), runner.stopped(), runner.state().outbox().size());
    }

    /** Stops listening and closes the journal; a step cut short stays as it is, for the next start to finish. */
    @Override public void close() {
        if (upkeeper != null) upkeeper.shutdownNow();
        if (p2p != null) p2p.close();
        if (local != null) local.close();
        events.close();
        if (db != null) db.close();
        dirLock.close();
    }
}
