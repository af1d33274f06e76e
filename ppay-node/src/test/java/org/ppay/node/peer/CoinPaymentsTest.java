package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;

/**
 * Coins paid between three daemons over real sockets, by the paper's policy: an own coin, then a held coin through its
 * online owner, a layer while the owner is down, the broker once no layer may be added; the owner back online audits
 * what the broker did; the last holder cashes; and the broker's books balance against every account's statement.
 */
class CoinPaymentsTest {
    @TempDir Path dir;
    private Cluster net;

    @BeforeEach
    void start() throws Exception { net = new Cluster(dir, Params.defaults()); }

    @AfterEach
    void stop() { net.close(); }

    @Test
    void aCoinTravelsByOwnerLayerAndBrokerAndIsCashedWithMoneyConserved() throws Exception {
        PeerDaemon a = net.start("A"), b = net.start("B", c -> c.scheme(Scheme.PPAY_STAR)), c = net.start("C");
        Local la = Local.of(a), lb = Local.of(b), lc = Local.of(c);

        JsonNode printed = lc.pay(a, 1).ok().body().get("paid").get(0);
        assertThat(printed.get("plan").asText()).isEqualTo("PrintNew");
        String coin = printed.get("coin").asText();

        JsonNode viaOwner = la.pay(b, 1).ok().body().get("paid").get(0);
        assertThat(viaOwner.get("plan").asText()).isEqualTo("ViaOwner");
        assertThat(viaOwner.get("coin").asText()).isEqualTo(coin);
        assertThat(viaOwner.get("seq").asLong()).isEqualTo(2);

        net.stop("C");
        assertThat(lb.pay(a, 1).ok().body().get("paid").get(0).get("plan").asText()).isEqualTo("Layer");
        assertThat(la.pay(b, 1).ok().body().get("paid").get(0).get("plan").asText()).isEqualTo("Layer");
        JsonNode viaBroker = lb.pay(a, 1).ok().body().get("paid").get(0);
        assertThat(viaBroker.get("plan").asText()).isEqualTo("ViaBroker");
        assertThat(viaBroker.get("seq").asLong()).isEqualTo(5);

        c = net.start("C");                                   // back online: collects and audits the broker's reassignment
        JsonNode own = Local.of(c).coins().ok().body().get("owned").get(0);
        assertThat(own.get("coin").asText()).isEqualTo(coin);
        assertThat(own.get("holder").asText()).isEqualTo(Local.id(a));
        assertThat(own.get("seq").asLong()).isEqualTo(5);

        JsonNode cashed = la.cashAll().ok().body().get("cashed");
        assertThat(cashed).hasSize(1);
        assertThat(cashed.get(0).get("credited").asLong()).isEqualTo(net.params.coinValue() - net.params.cashFee());
        assertThat(la.coins().ok().body().get("held")).isEmpty();
        net.assertConserved(a, b, c);
    }

    @Test
    void aPeerThatLeftCashedWhatItHeldAndNeitherPaysNorIsPaid() throws Exception {
        PeerDaemon a = net.start("A"), b = net.start("B");
        Local.of(b).pay(a, 2).ok();
        JsonNode left = Local.of(a).post("/local/v1/leave", java.util.Map.of()).ok().body();
        assertThat(left.get("cashed").asInt()).isEqualTo(2);
        JsonNode account = Local.of(a).balance().ok().body().get("account");
        assertThat(account.get("status").asText()).isEqualTo("CLOSED");
        assertThat(account.get("prepaid").asLong()).as("unused serials refunded").isZero();
        Local.of(a).pay(b, 1).refused(403, "ACCOUNT_CLOSED");
        Local.of(b).pay(a, 1).refused(403, "ACCOUNT_CLOSED");
        net.assertConserved(a, b);
    }
}
