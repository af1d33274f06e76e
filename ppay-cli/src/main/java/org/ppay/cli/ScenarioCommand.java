package org.ppay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppay.crypto.Providers;
import org.ppay.scenario.ScenarioReport;
import org.ppay.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppay scenario FILE...}: runs scripted scenarios through the protocol core and prints a JSON report. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Runs scenario scripts through the protocol core with real Ed25519 signatures and a simulated clock.",
        "Prints one JSON report per file ({\"ok\":bool,\"steps\":N,\"failures\":[...],\"balances\":{...}}) and exits 0 only if every expectation held.",
        "The language is described in scenarios/README.md."})
final class ScenarioCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
    List<Path> files;

    @Option(names = "--crypto", defaultValue = Providers.DEFAULT,
        description = "signature provider: bc-ed25519 (default), jdk-ed25519, counting-fake")
    String crypto;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        boolean allOk = true;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("ppay scenario: no such file: " + f);
                return 2;
            }
            ScenarioReport r = new ScenarioRunner(Providers.byName(crypto)).run(Files.readString(f, StandardCharsets.UTF_8));
            Map<String, Object> out = new LinkedHashMap<>();
            if (files.size() > 1) out.put("file", f.toString());
            out.put("ok", r.ok());
            out.put("steps", r.steps());
            out.put("failures", r.failures());
            out.put("balances", r.balances());
            out.put("deposits", r.deposits());
            out.put("detections", r.detections());
            out.put("conserved", r.conserved());
            System.out.println(json.writeValueAsString(out));
            allOk &= r.ok();
        }
        return allOk ? 0 : 1;
    }
}
