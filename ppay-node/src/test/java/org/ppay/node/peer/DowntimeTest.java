package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.exchange.Exchange;

/**
 * The downtime protocol between daemons (Section 3): an owner that does not answer in time is replaced by the broker,
 * and collects what the broker did when it comes back; upkeep renews a coin past the middle of its window (Section 5.3).
 */
class DowntimeTest {
    @TempDir Path dir;

    @Test
    void anOwnerTooBusyToAnswerIsReplacedByTheBrokerAndLaterAuditsWhatItDid() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), b = net.start("B"), c = net.start("C");
            Local.of(c).pay(a, 1).ok();
            CompletableFuture<Void> owner = Cluster.busy(c, 2_500);   // C's core is taken by a long step of its own
            JsonNode paid = Local.of(a).pay(b, 1).ok().body().get("paid").get(0);
            owner.join();
            assertThat(paid.get("plan").asText()).as("the plan was the owner; the broker stood in").isEqualTo("ViaOwner");
            JsonNode held = Local.of(b).coins().ok().body().get("held").get(0);
            assertThat(held.get("byBroker").asBoolean()).isTrue();
            assertThat(held.get("seq").asLong()).isEqualTo(2);

            net.stop("C");
            JsonNode own = Local.of(net.start("C")).coins().ok().body().get("owned").get(0);
            assertThat(own.get("holder").asText()).isEqualTo(Local.id(b));
            assertThat(own.get("seq").asLong()).isEqualTo(2);
        }
    }

    @Test
    void upkeepRenewsAHeldCoinAtItsOwnerOncePastTheMiddleOfItsWindow() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), c = net.start("C");
            Local.of(c).pay(a, 1).ok();
            long end = Local.of(a).coins().ok().body().get("held").get(0).get("windowEnd").asLong();
            assertThat(a.upkeep().renewedByOwner()).as("not yet half way").isZero();
            net.clock.addAndGet(net.params.renewalWait() / 2 + 60);
            Exchange.Upkeep done = a.upkeep();
            assertThat(done.renewedByOwner()).isEqualTo(1);
            JsonNode held = Local.of(a).coins().ok().body().get("held").get(0);
            assertThat(held.get("windowEnd").asLong()).isEqualTo(end + net.params.renewalWait());
            assertThat(held.get("seq").asLong()).isEqualTo(2);
        }
    }
}
