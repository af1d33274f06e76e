package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.ppay.core.role.ProofRetention;
import picocli.CommandLine.Command;

/** Failures while working: one line and exit 1, never a stack trace; --help still prints the whole usage. */
class ProblemsTest {
    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override public Integer call() { throw new IllegalStateException("the ledger does not balance"); }
    }

    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer>, Problems.MemoryAdvice {
        static volatile long[] sink;

        @Override public Integer call() {
            sink = new long[Integer.MAX_VALUE];                  // more than any JVM gives one array: a real OutOfMemoryError
            return 0;
        }

        @Override public ProofRetention proofs() { return ProofRetention.KEEP; }
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithExitOneAndNoStackTrace() {
        InProcess r = InProcess.run(new Broken());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().isEqualTo("ppay broken: failed: the ledger does not balance (IllegalStateException)");
    }

    @Test
    void runningOutOfMemoryIsOneLineWithTheCommandsAdviceAndExitOne() {
        InProcess r = InProcess.run(new Greedy());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("ppay greedy: out of memory with ")
            .contains("of heap: use --proofs count, fewer --peers or --days, or more heap (PPAY_JAVA_OPTS=").doesNotContain("\tat ");
    }

    @Test
    void helpStillPrintsTheWholeUsageWithExitZero() {
        InProcess r = InProcess.ppay("simulate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: ppay simulate").contains("--peers", "--cache-size", "--days", "--costs", "--json");
    }

    @Test
    void aBadFlagPrintsNoUsage() {
        InProcess r = InProcess.ppay("simulate", "--scheme", "bogus");
        assertThat(r.err()).doesNotContain("Usage:").hasLineCount(1);
    }
}
