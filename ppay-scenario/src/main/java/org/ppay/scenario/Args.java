package org.ppay.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** One scenario line's words: positional arguments and {@code key=value} options. */
final class Args {
    private final String[] words;
    private final Map<String, String> named = new LinkedHashMap<>();
    private final java.util.List<String> positional = new java.util.ArrayList<>();

    Args(String[] words) {
        this.words = words;
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0) named.put(w.substring(0, eq), w.substring(eq + 1)); else positional.add(w);
        }
    }

    String pos(int i) throws ScriptError {
        if (i >= positional.size()) throw new ScriptError("'" + String.join(" ", words) + "' is missing argument " + i);
        return positional.get(i);
    }

    long num(int i) throws ScriptError { return parse(pos(i)); }

    String opt(String key, String dflt) { return named.getOrDefault(key, dflt); }

    long numOpt(String key, long dflt) throws ScriptError {
        String v = named.get(key);
        return v == null ? dflt : parse(v);
    }

    Map<String, String> named() { return named; }

    static long parse(String v) throws ScriptError {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ScriptError("not a number: '" + v + "'");
        }
    }
}
