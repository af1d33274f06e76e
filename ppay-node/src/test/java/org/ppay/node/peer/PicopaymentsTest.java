package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ppay.core.Params;

/**
 * Services paid by picopayments across two daemons (Section 5.4): the server invoices, the client's daemon pays on its
 * credit line to the server, a coin for every x picopayments, with Payword hash chains and with soft credit windows.
 */
class PicopaymentsTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}, x = {1}: {2} services pay {3} coins and leave {4} owed")
    @CsvSource({"PAYWORD, 10, 25, 2, 5", "SCW, 3, 7, 2, 1"})
    void everyXPicopaymentsAreSettledByACoinAndTheRestStaysOwed(Params.CreditWindowType type, int x, int n, int coins, int owed) throws Exception {
        try (Cluster net = new Cluster(dir, Params.builder().creditWindowType(type).creditWindowSize(x).build())) {
            PeerDaemon server = net.start("S"), client = net.start("C");
            Local.of(client).allow(server, n).ok();
            JsonNode paid = Local.of(server).serve(client, n).ok().body();
            assertThat(paid.get("paid").asInt()).isEqualTo(n);
            assertThat(paid.get("coins").asInt()).isEqualTo(coins);
            assertThat(paid.get("failed").isNull()).isTrue();
            assertThat(Local.of(server).coins().ok().body().get("held")).hasSize(coins);
            assertThat(credit(server, client).get("owedToMe").asLong()).isEqualTo(owed);
            assertThat(credit(client, server).get("iOwe").asLong()).isEqualTo(owed);
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
