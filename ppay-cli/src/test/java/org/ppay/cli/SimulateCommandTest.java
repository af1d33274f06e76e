package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ppay.sim.cost.CostModels;

/** {@code ppay simulate} runs as a new user tries it: small networks, the cost names the output uses. */
class SimulateCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode params(InProcess r) throws Exception { return JSON.readTree(r.out()).get("params"); }

    @Test
    void aNetworkNoLargerThanTheDefaultCacheRunsWithACacheOfEveryOtherPeerAndSaysSo() throws Exception {
        for (int peers : new int[] {2, 50, 100}) {
            InProcess r = InProcess.ppay("simulate", "--peers", Integer.toString(peers), "--days", "0.02", "--json");
            assertThat(r.exit()).as("%d peers", peers).isZero();
            assertThat(params(r).get("cache_size").asInt()).isEqualTo(peers - 1);
            assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("ppay simulate: pong cache of " + (peers - 1) + " peers (the default 100 needs more than 100 peers; --cache-size sets it)");
        }
    }

    @Test
    void aNetworkLargerThanTheDefaultCacheSaysNothingAboutIt() throws Exception {
        InProcess r = InProcess.ppay("simulate", "--peers", "101", "--days", "0.02", "--json");
        assertThat(r.exit()).isZero();
        assertThat(params(r).get("cache_size").asInt()).isEqualTo(100);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aCacheSizeTheUserGaveIsKept() throws Exception {
        InProcess r = InProcess.ppay("simulate", "--peers", "50", "--cache-size", "7", "--days", "0.02", "--json");
        assertThat(r.exit()).isZero();
        assertThat(params(r).get("cache_size").asInt()).isEqualTo(7);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void costsAreAcceptedByTheNameTheOutputUsesAndByTheShortOne() throws Exception {
        for (String name : new String[] {"paper-era", "paper", "PAPER-ERA"}) {
            InProcess r = InProcess.ppay("simulate", "--peers", "20", "--days", "0.02", "--costs", name);
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.outLines().get(0)).as(name).contains(" costs " + CostModels.PAPER_ERA + ",");
        }
        assertThat(SimulateCommandDefaultsTest.parsed("--costs", "measured").costs).isEqualTo(CostModels.MEASURED);
        assertThat(SimulateCommandDefaultsTest.parsed().costs).isEqualTo(CostModels.PAPER_ERA);
    }

    @Test
    void brokerCostsAreNamedInTheOutputAndOnlyTheBrokersProcessingLoadDependsOnThem() throws Exception {
        InProcess paper = InProcess.ppay("simulate", "--peers", "60", "--days", "0.5", "--json");
        InProcess protocol = InProcess.ppay("simulate", "--peers", "60", "--days", "0.5", "--json", "--broker-costs", "protocol");
        assertThat(paper.exit()).isZero();
        assertThat(protocol.exit()).isZero();
        assertThat(params(paper).get("broker_costs").asText()).isEqualTo("paper");
        assertThat(params(protocol).get("broker_costs").asText()).isEqualTo("protocol");
        JsonNode a = JSON.readTree(paper.out()), b = JSON.readTree(protocol.out());
        assertThat(b.get("peer")).isEqualTo(a.get("peer"));
        assertThat(b.get("broker").get("bps_in")).isEqualTo(a.get("broker").get("bps_in"));
        assertThat(b.get("broker").get("hz").asDouble()).as("a signed receipt per cash, and more checks").isGreaterThan(a.get("broker").get("hz").asDouble());
        InProcess table = InProcess.ppay("simulate", "--peers", "60", "--days", "0.5", "--broker-costs", "protocol");
        assertThat(table.outLines().get(0)).endsWith("broker costs protocol");
    }

    @Test
    void peerLoadIsShownWithAndWithoutGuessWork() throws Exception {
        InProcess json = InProcess.ppay("simulate", "--peers", "60", "--days", "0.5", "--json");
        JsonNode peer = JSON.readTree(json.out()).get("peer");
        assertThat(peer.get("hz_without_guess").asDouble()).isPositive()
            .isCloseTo(peer.get("hz").asDouble() - peer.get("hz_by_task").get("guess").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(peer.get("bps_in_without_guess").asDouble()).isPositive().isLessThan(peer.get("bps_in").asDouble());
        assertThat(peer.get("bps_out_without_guess").asDouble()).isPositive().isLessThan(peer.get("bps_out").asDouble());
        InProcess table = InProcess.ppay("simulate", "--peers", "60", "--days", "0.5");
        assertThat(table.outLines()).anySatisfy(l -> assertThat(l).startsWith("no GUESS").contains("without GUESS work"));
    }

    @Test
    void theTableAndTheJsonGoToStdoutAndNothingElseDoes() throws Exception {
        InProcess r = InProcess.ppay("simulate", "--peers", "120", "--days", "0.02");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("PPay simulation: ppay, 120 peers").contains("money conserved: true");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theCacheModelIsGuessByDefaultAndFixedOnRequestAndTheResultReportsItsReciprocityAndCounterparts() throws Exception {
        for (String model : new String[] {"guess", "fixed"}) {
            InProcess r = model.equals("guess") ? InProcess.ppay("simulate", "--peers", "60", "--days", "0.2", "--json")
                : InProcess.ppay("simulate", "--peers", "60", "--days", "0.2", "--caches", model, "--json");
            assertThat(r.exit()).as(model).isZero();
            JsonNode caches = JSON.readTree(r.out()).get("caches");
            assertThat(caches.get("model").asText()).isEqualTo(model);
            assertThat(caches.get("reciprocity").asDouble()).isBetween(0.0, 1.0);
            assertThat(caches.get("reciprocity_online").asDouble()).isBetween(0.0, 1.0);
            assertThat(caches.get("counterparts_mean").asDouble()).isPositive();
            assertThat(caches.get("counterparts_max").asInt()).isPositive();
        }
        InProcess table = InProcess.ppay("simulate", "--peers", "60", "--days", "0.05", "--caches", "fixed");
        assertThat(table.out()).contains("fixed pong caches at the end: reciprocity");
    }
    @Test
    void coinsFloatByDefaultAndAreUsedOnceOnRequest() throws Exception {
        InProcess help = InProcess.ppay("simulate", "--help");
        assertThat(help.out()).contains("--coin-uses").contains("(default: float)");
        for (String uses : new String[] {"float", "once"}) {
            InProcess r = uses.equals("float") ? InProcess.ppay("simulate", "--peers", "60", "--days", "0.2", "--json")
                : InProcess.ppay("simulate", "--peers", "60", "--days", "0.2", "--coin-uses", uses, "--json");
            assertThat(r.exit()).as(uses).isZero();
            JsonNode json = JSON.readTree(r.out());
            assertThat(json.get("params").get("coin_uses").asText()).isEqualTo(uses);
            JsonNode counts = json.get("counts");
            if (uses.equals("once")) {
                assertThat(counts.get("coins_printed").asLong()).isEqualTo(counts.get("coin_payments").asLong()).isPositive();
                assertThat(counts.get("reassign_owner").asLong() + counts.get("layered").asLong()).isZero();
            }
            assertThat(counts.get("chains_redeemed").asLong()).as("open Payword chains redeemed at the end").isPositive();
        }
        assertThat(InProcess.ppay("simulate", "--coin-uses", "twice").exit()).isNotZero();
    }
}
