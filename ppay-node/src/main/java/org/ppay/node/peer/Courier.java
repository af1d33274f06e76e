package org.ppay.node.peer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;

/**
 * Delivers what waits in the {@link Outbox}, each delivery a {@link Step.Deliver} of its own. A payee that does not
 * answer is tried again after 1 s, then 2, 4... up to a minute (its payments wait in order; a restart tries at once).
 * The waits live here, not in the journal: they change no state, and a payee back sooner is met by a round forced
 * from the local API.
 */
final class Courier {
    static final long FIRST_MILLIS = 1_000, MAX_MILLIS = 60_000;

    /** How long the courier waits for the core: it tries again next round. */
    private static final long WAIT_MILLIS = 1_000;

    /** What a round did: deliveries that got an answer, and what is still waiting. */
    record Round(int delivered, int waiting) {}

    private final StepRunner runner;
    private final LongSupplier millis;
    /** A payee that did not answer: how long it was given, and when it is tried again. */
    record Retry(long gap, long at) {
        /** The next wait after a failed try at {@code now}: 1 s, then twice the last, at most a minute. */
        static Retry after(Retry last, long now) {
            long gap = last == null ? FIRST_MILLIS : Math.min(MAX_MILLIS, last.gap() * 2);
            return new Retry(gap, now + gap);
        }
    }

    private final Map<String, Retry> retries = new HashMap<>();

    /** @param millis the clock the waits are measured on */
    Courier(StepRunner runner, LongSupplier millis) {
        this.runner = runner;
        this.millis = millis;
    }

    /**
     * Tries every delivery that is due ({@code force}: every one), each payee's in the order queued, stopping at the
     * first that its payee leaves unanswered.
     *
     * @throws PPayException OFFLINE when the core stayed busy
     */
    synchronized Round round(boolean force) throws PPayException {
        List<Outbox.Entry> waiting = runner.read(p -> runner.state().outbox().entries(), WAIT_MILLIS);
        retries.keySet().retainAll(waiting.stream().map(Outbox.Entry::digest).toList());
        Set<String> held = new HashSet<>();
        int delivered = 0;
        for (Outbox.Entry e : waiting) {
            if (held.contains(e.payee())) continue;
            Retry r = retries.get(e.digest());
            if (!force && r != null && millis.getAsLong() < r.at()) {
                held.add(e.payee());
                continue;
            }
            StepRunner.Outcome o = runner.run(new Step.Deliver(e.payee(), e.digest()), WAIT_MILLIS);
            if (o.refused() == ErrorCode.OFFLINE) {
                retries.put(e.digest(), Retry.after(r, millis.getAsLong()));
                held.add(e.payee());
            } else {
                retries.remove(e.digest());
                if (o.ok()) delivered++;
            }
        }
        return new Round(delivered, runner.state().outbox().size());
    }
}
