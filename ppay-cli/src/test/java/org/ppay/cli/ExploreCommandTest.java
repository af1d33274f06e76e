package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ppay.scenario.explore.ExploreOptions;

/** {@code ppay explore} as a user meets it: flags checked before any work, exit 0/1/2, a summary, the seed printed. */
class ExploreCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    InProcess explore(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--out";
        all[1] = dir.resolve("failures").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return InProcess.run(new ExploreCommand(), all);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--traces, 0", "--traces, -3", "--traces, many", "--traces, 1.5", "--minutes, 0", "--minutes, -1", "--minutes, NaN",
        "--minutes, Infinity", "--minutes, soon", "--seed, 1.5", "--seed, 99999999999999999999", "--seed, x"})
    void a_bad_flag_is_one_line_naming_it_and_its_range_with_exit_two(String flag, String value) {
        InProcess r = flag.equals("--traces") ? explore(flag, value) : explore(flag, value, "--traces", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().startsWith("ppay explore: " + flag).contains(value).doesNotContain("Exception");
    }

    @Test
    void an_out_path_under_a_regular_file_is_refused_with_exit_two() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        for (Path out : new Path[] {file, file.resolve("sub")}) {
            InProcess r = InProcess.run(new ExploreCommand(), "--traces", "1", "--out", out.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).singleElement().asString().startsWith("ppay explore: --out").contains("not a directory");
        }
    }

    @Test
    void twenty_traces_of_seed_one_pass_with_exit_zero_and_a_summary() {
        InProcess r = explore("--traces", "20", "--seed", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("seed 1 (repeat with --seed 1)", "traces      20 (5 honest)", "traces/s", "steps", "frauds", "detections",
            "result      ok");
        assertThat(r.err()).contains("ppay explore: seed 1");
        assertThat(dir.resolve("failures")).as("created only to hold a failure").doesNotExist();
    }

    @Test
    void json_is_one_object_from_the_result_and_the_same_seed_gives_the_same_counts() throws IOException {
        JsonNode a = JSON.readTree(explore("--traces", "20", "--seed", "1", "--json").out());
        JsonNode b = JSON.readTree(explore("--traces", "20", "--seed", "1", "--json").out());
        assertThat(a.get("seed").asLong()).isEqualTo(1);
        assertThat(a.get("ok").asBoolean()).isTrue();
        assertThat(a.get("traces").asLong()).isEqualTo(20);
        assertThat(a.get("failure").isNull()).isTrue();
        assertThat(a.get("steps").asLong()).isPositive();
        assertThat(a.get("counts")).isEqualTo(b.get("counts"));
    }

    @Test
    void without_a_seed_a_fresh_one_is_printed_so_the_run_can_be_repeated() {
        InProcess r = explore("--traces", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).containsPattern("ppay explore: seed -?\\d+ \\(repeat with --seed -?\\d+\\)");
    }

    @Test
    void without_limits_it_runs_twenty_minutes_and_with_only_traces_as_long_as_they_take() throws ExploreFlags.Bad {
        ExploreOptions none = ExploreFlags.parse(null, null, "5", dir.toString());
        assertThat(none.maxSeconds()).isEqualTo(20 * 60);
        assertThat(none.maxTraces()).isEqualTo(Long.MAX_VALUE);
        ExploreOptions traces = ExploreFlags.parse("7", null, "5", dir.toString());
        assertThat(traces.maxTraces()).isEqualTo(7);
        assertThat(traces.maxSeconds()).isInfinite();
        assertThat(ExploreFlags.parse("7", "0.5", "5", dir.toString()).maxSeconds()).isEqualTo(30);
    }
}
