package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Payment;

/**
 * A payee that goes down between its payer's ping and the payment's delivery (docs/daemons.md, the outbox): the payer
 * has given the coin up by then, so the payment waits in the payer's outbox, which survives the payer's own restart,
 * and reaches the payee once it is back. A payee that took the payment and lost its answer is handed it again and
 * answers that it took it already. Either way the coin is held once, cashed once, and nobody is taken for a cheat.
 */
class OutboxTest {
    @TempDir Path dir;
    private Cluster net;
    private PeerDaemon a, b, c;

    @BeforeEach
    void start() throws Exception {
        net = new Cluster(dir, Params.defaults());
        a = net.start("A");
        b = net.start("B");
        c = net.start("C");
    }

    @AfterEach
    void stop() { net.close(); }

    private interface Hook { void run(Payment p) throws Exception; }

    /** Runs {@code then} once, just before A sends its next payment: the payee answered A's ping already. */
    private void beforeAPays(Hook then) {
        AtomicBoolean armed = new AtomicBoolean(true);
        a.faults((point, m) -> {
            if (point != Faults.Point.BEFORE_SEND || !(m instanceof Payment p) || !armed.getAndSet(false)) return;
            try {
                then.run(p);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int outbox(PeerDaemon d) throws Exception { return Local.of(d).get("/local/v1/status").ok().body().get("outbox").asInt(); }

    private static JsonNode held(PeerDaemon d) throws Exception { return Local.of(d).coins().ok().body().get("held"); }

    private static long tallied(PeerDaemon d, String what) throws Exception { return Local.of(d).get("/local/v1/tally").ok().body().get(what).asLong(); }

    @Test
    void aReassignedCoinWhosePayeeDiedBeforeDeliveryWaitsInTheOutboxThroughAPayerRestartAndReachesThePayeeOnceItIsBack() throws Exception {
        String coin = Local.of(c).pay(a, 1).ok().body().get("paid").get(0).get("coin").asText();
        beforeAPays(p -> net.stop("B"));

        JsonNode paid = Local.of(a).pay(b, 1).ok().body().get("paid").get(0);
        assertThat(paid.get("plan").asText()).isEqualTo("ViaOwner");
        assertThat(paid.get("queued").asBoolean()).as("the payee was gone: the payment waits").isTrue();
        assertThat(held(a)).as("A gave the coin up to its owner").isEmpty();
        assertThat(outbox(a)).isEqualTo(1);
        assertThat(a.deliver()).as("the payee is still down").isEqualTo(1);

        net.stop("A");                                                  // the payer's own restart keeps its outbox
        a = net.start("A");
        assertThat(outbox(a)).isEqualTo(1);
        b = net.start("B");
        assertThat(a.deliver()).isZero();

        JsonNode coins = held(b);
        assertThat(coins).hasSize(1);
        assertThat(coins.get(0).get("coin").asText()).isEqualTo(coin);
        assertThat(coins.get(0).get("seq").asLong()).isEqualTo(2);
        assertThat(outbox(a)).isZero();
        assertThat(Local.of(a).get("/local/v1/history?limit=1").ok().body().get(0).get("summary").asText()).contains("from the outbox");
        net.stop("A");
        a = net.start("A");
        assertThat(outbox(a)).as("the delivery is in the journal too").isZero();
        assertThat(tallied(a, "coinsPaid")).as("one payment, counted once it was taken").isEqualTo(1);
        assertThat(tallied(a, "outboxed")).isEqualTo(1);
        assertThat(Local.of(b).cashAll().ok().body().get("cashed").get(0).get("credited").asLong()).isPositive();
        assertThat(net.broker().totals().penaltyIncome()).as("nobody was taken for a cheat").isZero();
        net.assertConserved(a, b, c);
    }

    @Test
    void aLayerWhosePayeeTookItAndDiedBeforeAnsweringIsNotSpentAgainAndIsTakenOnceWhenDeliveredAgain() throws Exception {
        Signer keyA = Signed.keyOf(net, "A");
        Local.of(c).pay(a, 1).ok();
        net.stop("C");                                                  // the owner is down: A layers its coin
        beforeAPays(p -> {
            Signed.message(net, b, keyA, p).ok();                      // B takes the layer under a request whose answer A never hears
            net.stop("B");
        });

        JsonNode paid = Local.of(a).pay(b, 1).ok().body().get("paid").get(0);
        assertThat(paid.get("plan").asText()).isEqualTo("Layer");
        assertThat(paid.get("queued").asBoolean()).isTrue();
        assertThat(held(a)).as("what A layered away is not A's to spend again").isEmpty();

        b = net.start("B");
        long payeeSteps = b.journalSize();
        assertThat(a.deliver()).isZero();
        assertThat(Local.of(b).get("/local/v1/history?limit=1").ok().body().get(0).get("summary").asText()).contains("again: taken already");
        assertThat(b.journalSize()).isEqualTo(payeeSteps + 1);
        net.stop("B");
        b = net.start("B");                                             // its journal, answers to payments included, served again
        JsonNode coins = held(b);
        assertThat(coins).hasSize(1);
        assertThat(coins.get(0).get("layers").asInt()).isEqualTo(1);
        assertThat(tallied(a, "coinsPaid")).isEqualTo(1);
        assertThat(tallied(a, "outboxed")).isEqualTo(1);

        c = net.start("C");
        assertThat(Local.of(b).cashAll().ok().body().get("cashed").get(0).get("credited").asLong()).isPositive();
        assertThat(net.broker().totals().penaltyIncome()).as("nobody was taken for a cheat").isZero();
        net.assertConserved(a, b, c);
    }
}
