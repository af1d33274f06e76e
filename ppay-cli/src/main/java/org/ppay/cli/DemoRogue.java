package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.ppay.core.PPayException;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.crypto.KeyFile;
import org.ppay.node.peer.PeerConfig;
import org.ppay.node.peer.PeerDaemon;
import org.ppay.node.peer.PeerNetwork;
import org.ppay.node.store.StoreException;
import org.ppay.node.wire.Ids;

/**
 * The demo's cheat (Section 4): a peer daemon in this process, honest in all it does itself, and a second core over
 * the same key that remembers none of it and so signs what the daemon never would: a copy of a holding the daemon
 * pays on, layered to another peer (a holder's double spend), and a serial the daemon printed, assigned to another
 * peer too (an owner's double print, Section 5.1). The copies travel as the daemons' own signed requests
 * ({@link PeerNetwork}); the honest daemons and the broker must catch both by the protocol alone.
 */
final class DemoRogue implements AutoCloseable {
    /** A fraud played: its kind as the broker names it, the coin, and the honest peer handed the copy. */
    record Fraud(String kind, String coin, String victim) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PeerDaemon daemon;
    private final RoleContext ctx;
    private final PeerNetwork net;
    final DemoPeer peer;

    private DemoRogue(PeerDaemon daemon, Path dir, String broker) throws IOException, PPayException {
        this.daemon = daemon;
        this.peer = new DemoPeer("rogue", dir, Ids.text(daemon.id()), null);
        BcEd25519 crypto = new BcEd25519();
        Signer key = KeyFile.loadOrCreate(dir.resolve(PeerDaemon.KEY), crypto);
        this.ctx = daemon.read(p -> new RoleContext(key, crypto.verifier(), p.context().broker(), p.params(), CostMeter.NONE));
        this.net = new PeerNetwork(broker, key, crypto.verifier(), DemoRogue::now);
    }

    /** A core over the rogue's key that remembers nothing the daemon did: one for each copy it hands out. */
    private Exchange copier() {
        return new Exchange(new Peer(ctx, ProofRetention.KEEP, new Peer.Entropy() {
            @Override public long nonce() { return RANDOM.nextLong(); }

            @Override public byte[] seed() {
                byte[] s = new byte[32];
                RANDOM.nextBytes(s);
                return s;
            }
        }), net);
    }

    /** Starts the rogue's daemon on {@code dir}: it joins the broker as any peer does. */
    static DemoRogue start(Path dir, String broker) throws IOException, StoreException, PPayException {
        PeerDaemon d = PeerDaemon.start(PeerConfig.builder(broker, dir).upkeepEvery(DemoConfig.UPKEEP_EVERY).build());
        try {
            return new DemoRogue(d, dir, broker);
        } catch (IOException | PPayException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private static long now() { return System.currentTimeMillis() / 1000; }

    /**
     * A holder's double spend: {@code payer} pays the rogue a coin; the rogue layers a copy of it to one of
     * {@code victims} (not the coin's owner), then its daemon pays the coin itself on to {@code payee}. Two
     * relinquishments of one holding.
     *
     * @throws PPayException no victim would take the copy
     */
    Fraud doubleSpend(DemoPeer payer, DemoPeer payee, List<DemoPeer> victims) throws Exception {
        CoinId coin = paid(pay(payer, peer));
        Holding held = daemon.read(p -> p.holder().holding(coin)).orElseThrow(() -> new IllegalStateException("the rogue holds no " + coin));
        List<DemoPeer> strangers = victims.stream().filter(v -> !Ids.peer(v.id()).equals(coin.owner())).toList();
        DemoPeer victim = handOut(strangers, (c, v) -> c.peer().holder().layer(held, Ids.peer(v.id()), now()));
        pay(peer, payee);
        cash(victim, coin);
        cash(payee, coin);
        return new Fraud("HOLDER_DOUBLE_SPEND", Ids.text(coin), victim.name());
    }

    /**
     * An owner's double print: the rogue's daemon prints a coin and pays it to {@code payee}; the copy core prints the
     * same serial again and assigns it to one of {@code victims} as well.
     */
    Fraud doublePrint(DemoPeer payee, List<DemoPeer> victims) throws Exception {
        CoinId coin = paid(pay(peer, payee));
        PrintedCoin printed = daemon.read(p -> p.owner().trails().stream().map(AuditTrail::coin).filter(c -> c.id().equals(coin)).findFirst())
            .map(PrintedCoin.class::cast).orElseThrow(() -> new IllegalStateException("the rogue paid a coin it does not own: " + coin));
        DemoPeer victim = handOut(victims, (c, v) -> {
            c.peer().owner().addCertificate(printed.certificate());
            c.peer().owner().print(printed.sn(), now());
            return c.peer().owner().assign(coin, Ids.peer(v.id()), now());
        });
        cash(victim, coin);
        cash(payee, coin);
        return new Fraud("OWNER_DOUBLE_SPEND", Ids.text(coin), victim.name());
    }

    private interface Copy { Holding to(Exchange copier, DemoPeer victim) throws PPayException; }

    /** Delivers a copy to the first victim that takes it (one that saw the coin before would refuse it). */
    private DemoPeer handOut(List<DemoPeer> victims, Copy copy) throws PPayException {
        PPayException last = null;
        for (DemoPeer v : victims) {
            try {
                Exchange c = copier();
                c.deliver(new Payment(copy.to(c, v), null), now());
                return v;
            } catch (PPayException e) {
                last = e;
            }
        }
        throw last != null ? last : new PPayException(org.ppay.core.ErrorCode.OFFLINE, "no peer to hand a copy to");
    }

    /** One coin from {@code from} to {@code to}, asked again while a peer on the way is too busy to answer. */
    private static JsonNode pay(DemoPeer from, DemoPeer to) throws WalletClient.Unreachable, WalletClient.Refused, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return from.pay(to);
            } catch (WalletClient.Refused e) {
                if (!e.code.equals("OFFLINE") || attempt == 10) throw e;
            }
            Thread.sleep(300);
        }
    }

    /**
     * An application cashes the coin it was just paid, the copy or the original: both claims reach the broker at once,
     * which asks the owner to arbitrate (Section 4.1). Left to circulate, a branch could vanish (a wallet keeps one
     * holding a coin, so a copy paid to a peer that is later paid the coin itself is gone) and the fraud with it.
     */
    private static void cash(DemoPeer holder, CoinId coin) throws WalletClient.Unreachable {
        try {
            holder.post("/local/v1/cash", Map.of("coin", Ids.text(coin)));
        } catch (WalletClient.Refused e) {
            // refused outright (a claim proved void, or the coin moved on): the broker has seen the branch, or will at leave
        }
    }

    private static CoinId paid(JsonNode payments) {
        JsonNode paid = payments.path("paid");
        if (paid.isEmpty()) throw new IllegalStateException("the payment went through for no coin: " + payments);
        return Ids.coin(paid.get(0).get("coin").asText());
    }

    @Override public void close() { daemon.close(); }
}
