package org.ppay.scenario;

/** A line of a scenario that is not valid scenario language (not a protocol refusal). */
final class ScriptError extends Exception {
    private static final long serialVersionUID = 1L;

    ScriptError(String message) { super(message); }
}
