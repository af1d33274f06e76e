package org.ppay.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The failures of one scenario: the first {@link ScenarioReport#LISTED_FAILURES} in full and how many in all,
 * so a file of garbage (every line a failure) gives a short report rather than megabytes of it.
 */
final class Failures {
    private final List<String> listed = new ArrayList<>();
    private int count;

    void add(String failure) {
        if (listed.size() < ScenarioReport.LISTED_FAILURES) listed.add(failure);
        count++;
    }

    boolean isEmpty() { return count == 0; }

    int count() { return count; }

    List<String> listed() { return listed; }
}
