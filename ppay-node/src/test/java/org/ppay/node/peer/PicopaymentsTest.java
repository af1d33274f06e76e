package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;

/**
 * Services paid by picopayments across two daemons (Section 5.4): the server invoices, the client's daemon pays on its
 * credit line to the server, a coin for every x picopayments, with Payword hash chains and with soft credit windows.
 */
class PicopaymentsTest {
    @TempDir Path dir;

    @Test
    void withPaywordEveryTenWordsAreSettledByACoinAndTheRestStaysOwed() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon server = net.start("S"), client = net.start("C");
            Local.of(client).allow(server, 25).ok();
            JsonNode paid = Local.of(server).serve(client, 25).ok().body();
            assertThat(paid.get("paid").asInt()).isEqualTo(25);
            assertThat(paid.get("coins").asInt()).isEqualTo(2);
            assertThat(paid.get("failed").isNull()).isTrue();
            assertThat(Local.of(server).coins().ok().body().get("held")).hasSize(2);
            assertThat(credit(server, client).get("owedToMe").asLong()).isEqualTo(5);
            assertThat(credit(client, server).get("iOwe").asLong()).isEqualTo(5);
            Local.of(server).cashAll().ok();
            net.assertConserved(server, client);
        }
    }

    @Test
    void withSoftCreditWindowsTheServerGivesCreditUntilACoinIsDue() throws Exception {
        Params scw = Params.builder().creditWindowType(Params.CreditWindowType.SCW).creditWindowSize(3).build();
        try (Cluster net = new Cluster(dir, scw)) {
            PeerDaemon server = net.start("S"), client = net.start("C");
            Local.of(client).allow(server, 7).ok();
            JsonNode paid = Local.of(server).serve(client, 7).ok().body();
            assertThat(paid.get("paid").asInt()).isEqualTo(7);
            assertThat(paid.get("coins").asInt()).isEqualTo(2);
            assertThat(credit(server, client).get("owedToMe").asLong()).isEqualTo(1);
            assertThat(credit(client, server).get("iOwe").asLong()).isEqualTo(1);
            Local.of(server).cashAll().ok();
            net.assertConserved(server, client);
        }
    }

    @Test
    void aClientPaysNoInvoiceBeyondWhatItsApplicationAllowed() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon server = net.start("S"), client = net.start("C");
            Local.of(client).allow(server, 3).ok();
            long steps = client.journalSize();
            Local.Reply refused = Local.of(server).serve(client, 4);
            assertThat(refused.status()).isEqualTo(402);
            assertThat(refused.code()).isEqualTo("PAYMENT_REFUSED");
            assertThat(client.journalSize()).isEqualTo(steps);
            assertThat(Local.of(server).serve(client, 3).ok().body().get("paid").asInt()).isEqualTo(3);
        }
    }

    private static JsonNode credit(PeerDaemon self, PeerDaemon other) throws Exception {
        for (JsonNode c : Local.of(self).balance().ok().body().get("credit")) {
            if (c.get("peer").asText().equals(Local.id(other))) return c;
        }
        throw new AssertionError("no credit relation with " + Local.id(other));
    }
}
