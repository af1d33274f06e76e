package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;

/** The lines a trace ran, each with its outcome, in order: setup, actions, then the settle phase. */
public final class Trace {
    /** Where in the trace a line stands. */
    public enum Stage { SETUP, ACTION, SETTLE }

    /** One line run and how the system answered it (null: it succeeded). */
    public record Line(String text, ErrorCode refused, Stage stage) {}

    private final List<Line> lines = new ArrayList<>();

    void add(String text, ErrorCode refused, Stage stage) { lines.add(new Line(text, refused, stage)); }

    public List<Line> lines() { return List.copyOf(lines); }

    public int size() { return lines.size(); }

    /** How many of its lines are actions (not setup). */
    public int actions() { return (int) lines.stream().filter(l -> l.stage() != Stage.SETUP).count(); }

    /** The trace as text, one line each, refusals marked: for failure messages. */
    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        Stage stage = Stage.SETUP;
        for (Line l : lines) {
            if (l.stage() == Stage.SETTLE && stage != Stage.SETTLE) b.append("# --- settle ---\n");
            stage = l.stage();
            b.append(l.text()).append(l.refused() == null ? "" : "          # refused " + l.refused()).append('\n');
        }
        return b.toString();
    }
}
