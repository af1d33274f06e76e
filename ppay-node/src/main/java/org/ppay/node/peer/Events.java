package org.ppay.node.peer;

import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.node.store.Journal;

/**
 * Server-sent events for the application ("payment-received"...). Events are sent from a thread of their own, so a
 * listener that reads slowly never holds up the core; each carries its journal step as its id, and a listener that
 * reconnects with {@code Last-Event-ID} is first told what the journal holds after it.
 */
final class Events implements AutoCloseable {
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ppay-events");
        t.setDaemon(true);
        return t;
    });

    /** Keeps {@code c} open; {@code missed} are the journaled events after its Last-Event-ID, sent first. */
    void add(SseClient c, List<History.Event> missed) {
        c.keepAlive();
        c.onClose(() -> clients.remove(c));
        sender.execute(() -> {
            missed.forEach(e -> send(c, e));
            clients.add(c);
        });
    }

    void publish(History.Event e) { sender.execute(() -> clients.forEach(c -> send(c, e))); }

    private static void send(SseClient c, History.Event e) {
        if (!c.terminated()) c.sendEvent(e.type(), StepCodec.json(e), e.step() == 0 ? null : Long.toString(e.step()));
    }

    /** The events of journaled steps after {@code seq}, at most 1000. */
    static List<History.Event> after(Journal journal, long seq) throws PPayException {
        List<History.Event> out = new ArrayList<>();
        for (Journal.Step s : journal.after(seq, 1000)) {
            if (!s.done()) continue;
            Journal.Outcome o = s.outcome();
            ErrorCode code = o.errorCode() == null ? null : ErrorCode.fromWire(o.errorCode());
            StepRunner.Outcome outcome = new StepRunner.Outcome(s.header().seq(), null, o.result(), code, o.errorMessage(), true, true);
            History.event(s.header(), StepCodec.step(s.header().kind(), s.header().input()), outcome).ifPresent(out::add);
        }
        return out;
    }

    @Override public void close() {
        sender.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
