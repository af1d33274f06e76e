package org.ppay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.crypto.BcEd25519;

/** Every script under {@code scenarios/} runs green with real Ed25519 signatures and keeps the books balanced. */
class ScenarioFilesTest {
    static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("scenarios"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no scenarios/ directory above " + Path.of("").toAbsolutePath());
        return p.resolve("scenarios");
    }

    static Stream<Path> scenarios() throws IOException {
        return Files.list(dir()).filter(f -> f.toString().endsWith(".ppay")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioPassesWithBalancedBooks(Path file) throws IOException {
        ScenarioReport r = new ScenarioRunner(new BcEd25519()).run(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(r.failures()).as(file.getFileName().toString()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.conserved()).as("money conserved").isTrue();
    }

    @Test
    void thereAreAtLeastThirtyScenarios() throws IOException {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(30);
    }
}
