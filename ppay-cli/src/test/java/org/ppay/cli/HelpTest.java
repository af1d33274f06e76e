package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Help as a new user reads it: whole sentences in the command list, no warnings, only choices a user may make. */
class HelpTest {
    static final CommandSpec PPAY = Main.commandLine().getCommandSpec();

    /** The subcommands of ours (picocli's {@code help} has its own wording). */
    static void eachOfOurs(java.util.function.BiConsumer<String, CommandSpec> check) {
        PPAY.subcommands().forEach((name, sub) -> {
            if (!name.equals("help")) check.accept(name, sub.getCommandSpec());
        });
    }

    @Test
    void everyCommandsSummaryIsOneWholeSentence() {
        eachOfOurs((name, sub) -> assertThat(sub.usageMessage().description()[0]).as(name).matches("[A-Z][^.]*[a-z0-9)]\\."));
    }

    @Test
    void theCommandListShowsEachSummaryWhole() {
        String list = InProcess.ppay("--help").out().replaceAll("\\s+", " ");
        eachOfOurs((name, sub) -> assertThat(list).contains(name + " " + sub.usageMessage().description()[0]));
    }

    @Test
    void helpPrintsNoPicocliWarnings() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : PPAY.subcommands().keySet()) {
                assertThat(InProcess.ppay(command, "--help").exit()).isZero();
                new CommandLine(PPAY.subcommands().get(command).getCommand()).getUsageMessage();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").isEmpty();
    }

    @Test
    void figuresHelpShowsTheCacheShareAsAPercentage() {
        assertThat(InProcess.ppay("figures", "--help").out().replaceAll("\\s+", " ")).contains("cache size is 10% of it");
    }

    @Test
    void rangesAreInTheHelpOfTheFlagsThatHaveThem() {
        String help = InProcess.ppay("simulate", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("at most 3650", "Max Layers, 0 to 30", "paper-era", "(default: paper-era)");
        assertThat(InProcess.ppay("bench", "--help").out()).contains("1 to 600");
    }
}
