package org.ppay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.crypto.BcEd25519;

/**
 * The explorer's open findings ({@code explore-findings/}) still fail where they say: each is a protocol bug not fixed
 * yet. When one passes, it was fixed: this test says what to do with it (see explore-findings/README.md).
 */
class OpenFindingsTest {
    static Stream<Path> findings() throws IOException {
        Path dir = ScenarioFilesTest.dir().resolveSibling("explore-findings");
        return Files.list(dir).filter(f -> f.toString().endsWith(".ppay")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void an_open_finding_still_fails_at_its_last_expectation(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = lines.size();
        while (n > 0 && (lines.get(n - 1).isBlank() || lines.get(n - 1).startsWith("#"))) n--;
        int last = n;
        ScenarioReport r = new ScenarioRunner(new BcEd25519()).run(String.join("\n", lines));
        assertThat(r.failures())
            .as("%s passes now: the core fixed it. Move it to scenarios/ with its expectations holding, and put the kinds it left out back into TheoremOneProperties",
                file.getFileName())
            .anyMatch(f -> f.startsWith("line " + last + ":"));
    }
}
