package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;

/**
 * A payee busy with a step of its own when a payment reaches it (found by ppay demo, whose peers pay and invoice each
 * other at once): the payer had given the coin up already, so a payment turned away OFFLINE left the coin held by
 * nobody. The payment now waits for the payee's core, and the payee holds the coin.
 */
class BusyPayeeTest {
    @TempDir Path dir;

    @Test
    void aPaymentToAPayeeBusyForSecondsWaitsAndTheCoinArrives() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), b = net.start("B"), c = net.start("C");
            String coin = Local.of(c).pay(a, 1).ok().body().get("paid").get(0).get("coin").asText();
            CompletableFuture<Void> payee = Cluster.busy(b, 1_500);   // B's core is taken by a long step of its own
            JsonNode paid = Local.of(a).pay(b, 1).ok().body().get("paid").get(0);
            payee.join();
            assertThat(paid.get("coin").asText()).isEqualTo(coin);
            JsonNode held = Local.of(b).coins().ok().body().get("held");
            assertThat(held).hasSize(1);
            assertThat(held.get(0).get("coin").asText()).isEqualTo(coin);
            net.assertConserved(a, b, c);
        }
    }
}
