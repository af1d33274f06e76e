package org.ppay.core.role;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keys ordered by the time their renewal window closes, so that purging (Section 5.3) touches only what is
 * due instead of every trail or every coin ever seen. Lazy: a key is queued again whenever its window moves,
 * and the caller re-checks what is due, so stale entries are skipped, not searched for.
 */
public final class ExpiryQueue<K> {
    private record Entry<K>(long end, K key) {}

    private final PriorityQueue<Entry<K>> queue = new PriorityQueue<>((a, b) -> Long.compare(a.end, b.end));

    /** Queues {@code key}, whose window now ends at {@code end}. */
    public void add(long end, K key) { queue.add(new Entry<>(end, key)); }

    /** Removes and returns the keys of every entry whose window ended before {@code now}. */
    public List<K> due(long now) {
        List<K> out = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().end < now) out.add(queue.poll().key);
        return out;
    }

    public int size() { return queue.size(); }
}
