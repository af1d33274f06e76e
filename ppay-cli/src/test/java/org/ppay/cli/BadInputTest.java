package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.SimConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every bad input, on every command, as a new user would type it: one line on stderr that names the flag and what
 * it accepts, exit code 2, nothing on stdout, no usage dump, no stack trace, no Java class name, and no work done.
 */
class BadInputTest {
    @TempDir Path dir;

    /** A command line and what its one line must say. */
    static Arguments refused(List<String> args, String... says) { return Arguments.of(String.join(" ", args), args, List.of(says)); }

    static Stream<Arguments> badInputs() {
        return Stream.of(
            refused(List.of("simulate", "--peers", "x"), "ppay simulate: --peers must be an integer of at least 2, not 'x'"),
            refused(List.of("simulate", "--peers", "1"), "--peers", "at least 2"),
            refused(List.of("simulate", "--peers", "2000000000"), "--peers 2000000000 for 40 days needs at least", "of heap", "--peers must be at most"),
            refused(List.of("simulate", "--peers", "50", "--cache-size", "50"), "--cache-size must be in [1, peers) = [1, 50), not 50"),
            refused(List.of("simulate", "--cache-size", "0"), "--cache-size", "at least 1"),
            refused(List.of("simulate", "--days", "Infinity"), "--days must be a number above 0 and at most 3650, not 'Infinity'"),
            refused(List.of("simulate", "--days", "1e9"), "--days", "at most 3650", "'1e9'"),
            refused(List.of("simulate", "--days", "NaN"), "--days", "at most 3650"),
            refused(List.of("simulate", "--days", "0"), "--days", "above 0"),
            refused(List.of("simulate", "--days", "-1"), "--days", "above 0"),
            refused(List.of("simulate", "--scheme", "BOGUS"), "--scheme must be one of ppay, ppay-star, rm, not 'BOGUS'"),
            refused(List.of("simulate", "--credit-window-type", "x"), "--credit-window-type must be one of payword, scw"),
            refused(List.of("simulate", "--caches", "lru"), "--caches must be one of fixed, guess, not 'lru'"),
            refused(List.of("simulate", "--proofs", "all"), "--proofs must be one of keep, count"),
            refused(List.of("simulate", "--net-loss-cap", "abc"), "--net-loss-cap must be inf or an integer of at least 0, not 'abc'"),
            refused(List.of("simulate", "--net-loss-cap", "-5"), "--net-loss-cap", "at least 0"),
            refused(List.of("simulate", "--costs", "cheap"), "--costs must be one of paper-era (or paper), measured, not 'cheap'"),
            refused(List.of("simulate", "--broker-costs", "cheap"), "ppay simulate: --broker-costs must be one of paper, protocol, not 'cheap'"),
            refused(List.of("simulate", "--broker-costs"), "--broker-costs needs a value: one of paper, protocol"),
            refused(List.of("simulate", "--max-layers", "31"), "--max-layers must be an integer from 0 to 30"),
            refused(List.of("simulate", "--lazy-percent", "101"), "--lazy-percent must be a number from 0 to 100"),
            refused(List.of("simulate", "--query-rate", "0"), "--query-rate must be a finite number above 0"),
            refused(List.of("simulate", "--lifespan-multiplier", "-1"), "--lifespan-multiplier", "above 0"),
            refused(List.of("simulate", "--renewal-wait-days", "Infinity"), "--renewal-wait-days", "finite"),
            refused(List.of("simulate", "--credit-window-size", "0"), "--credit-window-size", "at least 1"),
            refused(List.of("simulate", "--seed", "x"), "--seed must be an integer, not 'x'"),
            refused(List.of("simulate", "--peers"), "--peers needs a value: an integer of at least 2"),
            refused(List.of("simulate", "--peers", "3", "--peers", "4"), "--peers is given more than once"),
            refused(List.of("simulate", "--bogus"), "unknown option '--bogus'", "ppay simulate --help"),
            refused(List.of("simulate", "--dys", "3"), "unknown option '--dys'; did you mean --days?"),
            refused(List.of("simulate", "extra"), "unexpected argument 'extra'"),
            refused(List.of("figures"), "ppay figures: --out needs a value: a writable directory"),
            refused(List.of("figures", "--out", ""), "--out must be a writable directory (created if missing), not ''"),
            refused(List.of("figures", "--out", " "), "--out must be a writable directory"),
            refused(List.of("figures", "--out", "x", "--threads", "0"), "--threads must be an integer of at least 1"),
            refused(List.of("figures", "--out", "x", "--peers", "1"), "--peers", "at least 2"),
            refused(List.of("figures", "--out", "x", "--days", "Infinity"), "--days", "at most 3650"),
            refused(List.of("figures", "--out", "x", "--proofs", "some"), "--proofs must be one of keep, count"),
            refused(List.of("figures", "--out", "x", "--broker-costs", "paper-era"), "ppay figures: --broker-costs must be one of paper, protocol, not 'paper-era'"),
            refused(List.of("figures", "--out", "x", "--seeds", "0"), "ppay figures: --seeds must be an integer from 1 to 50, not '0'"),
            refused(List.of("figures", "--out", "x", "--seeds", "-3"), "--seeds must be an integer from 1 to 50, not '-3'"),
            refused(List.of("figures", "--out", "x", "--seeds", "51"), "--seeds must be an integer from 1 to 50, not '51'"),
            refused(List.of("figures", "--out", "x", "--seeds", "two"), "--seeds", "1 to 50"),
            refused(List.of("figures", "--out", "x", "--caches", "fixd"), "--caches must be one of fixed, guess"),
            refused(List.of("bench"), "ppay bench: missing TARGET: one of crypto, sim"),
            refused(List.of("bench", "foo"), "TARGET must be one of crypto, sim, broker, not 'foo'"),
            refused(List.of("bench", "crypto", "--seconds", "0"), "--seconds must be an integer from 1 to 600, not '0'"),
            refused(List.of("bench", "crypto", "--seconds", "1e9"), "--seconds", "1 to 600"),
            refused(List.of("bench", "sim", "--peers", "1"), "--peers must be an integer of at least 2, not '1'"),
            refused(List.of("bench", "sim", "--peers", "1000,a"), "--peers", "not 'a'"),
            refused(List.of("bench", "sim", "--days", "Infinity"), "--days", "at most 3650"),
            refused(List.of("bench", "sim", "--peers", "2000000000"), "--peers 2000000000 for 0.25 days needs at least"),
            refused(List.of("scenario"), "ppay scenario: missing FILE"),
            refused(List.of("scenario", "--crypto", "bogus", "x.ppay"), "--crypto must be one of bc-ed25519, jdk-ed25519, not 'bogus'"),
            refused(List.of("demo", "--peers", "2"), "ppay demo: --peers must be an integer from 3 to 16, not '2'"),
            refused(List.of("demo", "--peers", "x"), "--peers must be an integer from 3 to 16, not 'x'"),
            refused(List.of("demo", "--peers", "17"), "--peers", "3 to 16"),
            refused(List.of("demo", "--minutes", "0"), "ppay demo: --minutes must be a number above 0 and at most 30, not '0'"),
            refused(List.of("demo", "--minutes", "NaN"), "--minutes", "at most 30"),
            refused(List.of("demo", "--minutes", "31"), "--minutes", "at most 30"),
            refused(List.of("demo", "--seed", "x"), "--seed must be an integer, not 'x'"),
            refused(List.of("demo", "--keep", ""), "--keep must be a writable directory (created if missing), not ''"),
            refused(List.of("demo", "--json", "extra"), "unexpected argument 'extra'"),
            refused(List.of("bogus"), "ppay: unknown command 'bogus'; the commands are simulate, scenario, explore, bench, figures, broker, peer, wallet, demo, help"));
    }

