package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.scenario.ScenarioReport;

/** {@code ppay scenario} as a user meets it: JSON Lines out, exit 0/1/2, one line on stderr for bad input. */
class ScenarioCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSING = "join A balance=100\nexpect balance A 100\n";

    @TempDir Path dir;

    Path file(String name, String text) throws IOException { return Files.writeString(dir.resolve(name), text); }

    static InProcess scenario(String... args) { return InProcess.run(new ScenarioCommand(), args); }

    @Test
    void anEmptyFileExitsOneAndReportsNotOk() throws IOException {
        InProcess r = scenario(file("empty.ppay", "# only a comment\n\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.outLines().get(0));
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("steps").asInt()).isZero();
        assertThat(report.get("failures").get(0).asText()).contains("no steps");
    }

    @Test
    void eachFileGivesOneCompactJsonLineNamingItsFile() throws IOException {
        Path a = file("a.ppay", PASSING), b = file("b.ppay", PASSING + "expect balance A 7\n");
        InProcess r = scenario(a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("\n").startsWith("{\"file\":"));
        JsonNode first = JSON.readTree(lines.get(0)), second = JSON.readTree(lines.get(1));
        for (JsonNode n : List.of(first, second)) assertThat(n.has("ok") && n.has("steps") && n.has("failure_count")).isTrue();
        assertThat(first.get("file").asText()).isEqualTo(a.toString());
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("failure_count").asInt()).isZero();
        assertThat(second.get("ok").asBoolean()).isFalse();
        assertThat(second.get("failure_count").asInt()).isEqualTo(1);
    }

    @Test
    void aSingleFileReportAlsoNamesItsFile() throws IOException {
        Path a = file("a.ppay", PASSING);
        InProcess r = scenario(a.toString());
        assertThat(r.exit()).isZero();
        assertThat(JSON.readTree(r.outLines().get(0)).get("file").asText()).isEqualTo(a.toString());
    }

    @Test
    void aFileOfGarbageListsAHundredFailuresAndCountsThemAll() throws IOException {
        InProcess r = scenario(file("junk.ppay", "%$ garbage\n".repeat(1000)).toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.outLines().get(0));
        assertThat(report.get("failures")).hasSize(ScenarioReport.LISTED_FAILURES);
        assertThat(report.get("failure_count").asInt()).isEqualTo(1000);
    }

    @Test
    void anUnknownCryptoProviderIsOneLineNamingTheFlagAndItsValuesWithExitTwo() throws IOException {
        InProcess r = scenario("--crypto", "bogus", file("a.ppay", PASSING).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
            .isEqualTo("ppay scenario: --crypto must be one of bc-ed25519, jdk-ed25519, not 'bogus'");
    }

    @Test
    void theSimulatorsCountingFakeIsNeitherOfferedNorAccepted() throws IOException {
        assertThat(InProcess.ppay("scenario", "--help").out()).contains("bc-ed25519", "jdk-ed25519").doesNotContain("counting-fake");
        InProcess r = scenario("--crypto", "counting-fake", file("a.ppay", PASSING).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("one of bc-ed25519, jdk-ed25519, not 'counting-fake'");
    }

    @Test
    void theJdkProviderRunsAScenarioToo() throws IOException {
        InProcess r = scenario("--crypto", "jdk-ed25519", file("a.ppay", PASSING).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLineWithExitTwo() {
        InProcess r = scenario(dir.resolve("missing.ppay").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("no such file", "missing.ppay");
    }

    @Test
    void aBinaryFileIsOneLineWithoutAStackTraceAndExitTwo() throws IOException {
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        InProcess r = scenario(file("a.ppay", PASSING).toString(), bin.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).as("no file runs when one cannot be read").isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("x.bin").doesNotContain("Exception");
    }

    @Test
    void aDirectoryIsOneLineWithExitTwo() {
        InProcess r = scenario(dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("not a regular file");
    }
}
