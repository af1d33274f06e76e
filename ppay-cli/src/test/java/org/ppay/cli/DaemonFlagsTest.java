package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon commands check every flag before doing anything: one line naming the flag and its range, exit 2. */
class DaemonFlagsTest {
    @TempDir Path dir;

    private static void oneLineNaming(InProcess r, String flag) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(flag).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBrokerWithABadPortOrDatabaseUrlStopsAtOnce() {
        oneLineNaming(InProcess.run(new BrokerCommand(), "--port", "70000", "--db", "sqlite:" + dir.resolve("b.db")), "--port must be in [0, 65535]");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--port", "http", "--db", "sqlite:" + dir.resolve("b.db")), "--port");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--port", "0", "--db", "mysql://x", "--key", dir.resolve("k").toString()), "--db");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--renewal-wait", "0", "--db", "sqlite:" + dir.resolve("b.db")), "--renewal-wait must be in [1, 315360000]");
    }

    @Test
    void aBrokerWithAProtocolParameterOutOfRangeStopsBeforeItOpensItsDatabase() {
        String db = "sqlite:" + dir.resolve("b.db");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--coin-value", "0"), "--coin-value must be in [1, ");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--coin-value", "50", "--cash-fee", "51"), "--cash-fee must be in [0, 50]");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--broker-fee", "-1"), "--broker-fee must be in [0, ");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--penalty", "lots"), "--penalty must be a whole number");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--max-layers", "31"), "--max-layers must be in [0, 30]");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--boot-after", "0"), "--boot-after must be in [1, 1000]");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--certificate-lifetime", "0"), "--certificate-lifetime must be in [1, ");
        oneLineNaming(InProcess.run(new BrokerCommand(), "--db", db, "--request-freshness", "86401"), "--request-freshness must be in [1, 86400]");
        assertThat(dir.resolve("b.db")).doesNotExist();
    }

    @Test
    void aBrokersProtocolFlagsDefaultToParamsAndSetWhatTheyName() {
        BrokerCommand none = new BrokerCommand();
        new picocli.CommandLine(none).parseArgs();
        assertThat(none.params()).isEqualTo(org.ppay.core.Params.defaults());
        BrokerCommand some = new BrokerCommand();
        new picocli.CommandLine(some).parseArgs("--coin-value", "500", "--cash-fee", "5", "--max-layers", "4", "--penalty", "0");
        assertThat(some.params()).isEqualTo(org.ppay.core.Params.defaults().toBuilder().coinValue(500).cashFee(5).maxLayers(4).penalty(0).build());
    }

    @Test
    void aPeerWithAnyBadFlagStopsBeforeItMakesAKeyOrCallsTheBroker() {
        String data = dir.resolve("p").toString();
        oneLineNaming(InProcess.run(new PeerCommand(), "--data", data), "--broker");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "ftp://x", "--data", data), "--broker must be an http(s)");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--port", "-1"), "--port must be in [0, 65535]");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--local-port", "x"), "--local-port");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--balance", "-5"), "--balance must be in [0, ");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--serials", "2000000"), "--serials must be in [0, 1000000]");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--scheme", "rm"), "--scheme must be ppay or ppay-star");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--upkeep-every", "soon"), "--upkeep-every");
        oneLineNaming(InProcess.run(new PeerCommand(), "--broker", "http://127.0.0.1:1", "--data", data, "--deliver-every", "4000"), "--deliver-every must be in [0, 3600]");
        assertThat(dir.resolve("p")).doesNotExist();
    }

    @Test
    void theWalletChecksItsArgumentsBeforeItLooksForTheDaemon() {
        String data = dir.resolve("none").toString();
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "pay", "not-a-key", "1"), "PEER must be a public key");
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "pay", "A".repeat(43), "0"), "N must be in [1, 1000]");
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "cash"), "give either COIN or --all");
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "pay"), "PEER is missing");
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "serve", "A".repeat(43)), "N is missing");
        oneLineNaming(InProcess.run(new WalletCommand(), "--data", data, "history", "--limit", "0"), "--limit must be in [1, 10000]");
        InProcess absent = InProcess.run(new WalletCommand(), "--data", data, "balance");
        assertThat(absent.exit()).isEqualTo(1);
        assertThat(absent.err()).contains("no peer in").hasLineCount(1);
    }
}