    @ParameterizedTest(name = "ppay {0}")
    @MethodSource("badInputs")
    void eachBadInputIsOneLineNamingTheFlagAndWhatItAcceptsWithExitTwo(String shown, List<String> args, List<String> says) {
        assertRefused(InProcess.ppay(args.toArray(String[]::new)), says.toArray(String[]::new));
    }

    /** Exit 2, one line on stderr saying {@code says}, nothing else anywhere. */
    static void assertRefused(InProcess r, String... says) {
        assertThat(r.exit()).as("exit code").isEqualTo(2);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.errLines()).as("stderr").singleElement().asString().startsWith("ppay").contains(says)
            .doesNotContain("Exception", "Usage:", "org.ppay", "java.", "No enum constant", "\tat ");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefusedBeforeTheSweep() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertRefused(InProcess.ppay("figures", "--quick", "--out", file.toString()), "--out must be a writable directory", "a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsRefusedBeforeTheSweep() throws IOException {
        Path underAFile = Files.writeString(dir.resolve("notes.txt"), "mine").resolve("figures");
        assertRefused(InProcess.ppay("figures", "--quick", "--out", underAFile.toString()), "--out must be a writable directory", underAFile.toString());
    }

    @Test
    void aSweepTooLargeForTheHeapIsRefusedBeforeItsOutputDirectoryIsMade() {
        Path out = dir.resolve("never");
        assertRefused(InProcess.ppay("figures", "--peers", "2000000000", "--out", out.toString()), "--peers 2000000000", "of heap");
        assertThat(out).doesNotExist();
    }

    @Test
    void tooManyThreadsForTheHeapAreRefusedNamingHowManyFit() {
        CommandSpec figures = new CommandLine(new FiguresCommand()).getCommandSpec();
        long twelveGb = 12L << 30;
        assertThatThrownBy(() -> HeapCheck.require(figures, SimConfig.defaults(), ProofRetention.COUNT, 4, twelveGb))
            .isInstanceOf(Problems.BadInput.class).hasMessageStartingWith("--threads 4 runs of 1000 peers for 40 days need at least")
            .hasMessageEndingWith("--threads must be at most 2 here");
        HeapCheck.require(figures, SimConfig.defaults(), ProofRetention.COUNT, 2, twelveGb);
    }

    @Test
    void aTableOneRunFitsTheHeapThatDocsSayItRanIn() {
        CommandSpec simulate = new CommandLine(new SimulateCommand()).getCommandSpec();
        HeapCheck.require(simulate, SimConfig.defaults(), ProofRetention.COUNT, 1, 6L << 30);
        HeapCheck.require(simulate, SimConfig.defaults(), ProofRetention.KEEP, 1, 16L << 30);
        HeapCheck.require(simulate, org.ppay.sim.engine.Engine.FAST, SimConfig.defaults(), ProofRetention.COUNT, 1, 1L << 30);
        HeapCheck.require(simulate, SimConfig.builder().peers(1_000_000).days(0.002).build(), ProofRetention.COUNT, 1, 20L << 30);
    }
}
