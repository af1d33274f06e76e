package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;

/** Progress reads right: the bar on a terminal, a plain line now and then elsewhere, nothing for short runs. */
class ProgressTest {
    static final double DAY = 86_400;

    @Test
    void theBarReadsDaysPerSecondThenEvents() throws InterruptedException {
        List<String> drawn = new CopyOnWriteArrayList<>();
        try (ProgressBar bar = Progress.bar("simulating", 40, new DelegatingProgressBarConsumer(drawn::add, 200))) {
            Thread.sleep(1_100);                                 // the bar shows a speed after a whole second
            bar.stepTo(120);
            bar.setExtraMessage(Progress.eventsNote(3_400_000));
        }
        assertThat(drawn).isNotEmpty();
        assertThat(drawn.get(drawn.size() - 1)).containsPattern("1/40 days \\(.*\\) \\d+\\.\\d\\d days/s, 3\\.4M events$")
            .doesNotContain("s0M", "s3");
    }

    @Test
    void countsReadAsPeopleWriteThem() {
        assertThat(Progress.count(950)).isEqualTo("950");
        assertThat(Progress.count(12_300)).isEqualTo("12.3k");
        assertThat(Progress.count(3_400_000)).isEqualTo("3.4M");
        assertThat(Progress.count(161_000_000)).isEqualTo("161M");
        assertThat(Progress.count(1_200_000_000)).isEqualTo("1.2G");
        assertThat(Progress.duration(41)).isEqualTo("41 s");
        assertThat(Progress.duration(200)).isEqualTo("3 min 20 s");
        assertThat(Progress.duration(7_500)).isEqualTo("2 h 5 min");
    }

    @Test
    void withoutATerminalALongRunPrintsAPlainLineEveryPeriod() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress("ppay simulate", 40, new PrintWriter(err, true), false, Duration.ofMillis(50))) {
            p.accept(0.5 * DAY, 1_000L);
            Thread.sleep(20);
            p.accept(3.2 * DAY, 12_300_000L);
            Thread.sleep(300);
        }
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(l -> assertThat(l)
            .matches("ppay simulate: (setting up \\(\\d+ s so far\\)|day [\\d.]+ of 40 \\(\\d+%\\), [\\d.]+[kM]? events, [\\d.]+ days/s.*)"));
        assertThat(lines.get(lines.size() - 1)).startsWith("ppay simulate: day 3.2 of 40 (8%), 12.3M events,").contains(" left");
    }

    @Test
    void aShortRunPrintsNothing() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress("ppay simulate", 1, new PrintWriter(err, true), false, Heartbeat.PERIOD)) {
            p.accept(0.5 * DAY, 1_000L);
            p.finished(2_000L);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void setUpIsReportedUntilTheFirstSimulatedDay() {
        try (Progress p = new Progress("ppay bench sim", 0.25, new PrintWriter(new StringWriter()), false, Heartbeat.PERIOD)) {
            assertThat(p.status()).startsWith("ppay bench sim: setting up (").endsWith(" so far)");
            p.accept(0.1 * DAY, 5L);
            assertThat(p.status()).startsWith("ppay bench sim: day 0.10 of 0.25 (40%), 5 events");
            p.note("bench sim: warming up", "warming up");
            assertThat(p.status()).startsWith("ppay bench sim: warming up (");
            p.note("bench sim: 10000 peers, 0.25 days ...", "setting up");
            assertThat(p.status()).as("a new size sets up afresh").startsWith("ppay bench sim: setting up (");
        }
    }

    @Test
    void aLineOfTheJobsOwnCountsAsABeat() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (Heartbeat beat = new Heartbeat(Duration.ofSeconds(1), new PrintWriter(err, true), () -> "status")) {
            for (int i = 0; i < 250; i++) {
                beat.println("run " + i + " done");
                Thread.sleep(10);
            }
            assertThat(err.toString().lines()).as("while the job speaks for itself").doesNotContain("status").hasSize(250);
            Thread.sleep(2_200);                                 // the timer looks every second, and speaks after 0.9 s of silence
        }
        assertThat(err.toString().lines()).as("once it falls silent").contains("status");
    }
}
