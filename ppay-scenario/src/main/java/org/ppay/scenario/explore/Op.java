package org.ppay.scenario.explore;

/**
 * An abstract action: a kind and four choices, resolved modulo whatever the world offers at that moment (who is
 * online, who holds which coin, which copies exist), so every action is valid scenario language and a shrunk
 * list of them still is.
 */
public record Op(Kind kind, int a, int b, int c, int d) {
    /** The same choices read as another kind: an action that finds nothing to act on falls back to a related one. */
    Op as(Kind other) { return new Op(other, a, b, c, d); }

    @Override public String toString() { return kind + "(" + a + "," + b + "," + c + "," + d + ")"; }
}
