package org.ppay.sim.figures;

/** How a figure is drawn: the paper uses bars for Figures 1–2, stacked bars for Figure 4, lines for the rest. */
public enum ChartKind { BARS, STACKED_BARS, LINES }
