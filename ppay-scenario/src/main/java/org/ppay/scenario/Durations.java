package org.ppay.scenario;

/** Durations of the scenario language: {@code 31d}, {@code 5h}, {@code 10m}, {@code 90s}. */
final class Durations {
    private Durations() {}

    static long seconds(String text) throws ScriptError {
        if (text.length() < 2) throw new ScriptError("bad duration '" + text + "' (use 31d, 5h, 10m or 90s)");
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'd' -> 86_400;
            case 'h' -> 3_600;
            case 'm' -> 60;
            case 's' -> 1;
            default -> throw new ScriptError("bad duration unit in '" + text + "' (use d, h, m or s)");
        };
        try {
            long n = Long.parseLong(text.substring(0, text.length() - 1));
            if (n < 0) throw new ScriptError("negative duration '" + text + "'");
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ScriptError("bad duration '" + text + "'");
        }
    }
}
