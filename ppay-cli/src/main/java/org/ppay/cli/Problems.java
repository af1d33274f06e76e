package org.ppay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.ppay.core.role.ProofRetention;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that tells a user what went wrong: one line on stderr, starting with the command
 * ({@code ppay simulate: ...}). Bad input (a flag out of its {@link Domain}, a missing or unknown one, an
 * output path that cannot be written, a run the heap cannot hold) names the flag and what it accepts and exits
 * {@value #BAD_INPUT}; anything that fails while working, out of memory included, exits {@value #FAILED}. Never a
 * usage dump ({@code --help} prints that) and never a stack trace (unless {@code PPAY_DEBUG} is set).
 */
final class Problems implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final String MORE_HEAP = "PPAY_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx16g\"";

    /**
     * Input the user can correct, found by a command's own checks before it starts working (ranges that depend on
     * other flags, output paths, the heap a run needs); reported like picocli's own refusals.
     */
    static final class BadInput extends ParameterException {
        BadInput(CommandSpec spec, String message) { super(spec.commandLine(), message); }
    }

    /** A command whose runs' memory grows with --peers and --days: what to suggest when it runs out of it. */
    interface MemoryAdvice {
        /** What owners keep of their proofs: keeping them takes about twice the memory. */
        ProofRetention proofs();

        /** Advice of the command's own, before the common one ({@code "--threads 1, "}). */
        default String otherAdvice() { return ""; }

        /** {@code use --proofs count, fewer --peers or --days}. */
        default String memoryAdvice() {
            return "use " + (proofs() == ProofRetention.KEEP ? "--proofs count, " : "") + otherAdvice() + "fewer --peers or --days";
        }
    }

    private Problems() {}

    /** {@code cl} (and its subcommands) reporting every problem as one line. */
    static CommandLine install(CommandLine cl) {
        Problems p = new Problems();
        cl.setParameterExceptionHandler(p);
        cl.setExecutionExceptionHandler(p);
        cl.setExecutionStrategy(Problems::execute);
        return cl;
    }

    /** Runs the command picocli chose; an {@link Error} (out of memory in set-up or run) is handed to the handler too. */
    private static int execute(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            List<CommandLine> chain = parsed.asCommandLineList();
            throw new ExecutionException(chain.get(chain.size() - 1), String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        report(ex.getCommandLine(), describe(ex), null);
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        Throwable t = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        if (t instanceof OutOfMemoryError) {
            String advice = cl.getCommand() instanceof MemoryAdvice m ? m.memoryAdvice() + ", or" : "give the JVM";
            report(cl, String.format(Locale.ROOT, "out of memory with %s of heap: %s more heap (%s)",
                HeapCheck.size(Runtime.getRuntime().maxMemory()), advice, MORE_HEAP), t);
        } else {
            report(cl, "failed: " + what(t), t);
        }
        return FAILED;
    }

    private static void report(CommandLine cl, String line, Throwable t) {
        PrintWriter err = cl.getErr();
        err.println(name(cl.getCommandSpec()) + ": " + oneLine(line));
        if (t != null && System.getenv("PPAY_DEBUG") != null) t.printStackTrace(err);
        err.flush();
    }

    /** {@code ppay simulate}, also when the subcommand runs on its own (as in tests). */
    static String name(CommandSpec spec) {
        String q = spec.qualifiedName();
        return q.startsWith("ppay") ? q : "ppay " + q;
    }

    /** The line for a refused command line. */
    static String describe(ParameterException ex) {
        if (ex instanceof BadInput) return ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u) return unmatched(u);
        if (ex instanceof OverwrittenOptionException o) return label(o.getOverwritten()) + " is given more than once; give it once";
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec a = m.getMissing().get(0);
            return (a.isOption() ? label(a) + " needs a value: " : "missing " + label(a) + ": ") + domain(a);
        }
        ArgSpec a = ex.getArgSpec();
        if (a != null && ex.getValue() != null) return label(a) + " must be " + domain(a) + ", not '" + ex.getValue() + "'";
        return ex.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException u) {
        String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
        CommandSpec spec = u.getCommandLine().getCommandSpec();
        if (!first.startsWith("-") && !spec.subcommands().isEmpty()) {
            return "unknown command '" + first + "'; the commands are " + String.join(", ", spec.subcommands().keySet());
        }
        String what = first.startsWith("-") ? "unknown option '" + first + "'" : "unexpected argument '" + first + "'";
        List<String> near = first.startsWith("-") ? near(first, spec) : List.of();
        String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
        return what + hint + " (" + name(spec) + " --help lists them)";
    }

    /** Up to three options of {@code spec} within two typing mistakes of {@code typed} ({@code --dys}: {@code --days}). */
    static List<String> near(String typed, CommandSpec spec) {
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        return spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName)
            .filter(o -> edits(name, o) <= 2).limit(3).toList();
    }

    /** Levenshtein distance. */
    private static int edits(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.length()];
    }

    private static String label(ArgSpec a) { return a instanceof OptionSpec o ? o.longestName() : a.paramLabel(); }

    /** What {@code a} accepts: its converter's {@link Domain}, or what its type takes. */
    static String domain(ArgSpec a) {
        ITypeConverter<?>[] converters = a.converters();
        if (converters != null) for (ITypeConverter<?> c : converters) if (c instanceof Domain d) return d.describe();
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) return "an integer";
        if (type == double.class || type == Double.class) return "a number";
        return a.description().length > 0 ? a.description()[0] : "a " + a.paramLabel();
    }

    private static String what(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m + " (" + t.getClass().getSimpleName() + ")";
    }

    private static String oneLine(String s) { return s.strip().replaceAll("\\s*\\R\\s*", "; "); }
}
