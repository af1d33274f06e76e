package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker and two peers as real processes ({@code java ... org.ppay.cli.Main broker|peer}) on loopback, the wallet
 * paying across them, and each process stopping cleanly on SIGTERM.
 */
class RealProcessesTest {
    @TempDir Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (Process p : started) p.destroyForcibly();
    }

    private Process launch(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".err").toFile()).start();
        started.add(p);
        return p;
    }

    /** The one line a daemon prints once it serves. */
    private String firstLine(Process p, String name) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return r.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(line).as(name + " said nothing; its stderr: " + Files.readString(dir.resolve(name + ".err"))).isNotNull();
        return line;
    }

    private static InProcess wallet(String... args) { return InProcess.run(new WalletCommand(), args); }

    @Test
    void aBrokerAndTwoPeerProcessesPayEachOtherAndStopCleanlyOnSigterm() throws Exception {
        Process broker = launch("broker", "broker", "--db", "sqlite:" + dir.resolve("broker.db"), "--port", "0", "--key", dir.resolve("broker.key").toString());
        String said = firstLine(broker, "broker");
        assertThat(said).startsWith("ppay broker ").contains(" listening on http://127.0.0.1:");
        String url = said.replaceAll(".* listening on (http://[^ ]+).*", "$1");
        Path a = dir.resolve("A"), b = dir.resolve("B");
        Process pa = launch("A", "peer", "--broker", url, "--data", a.toString(), "--upkeep-every", "0");
        Process pb = launch("B", "peer", "--broker", url, "--data", b.toString(), "--upkeep-every", "0");
        assertThat(firstLine(pa, "A")).startsWith("ppay peer ").contains("local API on http://127.0.0.1:");
        firstLine(pb, "B");
        String idB = WalletClient.JSON.readTree(Files.readString(b.resolve("daemon.json"))).get("peer").asText();

        InProcess paid = wallet("--data", a.toString(), "pay", idB, "2");
        assertThat(paid.exit()).as(paid.err()).isZero();
        assertThat(paid.outLines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("paid ").endsWith("by PrintNew"));
        JsonNode coins = WalletClient.JSON.readTree(wallet("--data", b.toString(), "coins", "--json").out());
        assertThat(coins.get("held")).hasSize(2);
        assertThat(wallet("--data", b.toString(), "balance").out()).contains("2 held (worth 200)").contains("balance 5000, deposit 1000, prepaid 5000");
        assertThat(wallet("--data", a.toString(), "history").out()).contains("paid coin");
        InProcess cashed = wallet("--data", b.toString(), "cash", "--all");
        assertThat(cashed.outLines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("credited 99"));

        for (Process p : List.of(pa, pb, broker)) {
            p.destroy();                                                 // SIGTERM
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isIn(0, 143);
        }
        InProcess down = wallet("--data", a.toString(), "balance");
        assertThat(down.exit()).isEqualTo(1);
        assertThat(down.err()).contains("does not answer");
    }
}
