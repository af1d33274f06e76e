package org.ppay.scenario.explore;

/**
 * One concrete action line and what the checks know about it: who acts, on which coin name, towards whom, by which
 * route ({@code owner}, {@code broker}, {@code layer} or null), and the name it makes (a copy, a kept refusal).
 */
record Act(Kind kind, String line, String actor, String coin, String to, String route, String made) {
    static Act of(Kind kind, String line, String actor) { return new Act(kind, line, actor, null, null, null, null); }

    static Act on(Kind kind, String line, String actor, String coin) { return new Act(kind, line, actor, coin, null, null, null); }

    /** Who hands a coin over in this action: the client of a service, else the actor. */
    String payer() { return kind == Kind.SERVE ? to : actor; }

    boolean verb(String v) { return line.startsWith(v + " "); }
}
