package org.ppay.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppay.crypto.Providers;
import org.ppay.scenario.ScenarioReport;
import org.ppay.scenario.ScenarioRunner;
import org.ppay.scenario.ScriptFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ppay scenario FILE...}: runs scripted scenarios through the protocol core and prints one JSON line per
 * file (JSON Lines, so reports can be streamed, grepped and parsed line by line). Every file is read before any
 * runs, so a bad file or flag stops the command with one line on stderr and exit code 2.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Runs scenario scripts through the protocol core with real Ed25519 signatures and a simulated clock.",
        "Prints one JSON object per line and file ({\"file\":...,\"ok\":bool,\"steps\":N,\"failure_count\":N,\"failures\":[first "
            + ScenarioReport.LISTED_FAILURES + "],\"balances\":{...},...}) and exits 0 only if every file has steps and every "
            + "expectation held (1 otherwise, 2 for a bad file or flag). The language is described in scenarios/README.md."})
final class ScenarioCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files, all read before any runs")
    List<Path> files;

    @Option(names = "--crypto", defaultValue = Providers.DEFAULT, converter = Domain.Crypto.class,
        description = "signature provider: bc-ed25519 or jdk-ed25519 (default: ${DEFAULT-VALUE})")
    String crypto;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, String> scripts = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                scripts.put(f, ScriptFile.read(f));
            } catch (ScriptFile.Unreadable e) {
                throw new Problems.BadInput(spec, e.getMessage());
            }
        }
        boolean allOk = true;
        for (Map.Entry<Path, String> s : scripts.entrySet()) {
            ScenarioReport r = new ScenarioRunner(Providers.byName(crypto)).run(s.getValue());
            out.println(json.writeValueAsString(line(s.getKey(), r)));
            allOk &= r.ok();
        }
        out.flush();
        return allOk ? 0 : 1;
    }

    /** One report as a JSON Lines object: always named by its file, the failure total next to the listed ones. */
    static Map<String, Object> line(Path file, ScenarioReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("ok", r.ok());
        m.put("steps", r.steps());
        m.put("failure_count", r.failureCount());
        m.put("failures", r.failures());
        m.put("balances", r.balances());
        m.put("deposits", r.deposits());
        m.put("detections", r.detections());
        m.put("conserved", r.conserved());
        return m;
    }
}
