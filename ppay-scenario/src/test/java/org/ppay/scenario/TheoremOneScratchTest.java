package org.ppay.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ppay.core.crypto.CountingCrypto;

class TheoremOneScratchTest {
    @Test
    void run() throws Exception {
        try (var files = Files.list(Path.of("/tmp/t1props_7859"))) {
            for (Path f : files.sorted().toList()) {
                if (!f.toString().endsWith(".ppay")) continue;
                ScenarioRunner r = new ScenarioRunner(new CountingCrypto());
                StringBuilder out = new StringBuilder("=== " + f.getFileName() + "\n");
                for (String line : Files.readAllLines(f)) {
                    int h = line.indexOf("//");
                    if (h >= 0) line = line.substring(0, h);
                    if (line.isBlank()) continue;
                    if (line.startsWith("expect ")) { out.append(line).append(" -> ").append(r.check(line.substring(7))).append('\n'); continue; }
                    ScenarioRunner.Step s = r.step(line);
                    out.append(String.format("%-40s %s | culprits=%s inv=%s conserved=%s%n", line, s.ok() ? "ok" : s.refused() + " (" + s.message() + ")",
                        r.culprits(), r.invariantViolations(), r.conserved()));
                }
                System.out.println(out);
            }
        }
    }
}
