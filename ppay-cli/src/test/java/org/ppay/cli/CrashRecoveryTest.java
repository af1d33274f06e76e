package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.PPayException;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.node.store.Database;
import org.ppay.node.store.Journal;

/**
 * The broker and three peers as processes, killed with SIGKILL at random points of the demo's paid workload (the
 * broker every few seconds, a peer by the churn) and started again from their data: afterwards, with every peer gone
 * and cashed in, the books balance against every account, no fraud was proven against anyone (all are honest), and no
 * coin has two different assignments with one sequence number in any journal.
 */
class CrashRecoveryTest {
    @TempDir Path dir;

    @Test
    void killingTheBrokerAndPeersAtRandomLosesNoMoneyAndSignsNoConflictingAssignment() throws Exception {
        Random r = new Random(11);
        AtomicInteger brokerKills = new AtomicInteger();
        DemoSummary s;
        try (DemoRun run = new DemoRun(new DemoConfig(3, 0.4), 11, dir, line -> { })) {
            run.start(false);
            AtomicBoolean done = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                try {
                    while (!done.get()) {
                        Thread.sleep(4_000 + r.nextInt(3_000));
                        run.processes.kill(run.broker());
                        brokerKills.incrementAndGet();
                        Thread.sleep(300 + r.nextInt(1_500));
                        run.processes.restart(run.broker());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "broker-killer");
            killer.start();
            List<DemoSummary.Played> none = run.traffic(() -> { });
            done.set(true);
            killer.join();
            run.leave();
            s = run.summary(none);
        }
        String summary = s.text();
        assertThat(brokerKills.get()).as("the broker was killed: " + summary).isGreaterThanOrEqualTo(2);
        assertThat(s.workload().kills()).as("peers were killed too: " + summary).isGreaterThan(brokerKills.get());
        assertThat(s.done().picopayments() + s.done().coinsPaid()).as("money moved: " + summary).isPositive();
        assertThat(s.proven()).as("frauds proven against honest peers: " + summary).isEmpty();
        assertThat(s.honestPunished()).isEmpty();
        assertThat(s.books().balance()).as("books balance: " + summary).isTrue();
        assertThat(s.books().coinsHeld()).as(summary).isZero();
        assertThat(s.books().inOutboxes()).as(summary).isZero();
        assertThat(conflicts(List.of("p1", "p2", "p3"))).isEmpty();
    }

    /** Every assignment any journal holds, sent or received, grouped by coin and sequence number: each group must agree. */
    private List<String> conflicts(List<String> peers) throws Exception {
        Map<String, Assignment> seen = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (String p : peers) {
            Path file = dir.resolve(p).resolve("peer.db");
            assertThat(Files.exists(file)).isTrue();
            Database db = Database.open("sqlite:" + file, "peer");
            try {
                List<Assignment> found = new ArrayList<>();
                new Journal(db).forEach(step -> {
                    messages(step).forEach(m -> collect(m, found));
                });
                for (Assignment a : found) {
                    Assignment before = seen.putIfAbsent(a.coin().id() + "#" + a.seq(), a);
                    if (before != null && !before.sameAs(a)) conflicts.add(a.coin().id() + " seq " + a.seq() + ": " + before + " and " + a);
                }
            } finally {
                db.close();
            }
        }
        return conflicts;
    }

    private static Stream<Message> messages(Journal.Step step) {
        List<byte[]> bytes = new ArrayList<>();
        try {
            JsonNode in = WalletClient.JSON.readTree(step.header().input());
            if (in.hasNonNull("message")) bytes.add(in.get("message").binaryValue());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (Journal.Call c : step.calls()) {
            bytes.add(c.request());
            bytes.add(c.answer());
        }
        return bytes.stream().map(CrashRecoveryTest::decode).filter(java.util.Objects::nonNull);
    }

    private static Message decode(byte[] b) {
        try {
            return b == null || b.length == 0 ? null : Codec.decode(b);
        } catch (PPayException e) {
            return null;                                 // a seed or nonce, not a message
        }
    }

    private static void collect(Message m, List<Assignment> out) {
        if (m instanceof Assignment a) out.add(a);
        else if (m instanceof Payment p) {
            holding(p.holding(), out);
            if (p.request() != null) holding(p.request().given(), out);
        } else if (m instanceof ReassignmentRequest q) holding(q.given(), out);
        else if (m instanceof RenewalRequest q) holding(q.current(), out);
        else if (m instanceof CashRequest q) holding(q.holding(), out);
        else if (m instanceof Refusal q) holding(q.refused(), out);
    }

    private static void holding(Holding h, List<Assignment> out) {
        Holding cur = h;
        while (cur instanceof LayeredCoin l) cur = l.inner();
        out.add((Assignment) cur);
    }
}
