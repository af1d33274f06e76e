package org.ppay.cli;

import java.util.concurrent.Callable;
import org.ppay.crypto.CryptoBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppay bench crypto}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Runs a benchmark and prints its figures. Targets: crypto (Ed25519 sign/verify, SHA-256: BouncyCastle vs JDK).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TARGET", description = "what to measure: crypto")
    String target;

    @Option(names = "--seconds", defaultValue = "3", description = "measuring time per figure (default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() {
        if (!target.equals("crypto")) {
            System.err.println("ppay bench: unknown target '" + target + "' (known: crypto)");
            return 2;
        }
        System.out.print(CryptoBench.run(seconds));
        return 0;
    }
}
