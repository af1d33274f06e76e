package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.sim.figures.Reproduction;
import org.ppay.sim.figures.Sweep;
import org.ppay.sim.figures.SweepSettings;
import picocli.CommandLine;

/** {@code ppay figures} never loses a finished sweep, and checks where it writes before it starts. */
class FiguresCommandTest {
    @TempDir Path dir;

    final StringWriter out = new StringWriter(), err = new StringWriter();

    static Sweep.Result emptySweep() { return new Sweep.Result(SweepSettings.of(true, null, null, 1), List.of(), Map.of(), 0); }

    int save(Path target, FiguresCommand.FileWriter writer) {
        PrintWriter e = new PrintWriter(err, true);
        return FiguresCommand.save(emptySweep(), target, writer, new PrintWriter(out, true), e, e);
    }

    /** The sweep settings {@code ppay figures} takes from {@code args}. */
    static SweepSettings settings(String... args) {
        FiguresCommand c = new FiguresCommand();
        new CommandLine(c).parseArgs(args);
        return c.settings();
    }

    @Test
    void seedsDefaultToOneAndSeedsKRunsEveryConfigurationKTimesFromTheSeed() {
        assertThat(settings("--out", dir.toString(), "--quick").seeds()).isEqualTo(SweepSettings.DEFAULT_SEEDS).isEqualTo(1);
        SweepSettings s = settings("--out", dir.toString(), "--quick", "--seeds", "3", "--seed", "7");
        assertThat(s.seeds()).isEqualTo(3);
        assertThat(List.of(s.seedOf(0), s.seedOf(1), s.seedOf(2))).containsExactly(7L, 8L, 9L);
        assertThat(Sweep.plan(org.ppay.sim.figures.Figures.all(), s))
            .hasSize(3 * Sweep.plan(org.ppay.sim.figures.Figures.all(), s.withSeeds(1)).size());
    }

    @Test
    void aMissingOutputDirectoryIsCreatedAndLeftEmpty() {
        Path out = dir.resolve("a/b/figures");
        CommandLine cl = new CommandLine(new FiguresCommand());
        assertThat(OutputDirectory.prepare(cl.getCommandSpec(), "--out", out)).isEqualTo(out);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aSweepIsWrittenWhereAskedAndTheReportsPathPrinted() {
        assertThat(save(dir, (r, d) -> List.of(Files.writeString(d.resolve(Reproduction.FILE), "report")))).isZero();
        assertThat(out.toString().strip()).isEqualTo(dir.resolve(Reproduction.FILE).toString());
        assertThat(err.toString()).contains("wrote 1 files to " + dir);
    }

    @Test
    void whenTheOutputDirectoryFailsAfterTheSweepTheFilesGoToATemporaryOneWithExitOne() {
        Path gone = dir.resolve("gone");
        int exit = save(gone, (r, d) -> {
            if (d.equals(gone)) throw new java.nio.file.NoSuchFileException(d.toString());
            return List.of(Files.writeString(d.resolve(Reproduction.FILE), "report"));
        });
        assertThat(exit).isEqualTo(1);
        Path instead = Path.of(out.toString().strip());
        assertThat(instead).hasFileName(Reproduction.FILE).hasContent("report");
        assertThat(err.toString().lines()).singleElement().asString()
            .isEqualTo("ppay figures: could not write into " + gone + " (no such file or directory); writing into " + instead.getParent() + " instead");
    }

    @Test
    void whenNoDirectoryTakesTheFilesRunsCsvGoesToStdout() {
        int exit = save(dir, (r, d) -> { throw new IOException("disk full"); });
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).last().asString().contains("could not write into " + dir + " (disk full)", "runs.csv follows on stdout");
        assertThat(out.toString()).startsWith("peers,");
    }
}
