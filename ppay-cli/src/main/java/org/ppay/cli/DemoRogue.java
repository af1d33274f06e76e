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
    private final Exchange copies;
    final DemoPeer peer;

    private DemoRogue(PeerDaemon daemon, Path dir, String broker) throws IOException, PPayException {
        this.daemon = daemon;
        this.peer = new DemoPeer("rogue", dir, Ids.text(daemon.id()), null);
        BcEd25519 crypto = new BcEd25519();
        Signer key = KeyFile.loadOrCreate(dir.resolve(PeerDaemon.KEY), crypto);
        RoleContext ctx = daemon.read(p -> new RoleContext(key, crypto.verifier(), p.context().broker(), p.params(), CostMeter.NONE));
        Peer core = new Peer(ctx, ProofRetention.KEEP, new Peer.Entropy() {
            @Override public long nonce() { return RANDOM.nextLong(); }

            @Override public byte[] seed() {
                byte[] s = new byte[32];
                RANDOM.nextBytes(s);
                return s;
            }
        });
        this.copies = new Exchange(core, new PeerNetwork(broker, key, crypto.verifier(), DemoRogue::now));
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
     * {@code victims}, then its daemon pays the coin itself on to {@code payee}. Two relinquishments of one holding.
     *
     * @throws PPayException no victim would take the copy
     */
    Fraud doubleSpend(DemoPeer payer, DemoPeer payee, List<DemoPeer> victims) throws Exception {
        CoinId coin = paid(payer.pay(peer));
        Holding held = daemon.read(p -> p.holder().holding(coin)).orElseThrow(() -> new IllegalStateException("the rogue holds no " + coin));
        List<DemoPeer> strangers = victims.stream().filter(v -> !Ids.peer(v.id()).equals(coin.owner())).toList();
        DemoPeer victim = handOut(strangers, v -> copies.peer().holder().layer(held, Ids.peer(v.id()), now()));
        peer.pay(payee);
        cash(victim, coin);
        return new Fraud("HOLDER_DOUBLE_SPEND", Ids.text(coin), victim.name());
    }

    /**
     * An owner's double print: the rogue's daemon prints a coin and pays it to {@code payee}; the copy core prints the
     * same serial again and assigns it to one of {@code victims} as well.
     */
    Fraud doublePrint(DemoPeer payee, List<DemoPeer> victims) throws Exception {
        CoinId coin = paid(peer.pay(payee));
        PrintedCoin printed = daemon.read(p -> p.owner().trails().stream().map(AuditTrail::coin).filter(c -> c.id().equals(coin)).findFirst())
            .map(PrintedCoin.class::cast).orElseThrow(() -> new IllegalStateException("the rogue paid a coin it does not own: " + coin));
        copies.peer().owner().addCertificate(printed.certificate());
        copies.peer().owner().print(printed.sn(), now());
        DemoPeer victim = handOut(victims, v -> copies.peer().owner().assign(coin, Ids.peer(v.id()), now()));
        cash(victim, coin);
        return new Fraud("OWNER_DOUBLE_SPEND", Ids.text(coin), victim.name());
    }

    private interface Copy { Holding to(DemoPeer victim) throws PPayException; }

    /** Delivers a copy to the first victim that takes it (one that saw the coin before would refuse it). */
    private DemoPeer handOut(List<DemoPeer> victims, Copy copy) throws PPayException {
        PPayException last = null;
        for (DemoPeer v : victims) {
            try {
                copies.deliver(new Payment(copy.to(v), null), now());
                return v;
            } catch (PPayException e) {
                last = e;
            }
        }
        throw last != null ? last : new PPayException(org.ppay.core.ErrorCode.OFFLINE, "no peer to hand a copy to");
    }

    /**
     * The victim's application cashes the copy at once, so that it cannot vanish into a later payment of the same coin
     * to the victim (a wallet keeps one holding a coin): the broker then holds a claim the other branch will meet.
     */
    private static void cash(DemoPeer victim, CoinId coin) throws WalletClient.Unreachable {
        try {
            victim.post("/local/v1/cash", Map.of("coin", Ids.text(coin)));
        } catch (WalletClient.Refused e) {
            // refused outright (the copy proved void already): the broker has seen both branches
        }
    }

    private static CoinId paid(JsonNode payments) {
        JsonNode paid = payments.path("paid");
        if (paid.isEmpty()) throw new IllegalStateException("the payment went through for no coin: " + payments);
        return Ids.coin(paid.get(0).get("coin").asText());
    }

    @Override public void close() { daemon.close(); }
}
