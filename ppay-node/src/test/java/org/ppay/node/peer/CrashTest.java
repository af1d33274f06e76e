package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.Params;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.role.AuditTrail;

/**
 * A payer killed in the middle of paying a coin through its owner, between "message on disk" and "sent", or between
 * "sent" and "answer on disk", and started again: it finishes the payment with the very same request, which owner and
 * payee answer as a retry. The coin is neither lost nor assigned twice: the owner's trail and the payee's wallet agree.
 */
class CrashTest {
    @TempDir Path dir;
    private Cluster net;

    /** What a kill does to a step: it stops where it is. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() { super("killed"); }
    }

    @BeforeEach
    void start() throws Exception { net = new Cluster(dir, Params.defaults()); }

    @AfterEach
    void stop() { net.close(); }

    static Stream<Arguments> kills() {
        return Stream.of(
            Arguments.of(Faults.Point.AFTER_SEND, ReassignmentRequest.class, 0L),
            Arguments.of(Faults.Point.AFTER_SEND, ReassignmentRequest.class, 600L),
            Arguments.of(Faults.Point.BEFORE_SEND, ReassignmentRequest.class, 600L),
            Arguments.of(Faults.Point.AFTER_SEND, Payment.class, 0L));
    }

    @ParameterizedTest(name = "killed {0} the {1}, restarted {2} s later")
    @MethodSource("kills")
    void aPayerKilledMidPaymentFinishesItOnRestartWithoutLosingOrDoublingTheCoin(Faults.Point point, Class<? extends Message> type, long later)
            throws Exception {
        PeerDaemon a = net.start("A"), b = net.start("B"), c = net.start("C");
        String coin = Local.of(c).pay(a, 1).ok().body().get("paid").get(0).get("coin").asText();
        long ownerSteps = c.journalSize(), payeeSteps = b.journalSize();
        AtomicBoolean armed = new AtomicBoolean(true);
        a.faults((p, m) -> {
            if (p == point && type.isInstance(m) && armed.getAndSet(false)) throw new Crash();
        });

        assertThat(Local.of(a).pay(b, 1).status()).isEqualTo(503);
        net.stop("A");
        net.clock.addAndGet(later);
        a = net.start("A");

        JsonNode held = Local.of(b).coins().ok().body().get("held");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).get("coin").asText()).isEqualTo(coin);
        assertThat(held.get(0).get("seq").asLong()).isEqualTo(2);
        assertThat(Local.of(a).coins().ok().body().get("held")).isEmpty();
        AuditTrail trail = c.read(p -> p.owner().trails().iterator().next());
        assertThat(trail.current().orElseThrow().holder()).isEqualTo(b.id());
        assertThat(trail.currentSeq()).isEqualTo(2);
        assertThat(trail.proofCount()).as("one relinquishment, of seq 1").isEqualTo(1);
        assertThat(c.journalSize()).as("the owner served the request once").isEqualTo(ownerSteps + 1);
        assertThat(b.journalSize()).as("the payee took the payment once").isEqualTo(payeeSteps + 1);
        JsonNode last = Local.of(a).get("/local/v1/history?limit=2").ok().body();
        assertThat(last.get(1).get("kind").asText()).isEqualTo("Pay");
        assertThat(last.get(1).get("ok").asBoolean()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aPayerRestartedWhileTheOwnerIsDownFinishesThroughTheBrokerWithTheSameAssignment() throws Exception {
        PeerDaemon a = net.start("A"), b = net.start("B"), c = net.start("C");
        String coin = Local.of(c).pay(a, 1).ok().body().get("paid").get(0).get("coin").asText();
        AtomicBoolean armed = new AtomicBoolean(true);
        a.faults((p, m) -> {
            if (p == Faults.Point.AFTER_SEND && m instanceof ReassignmentRequest && armed.getAndSet(false)) throw new Crash();
        });
        assertThat(Local.of(a).pay(b, 1).status()).isEqualTo(503);
        net.stop("A");
        net.stop("C");                                                  // the owner served the request, then went down
        a = net.start("A");
        JsonNode held = Local.of(b).coins().ok().body().get("held").get(0);
        assertThat(held.get("coin").asText()).isEqualTo(coin);
        assertThat(held.get("seq").asLong()).isEqualTo(2);
        assertThat(held.get("byBroker").asBoolean()).isTrue();
        c = net.start("C");                                             // audits the broker's copy of its own assignment
        AuditTrail trail = c.read(p -> p.owner().trails().iterator().next());
        assertThat(trail.current().orElseThrow().holder()).isEqualTo(b.id());
        assertThat(trail.currentSeq()).isEqualTo(2);
        assertThat(net.broker().totals().penaltyIncome()).as("nobody was taken for a cheat").isZero();
        net.assertConserved(a, b, c);
    }
}
