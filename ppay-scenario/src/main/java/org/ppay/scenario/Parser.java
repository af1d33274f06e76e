package org.ppay.scenario;

import java.util.Locale;
import org.ppay.core.ErrorCode;

/** Reads one line of the scenario language into an {@link Action} or an {@link Expectation}; anything else is a {@link ScriptError}. */
final class Parser {
    private Parser() {}

    /** The words of a line without its comment, or an empty array for a blank or comment-only line. */
    static String[] words(String line) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** Whether the words are an expectation (they start with {@code expect}). */
    static boolean isExpectation(String[] t) { return t[0].equals("expect"); }

    static Action action(String[] t) throws ScriptError {
        Args a = new Args(t);
        return switch (t[0]) {
            case "set" -> new Action.Set(a.named());
            case "join" -> new Action.Join(peerName(a.pos(1)), a.numOpt("balance", 0), a.numOpt("deposit", 0));
            case "fund" -> new Action.Fund(a.pos(1), a.num(2));
            case "limit" -> new Action.Limit(a.pos(1), a.num(2), a.num(3));
            case "buy" -> new Action.Buy(a.pos(1), a.pos(2));
            case "print" -> new Action.Print(a.pos(1), a.pos(2), a.opt("sn", null) == null ? null : Args.parse(a.opt("sn", null)));
            case "pay" -> new Action.Pay(a.pos(1), a.pos(2), a.pos(3), via(a.opt("via", null), true));
            case "renew" -> new Action.Renew(a.pos(1), a.pos(2), via(a.opt("via", null), false));
            case "cash" -> new Action.Cash(a.pos(1), a.pos(2));
            case "copy" -> new Action.Copy(a.pos(1), a.pos(2), a.pos(3));
            case "offline" -> new Action.Offline(a.pos(1));
            case "online" -> new Action.Online(a.pos(1));
            case "advance" -> new Action.Advance(Durations.seconds(a.pos(1)));
            case "serve" -> new Action.Serve(a.pos(1), a.pos(2), t.length > 3 ? a.num(3) : 1);
            case "lazy" -> new Action.Lazy(a.pos(1));
            case "lottery" -> new Action.Lottery(a.pos(1), a.pos(2), t.length > 3 ? a.num(3) : 1);
            case "deny" -> new Action.Deny(a.pos(1), a.pos(2));
            case "tamper" -> new Action.Tamper(a.pos(1), a.pos(2), tampering(t.length > 3 ? a.pos(3) : "past"));
            case "refuse" -> new Action.Refuse(a.pos(1), a.pos(2), code(a.opt("reason", "STALE_SEQUENCE")), a.opt("keep", null));
            case "leave" -> new Action.Leave(a.pos(1));
            case "vanish" -> new Action.Vanish(a.pos(1));
            default -> throw new ScriptError("unknown action '" + t[0] + "'");
        };
    }

    static Expectation expectation(String[] t) throws ScriptError {
        if (t.length < 2) throw new ScriptError("expect what?");
        Args a = new Args(t);
        return switch (t[1]) {
            case "rejected" -> {
                if (t.length > 3) throw new ScriptError("usage: expect rejected [CODE]");
                yield new Expectation.Rejected(t.length == 3 ? code(t[2]) : null);
            }
            case "holder" -> new Expectation.HolderIs(a.pos(2), a.pos(3));
            case "balance" -> new Expectation.Balance(a.pos(2), a.num(3));
            case "deposit" -> new Expectation.Deposit(a.pos(2), a.num(3));
            case "punished" -> new Expectation.Punished(a.pos(2));
            case "not-punished" -> new Expectation.NotPunished(a.pos(2));
            case "booted" -> new Expectation.Booted(a.pos(2));
            case "detected" -> new Expectation.Detected(a.pos(2));
            case "credit" -> new Expectation.Credit(a.pos(2), a.pos(3), a.num(4));
            case "tickets-won" -> new Expectation.TicketsWon(a.num(2));
            case "loss" -> new Expectation.Loss(a.pos(2), a.num(3));
            case "conserved" -> new Expectation.Conserved();
            case "invariants" -> new Expectation.Invariants();
            default -> throw new ScriptError("unknown expectation '" + t[1] + "'");
        };
    }

    private static String peerName(String name) throws ScriptError {
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new ScriptError("peer names are letters, digits, _ and -");
        return name;
    }

    private static Action.Via via(String v, boolean layerAllowed) throws ScriptError {
        if (v == null) return null;
        return switch (v) {
            case "owner" -> Action.Via.OWNER;
            case "broker" -> Action.Via.BROKER;
            case "layer" -> {
                if (!layerAllowed) throw new ScriptError("via is owner or broker");
                yield Action.Via.LAYER;
            }
            default -> throw new ScriptError(layerAllowed ? "via is owner, broker or layer" : "via is owner or broker");
        };
    }

    private static Action.Tampering tampering(String how) throws ScriptError {
        return switch (how) {
            case "past" -> Action.Tampering.PAST;
            case "short" -> Action.Tampering.SHORT;
            default -> throw new ScriptError("tamper takes past or short");
        };
    }

    private static ErrorCode code(String name) throws ScriptError {
        try {
            return ErrorCode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScriptError("unknown refusal code '" + name + "'");
        }
    }
}
