package org.ppay.scenario.explore;

/**
 * One trace run: its plan, the lines it ran, what it exercised, and the violation that stopped it (null: every
 * property asked for held). The violation is at the trace's last line, or after its end for property 3.
 * {@code untidyRefusals} counts refusals that changed the world although they proved no fraud and gave no payment
 * back (a scenario file reports each as a failure of its own); it is counted only when the run watched for them.
 */
public record TraceResult(TracePlan plan, Trace trace, Violation violation, Counts counts, int untidyRefusals) {
    public boolean ok() { return violation == null; }
}
