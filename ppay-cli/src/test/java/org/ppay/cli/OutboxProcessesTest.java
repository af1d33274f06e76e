package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.msg.Payment;
import org.ppay.node.peer.Faults;
import org.ppay.node.peer.PeerConfig;
import org.ppay.node.peer.PeerDaemon;
import org.ppay.node.wire.Ids;

/**
 * The broker, a payee and a coin's owner as processes; the payer first in this process, so that the payee can be
 * killed (SIGKILL) at the one moment between the payer's ping and the payment's delivery. The owner has reassigned the
 * coin by then, so the payment waits in the payer's outbox; the payer goes on as a process of its own, is killed too
 * while the payment waits, and once both are back the outbox delivers: the payee holds the coin and cashes it, the
 * books balance, and nobody is taken for a cheat.
 */
class OutboxProcessesTest {
    @TempDir Path dir;

    private static DemoPeer peer(DemoProcesses processes, String name, Path data, String broker) throws Exception {
        return DemoPeer.of(name, data, processes.start(name, "peer", "--broker", broker, "--data", data.toString(), "--upkeep-every", "0", "--deliver-every", "0"));
    }

    private static int outbox(DemoPeer p) throws Exception { return p.get("/local/v1/status").get("outbox").asInt(); }

    @Test
    void aPaymentWhosePayeeIsKilledBeforeDeliveryWaitsInTheOutboxThroughThePayersOwnKillAndReachesThePayeeWhichCashesIt() throws Exception {
        try (DemoProcesses processes = new DemoProcesses(dir)) {
            int port = DemoProcesses.freePort();
            String broker = "http://127.0.0.1:" + port;
            processes.start("broker", "broker", "--db", "sqlite:" + dir.resolve("broker.db"), "--port", Integer.toString(port),
                "--key", dir.resolve("broker.key").toString());
            DemoPeer b = peer(processes, "B", dir.resolve("B"), broker), c = peer(processes, "C", dir.resolve("C"), broker);
            Path payerData = dir.resolve("A");

            String coin;
            try (PeerDaemon inProcess = PeerDaemon.start(PeerConfig.builder(broker, payerData).upkeepEvery(0).deliverEvery(0).build())) {
                DemoPeer a = new DemoPeer("A", payerData, Ids.text(inProcess.id()), null);
                coin = c.pay(a).get("paid").get(0).get("coin").asText();
                AtomicBoolean armed = new AtomicBoolean(true);
                inProcess.faults((point, m) -> {
                    if (point == Faults.Point.BEFORE_SEND && m instanceof Payment && armed.getAndSet(false)) kill(processes, b);
                });
                JsonNode paid = a.pay(b).get("paid").get(0);
                assertThat(paid.get("plan").asText()).as("the owner reassigned the coin to B").isEqualTo("ViaOwner");
                assertThat(paid.get("queued").asBoolean()).isTrue();
                assertThat(b.up()).isFalse();
                assertThat(outbox(a)).isEqualTo(1);
            }

            DemoPeer a = peer(processes, "A", payerData, broker);
            assertThat(outbox(a)).as("the outbox is in the payer's journal").isEqualTo(1);
            processes.kill(a.daemon());
            processes.restart(b.daemon());
            processes.restart(a.daemon());
            assertThat(a.post("/local/v1/outbox/deliver", Map.of()).get("waiting").asInt()).isZero();

            JsonNode held = b.get("/local/v1/coins").get("held");
            assertThat(held).hasSize(1);
            assertThat(held.get(0).get("coin").asText()).isEqualTo(coin);
            assertThat(b.post("/local/v1/cash", Map.of("all", true)).get("cashed").get(0).get("credited").asLong()).isPositive();
            DemoSummary.Books books = DemoRun.books(broker, List.of(a, b, c));
            assertThat(books.balance()).as("books balance: " + books).isTrue();
            assertThat(books.coinsHeld()).isZero();
            assertThat(books.inOutboxes()).isZero();
            assertThat(books.penaltyIncome()).isZero();
            assertThat(DemoRun.brokerGet(broker, "/v1/frauds").get("frauds")).as("nothing proven against anyone").isEmpty();
        }
    }

    private static void kill(DemoProcesses processes, DemoPeer p) {
        try {
            processes.kill(p.daemon());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
