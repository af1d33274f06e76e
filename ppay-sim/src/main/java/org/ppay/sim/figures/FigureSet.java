package org.ppay.sim.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The whole job of {@code ppay figures}: sweep the figures' configurations, then write CSVs, PNGs and reproduction.md. */
public final class FigureSet {
    private FigureSet() {}

    /** What was produced. */
    public record Output(Sweep.Result result, List<Path> files) {}

    /** Runs {@code figures} under {@code s} and writes everything into {@code dir}. */
    public static Output run(List<FigureSpec> figures, SweepSettings s, Path dir, Consumer<String> progress)
            throws IOException, InterruptedException {
        Sweep.Result r = Sweep.run(figures, s, progress);
        return new Output(r, write(r, dir));
    }

    /** Writes the CSVs, charts and reproduction.md of a finished sweep. */
    public static List<Path> write(Sweep.Result r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(Csv.write(r, dir));
        files.addAll(Charts.write(r, dir));
        files.add(Reproduction.write(r, dir));
        return files;
    }
}
