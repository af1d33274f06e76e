package org.ppay.cli;

import java.util.List;
import java.util.Locale;
import org.ppay.node.peer.Tally;

/**
 * The end of {@code ppay demo}: what the workload asked, what the daemons did (their journals' {@link Tally}, added
 * up), the frauds played and what the broker proved, and the books. {@code --json} prints this record; the text is
 * the same laid out for people.
 *
 * @param ok money conserved, every fraud played was caught, and no honest peer was punished
 */
record DemoSummary(long seed, int peers, double minutes, double seconds, Workload workload, Tally done, List<Played> frauds,
                   List<Proven> proven, List<String> honestPunished, Books books, boolean conserved, boolean ok) {
    /** The traffic the applications made, and the churn. */
    record Workload(long queries, long probes, long downloads, long failed, long kills, long restarts) {}

    /** A fraud the rogue played, and whether the broker proved one against the rogue on that coin. */
    record Played(String kind, String coin, String victim, boolean caught) {}

    /** A fraud the broker proved (its public record, {@code /v1/frauds}), the culprit by name. */
    record Proven(String culprit, String kind, String coin) {}

    /**
     * The broker's totals and every account's signed statement: money in must equal what the accounts hold (balances,
     * deposits, prepaid coins) plus the broker's fees, penalties and escrow. {@code inOutboxes}: payments whose payee
     * never took them, so their coins are in no wallet.
     */
    record Books(long moneyIn, long accounts, long feeIncome, long penaltyIncome, long escrow, boolean brokerBalances, long coinsHeld, long inOutboxes) {
        boolean balance() { return brokerBalances && moneyIn == accounts + feeIncome + penaltyIncome + escrow; }
    }

    String text() {
        StringBuilder b = new StringBuilder();
        Tally t = done;
        line(b, "ppay demo", "%d peers and a rogue, %s min of queries with churn, seed %d (%.0f s in all)", peers, OptionDefaults.plain(minutes), seed, seconds);
        line(b, "workload", "%,d queries, %,d probes, %,d downloads (%,d calls refused or unanswered); peers killed (SIGKILL) %,d times, restarted %,d",
            workload.queries, workload.probes, workload.downloads, workload.failed, workload.kills, workload.restarts);
        line(b, "payments", "%,d picopayments, %,d coin payments: %,d coins printed, %,d layered; %,d waited in an outbox (payee gone)", t.picopayments(),
            t.coinsPaid(), t.printed(), t.layered(), t.outboxed());
        line(b, "reassigned", "%,d by owner, %,d by broker (owner down or busy); %,d layers peeled", t.reassignedByOwner(), t.reassignedByBroker(), t.layersPeeled());
        line(b, "renewed", "%,d by owner, %,d by broker", t.renewedByOwner(), t.renewedByBroker());
        line(b, "cashed", "%,d coins, %,d claims went to arbitration; %,d fraud reports by owners and payees", t.cashed(), t.disputed(), t.fraudReports());
        for (Played f : frauds) {
            line(b, "fraud", "%s of %s, copy to %s: %s", words(f.kind), f.coin, f.victim, f.caught ? "caught" : "NOT CAUGHT");
        }
        line(b, "punished", "%s; honest peers: %s", proven.isEmpty() ? "nobody" : String.join(", ", proven.stream().map(p -> p.culprit + " (" + words(p.kind) + ")").toList()),
            honestPunished.isEmpty() ? "none" : String.join(", ", honestPunished));
        line(b, "books", "%,d in = %,d in accounts + %,d fees + %,d penalties + %,d escrow; %,d coins left in wallets, %,d payments in outboxes",
            books.moneyIn, books.accounts, books.feeIncome, books.penaltyIncome, books.escrow, books.coinsHeld, books.inOutboxes);
        b.append("money conserved: ").append(conserved ? "yes" : "NO").append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String format, Object... args) {
        b.append(String.format(Locale.ROOT, "%-11s ", label)).append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** {@code holder double spend}. */
    static String words(String kind) { return kind.toLowerCase(Locale.ROOT).replace('_', ' '); }
}
