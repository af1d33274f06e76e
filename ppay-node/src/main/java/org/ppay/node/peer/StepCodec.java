package org.ppay.node.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** Steps and their results as the journal keeps them: JSON, a step named by its kind. */
final class StepCodec {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> KINDS = new HashMap<>();

    static {
        for (Class<?> c : Step.class.getPermittedSubclasses()) KINDS.put(c.getSimpleName(), c);
    }

    private StepCodec() {}

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a step or result that cannot be written as JSON: " + o, e);
        }
    }

    /** The step a journal row holds. */
    static Step step(String kind, String input) {
        Class<?> type = KINDS.get(kind);
        if (type == null) throw new IllegalStateException("the journal holds a step of unknown kind " + kind);
        return (Step) read(input, type);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in the journal: " + e.getOriginalMessage(), e);
        }
    }
}
