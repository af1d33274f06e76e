package org.ppay.node.peer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A payee's answers to the payments it took or refused with a signature, by the payment's digest, until the coin's
 * renewal window closes (after that the core refuses the payment as expired anyway). A payer's outbox may deliver a
 * payment again under a new request, having never heard the first answer: it gets that answer again, and nothing
 * changes. Part of {@link DaemonState}, changed only by steps.
 */
final class Answered {
    private record Due(long windowEnd, String digest) {}

    private final Map<String, Step.Received> answers = new HashMap<>();
    private final PriorityQueue<Due> expiry = new PriorityQueue<>((a, b) -> Long.compare(a.windowEnd(), b.windowEnd()));

    Optional<Step.Received> before(String digest) { return Optional.ofNullable(answers.get(digest)); }

    /** Keeps the answer to a payment whose coin's window ends at {@code windowEnd}, and forgets those closed by {@code now}. */
    void keep(String digest, Step.Received answer, long windowEnd, long now) {
        while (!expiry.isEmpty() && expiry.peek().windowEnd() < now) answers.remove(expiry.poll().digest());
        if (answers.putIfAbsent(digest, answer) == null) expiry.add(new Due(windowEnd, digest));
    }
}
