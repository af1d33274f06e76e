package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.node.peer.Tally;

/**
 * {@code ppay demo} end to end through real processes: a tiny run conserves money, catches both frauds against the
 * rogue, punishes no honest peer, and leaves no process behind; and every bad flag is one line with exit 2.
 */
class DemoCommandTest {
    @TempDir Path dir;

    @Test
    void aTinyDemoConservesMoneyCatchesBothFraudsAndEndsEveryProcess() throws Exception {
        Path kept = dir.resolve("demo");
        InProcess r = InProcess.ppay("demo", "--peers", "3", "--minutes", "0.25", "--seed", "5", "--keep", kept.toString(), "--json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode s = WalletClient.JSON.readTree(r.out());
        assertThat(s.get("conserved").asBoolean()).isTrue();
        assertThat(s.get("ok").asBoolean()).isTrue();
        assertThat(s.get("frauds")).hasSize(2).allSatisfy(f -> assertThat(f.get("caught").asBoolean()).as(f.toString()).isTrue());
        assertThat(s.get("frauds").findValuesAsText("kind")).containsExactly("HOLDER_DOUBLE_SPEND", "OWNER_DOUBLE_SPEND");
        assertThat(s.get("proven")).isNotEmpty().allSatisfy(p -> assertThat(p.get("culprit").asText()).isEqualTo("rogue"));
        assertThat(s.get("honestPunished")).isEmpty();
        assertThat(s.at("/done/picopayments").asLong()).isPositive();
        assertThat(s.at("/done/coinsPaid").asLong()).isPositive();
        assertThat(s.at("/workload/kills").asLong()).isEqualTo(s.at("/workload/restarts").asLong());
        assertThat(r.err()).contains("ppay demo: seed 5 (repeat with --seed 5)", "the rogue printed a serial twice");
        for (String p : List.of("p1", "p2", "p3")) {
            long pid = WalletClient.JSON.readTree(Files.readString(kept.resolve(p).resolve("daemon.json"))).get("pid").asLong();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as(p + " still running").isFalse();
        }
        assertThat(kept.resolve("broker.db")).exists();
    }

    @Test
    void theTextSummarySaysWhatWasCaughtWhoWasPunishedAndWhetherMoneyWasConserved() {
        DemoSummary s = new DemoSummary(5, 3, 1, 60, new DemoSummary.Workload(10, 30, 5, 2, 4, 4), Tally.NONE,
            List.of(new DemoSummary.Played("HOLDER_DOUBLE_SPEND", "p2:1", "p3", true), new DemoSummary.Played("OWNER_DOUBLE_SPEND", "rogue:1", "p1", false)),
            List.of(new DemoSummary.Proven("rogue", "HOLDER_DOUBLE_SPEND", "p2:1")), List.of(),
            new DemoSummary.Books(44_000, 43_000, 0, 1_000, 0, true, 0, 0), true, false);
        assertThat(s.text()).contains("fraud       holder double spend of p2:1, copy to p3: caught",
            "fraud       owner double spend of rogue:1, copy to p1: NOT CAUGHT", "punished    rogue (holder double spend); honest peers: none",
            "44,000 in = 43,000 in accounts + 0 fees + 1,000 penalties + 0 escrow", "money conserved: yes");
    }

    @Test
    void aKeptDirectoryThatHoldsFilesIsRefusedBeforeAnythingStarts() throws Exception {
        Path full = Files.createDirectories(dir.resolve("old"));
        Files.writeString(full.resolve("broker.db"), "an old run");
        BadInputTest.assertRefused(InProcess.ppay("demo", "--keep", full.toString()), "--keep must be a new or empty directory");
    }
}
