package org.ppay.scenario.explore;

/**
 * One trace run: its plan, the lines it ran, what it exercised, and the violation that stopped it (null: every
 * property asked for held). The violation is at the trace's last line, or after its end for property 3.
 */
public record TraceResult(TracePlan plan, Trace trace, Violation violation, Counts counts) {
    public boolean ok() { return violation == null; }
}
