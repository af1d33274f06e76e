package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppay.node.wire.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ppay wallet}: the running peer daemon's local API from the command line, readable by default and JSON with
 * {@code --json}. Arguments are checked before the daemon is asked; a refusal is one line and exit 1, a bad argument
 * exit 2.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true,
    description = {"Talks to the running ppay peer whose directory is --data, for the application or by hand.",
        "Commands: balance, coins, pay, cash, history, leave, and allow/serve for picopayments.",
        "PEER is a public key in base64url (ppay wallet coins shows yours)."},
    subcommands = {WalletCommand.Balance.class, WalletCommand.Coins.class, WalletCommand.Pay.class, WalletCommand.Cash.class,
        WalletCommand.History.class, WalletCommand.Leave.class, WalletCommand.Allow.class, WalletCommand.Serve.class})
final class WalletCommand implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Options options;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Options taken before or after the subcommand. */
    static final class Options {
        @Option(names = "--data", paramLabel = "DIR", description = "the peer's directory (default: " + PeerCommand.DATA + ")") Path data;
        @Option(names = "--json", description = "print the daemon's JSON answer") boolean json;
    }

    /** What a subcommand asks of the daemon: a GET when {@code body} is null. */
    record Ask(String path, Object body) {}

    /** A subcommand: checks its arguments, asks the daemon, prints the answer. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand WalletCommand parent;
        @Spec CommandSpec spec;
        @Mixin Options options;

        /** @throws Flags.Bad for an argument out of its range */
        abstract Ask ask();

        abstract List<String> text(JsonNode answer);

        /** Whether the answer reports a failure (exit 1) though the daemon answered. */
        boolean failed(JsonNode answer) { return answer.hasNonNull("failed"); }

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            try {
                Ask ask = ask();
                Path dir = options.data != null ? options.data : parent.options.data != null ? parent.options.data : Path.of(PeerCommand.DATA);
                WalletClient c = WalletClient.open(dir);
                JsonNode answer = ask.body() == null ? c.get(ask.path()) : c.post(ask.path(), ask.body());
                if (options.json || parent.options.json) out.println(answer); else text(answer).forEach(out::println);
                out.flush();
                return failed(answer) ? 1 : 0;
            } catch (Flags.Bad e) {
                err.println("ppay wallet " + spec.name() + ": " + e.getMessage());
                return 2;
            } catch (WalletClient.Unreachable e) {
                err.println("ppay wallet: " + e.getMessage());
                return 1;
            } catch (WalletClient.Refused e) {
                err.println("ppay wallet " + spec.name() + ": refused, " + e.getMessage());
                return 1;
            }
        }
    }

    /** PEER given and a key; missing arguments are named in one line, as bad ones are. */
    static String peer(String text) {
        if (text == null) throw new Flags.Bad("PEER is missing: a public key in base64url");
        try {
            return Ids.text(Ids.peer(text));
        } catch (IllegalArgumentException e) {
            throw new Flags.Bad("PEER must be a public key in base64url (43 characters), not '" + text + "'");
        }
    }

    @Command(name = "balance", description = "the broker's statement of the account, coins held and owned, credit")
    static final class Balance extends Sub {
        @Override Ask ask() { return new Ask("/local/v1/balance", null); }

        @Override List<String> text(JsonNode a) { return WalletText.balance(a); }
    }

    @Command(name = "coins", description = "coins held, coins owned, limit certificates")
    static final class Coins extends Sub {
        @Override Ask ask() { return new Ask("/local/v1/coins", null); }

        @Override List<String> text(JsonNode a) { return WalletText.coins(a); }
    }

    @Command(name = "pay", description = "pays PEER N coins, each by the payment policy (own coin, owner, layer, broker or print)")
    static final class Pay extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PEER") String peer;
        @Parameters(index = "1", arity = "0..1", paramLabel = "N") String n;

        @Override Ask ask() { return new Ask("/local/v1/pay", Map.of("peer", peer(peer), "coins", Flags.number("N", n, 1, 1_000))); }

        @Override List<String> text(JsonNode a) { return WalletText.payments(a); }
    }

    @Command(name = "cash", description = "cashes COIN (OWNER:SERIAL), or every held coin with --all")
    static final class Cash extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "COIN") String coin;
        @Option(names = "--all", description = "cash every coin held") boolean all;

        @Override Ask ask() {
            if (all == (coin != null)) throw new Flags.Bad("give either COIN or --all");
            if (!all) {
                try {
                    Ids.coin(coin);
                } catch (IllegalArgumentException e) {
                    throw new Flags.Bad("COIN must be OWNER:SERIAL, not '" + coin + "'");
                }
            }
            return new Ask("/local/v1/cash", all ? Map.of("all", true) : Map.of("coin", coin));
        }

        @Override List<String> text(JsonNode a) { return WalletText.cashes(a); }
    }

    @Command(name = "history", description = "what the peer did, newest first")
    static final class History extends Sub {
        @Option(names = "--limit", paramLabel = "N", description = "how many steps (default: 20)") String limit = "20";

        @Override Ask ask() { return new Ask("/local/v1/history?limit=" + Flags.number("--limit", limit, 1, 10_000), null); }

        @Override List<String> text(JsonNode a) { return WalletText.history(a); }
    }

    @Command(name = "leave", description = "formal leave: cashes every coin held and closes the account (Section 4.2)")
    static final class Leave extends Sub {
        @Override Ask ask() { return new Ask("/local/v1/leave", Map.of()); }

        @Override List<String> text(JsonNode a) {
            return List.of("left the system: " + a.path("cashed").asLong() + " coins cashed, balance " + a.path("balance").asLong());
        }
    }

    @Command(name = "allow", description = "allows PEER to invoice N more picopayments for its services")
    static final class Allow extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PEER") String peer;
        @Parameters(index = "1", arity = "0..1", paramLabel = "N") String n;

        @Override Ask ask() { return new Ask("/local/v1/allow", Map.of("peer", peer(peer), "picopayments", Flags.number("N", n, 1, Long.MAX_VALUE))); }

        @Override List<String> text(JsonNode a) { return List.of(a.path("server").asText() + " may invoice " + a.path("allowance").asLong() + " picopayments"); }
    }

    @Command(name = "serve", description = "invoices PEER for N services this peer performed: its daemon pays N picopayments")
    static final class Serve extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PEER") String peer;
        @Parameters(index = "1", arity = "0..1", paramLabel = "N") String n;

        @Override Ask ask() { return new Ask("/local/v1/serve", Map.of("peer", peer(peer), "n", Flags.number("N", n, 1, 1_000))); }

        @Override List<String> text(JsonNode a) {
            return List.of("paid " + a.path("paid").asInt() + " of " + a.path("requested").asInt() + " picopayments, " + a.path("coins").asInt() + " coins"
                + (a.hasNonNull("failed") ? "; stopped: " + a.get("failed").asText() : ""));
        }
    }
}
