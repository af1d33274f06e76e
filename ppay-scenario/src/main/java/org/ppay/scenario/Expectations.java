package org.ppay.scenario;

import java.util.List;
import org.ppay.core.broker.Books;
import org.ppay.core.broker.Broker;

/** Evaluates the scenario language's expectations (all but {@code rejected}, which the runner checks) against a world. */
final class Expectations {
    private final World w;
    private final Actions actions;

    Expectations(World w, Actions actions) {
        this.w = w;
        this.actions = actions;
    }

    /** Null when the expectation holds, else why not. */
    String check(Expectation e) throws ScriptError {
        if (e instanceof Expectation.HolderIs h) {
            String got = w.holderName(w.coin(h.coin()).id());
            return h.peer().equals(got) ? null : "holder of " + h.coin() + " is " + got + ", expected " + h.peer();
        }
        if (e instanceof Expectation.Balance b) return money("balance", b.peer(), account(b.peer()).balance(), b.amount());
        if (e instanceof Expectation.Deposit d) return money("deposit", d.peer(), account(d.peer()).deposit(), d.amount());
        if (e instanceof Expectation.Punished p) return account(p.peer()).frauds() > 0 ? null : not(p.peer(), "punished");
        if (e instanceof Expectation.NotPunished p) return account(p.peer()).frauds() == 0 ? null : not(p.peer(), "not-punished");
        if (e instanceof Expectation.Booted p) return account(p.peer()).status() == Books.Status.BOOTED ? null : not(p.peer(), "booted");
        if (e instanceof Expectation.Detected d) {
            ScenarioPeer p = w.node(d.peer());
            return w.broker().detections().stream().anyMatch(x -> x.culprit().equals(p.id())) ? null : "no fraud was attributed to " + p.name;
        }
        if (e instanceof Expectation.Credit c) {
            long got = w.credit(w.node(c.peer()), w.node(c.other()));
            return got == c.amount() ? null : "credit " + c.peer() + "->" + c.other() + " is " + got + ", expected " + c.amount();
        }
        if (e instanceof Expectation.TicketsWon t) {
            return actions.ticketsWon() == t.tickets() ? null : actions.ticketsWon() + " lottery tickets won, expected " + t.tickets();
        }
        if (e instanceof Expectation.Loss l) {
            long got = w.loss(w.node(l.peer()));
            return got == l.amount() ? null : "credit loss of " + l.peer() + " is " + got + ", expected " + l.amount();
        }
        if (e instanceof Expectation.Conserved) {
            Broker b = w.broker();
            return b.conserved() ? null : "money not conserved: " + b.moneyIn() + " entered, " + b.moneyAccountedFor() + " accounted for";
        }
        if (e instanceof Expectation.Invariants) {
            List<String> broken = Invariants.check(w);
            return broken.isEmpty() ? null : String.join("; ", broken);
        }
        throw new IllegalArgumentException("the runner checks " + e + " itself");
    }

    private Books.Account account(String peer) throws ScriptError {
        ScenarioPeer p = w.node(peer);
        return w.broker().account(p.id()).orElseThrow(() -> new ScriptError(p.name + " has no account"));
    }

    private static String money(String what, String peer, long got, long want) {
        return got == want ? null : what + " of " + peer + " is " + got + ", expected " + want;
    }

    private String not(String peer, String what) throws ScriptError {
        Books.Account a = account(peer);
        return peer + " is not " + what + " (frauds " + a.frauds() + ", status " + a.status() + ")";
    }
}
