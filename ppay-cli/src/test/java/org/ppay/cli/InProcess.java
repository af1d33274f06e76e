package org.ppay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** A command run in this JVM with its output captured, as the tests see it: exit code, stdout, stderr. */
record InProcess(int exit, String out, String err) {
    /** {@code ppay args...}, as {@link Main} runs it. */
    static InProcess ppay(String... args) { return execute(Main.commandLine(), args); }

    /** One command on its own, with the same problem reporting as {@link Main}. */
    static InProcess run(Object command, String... args) { return execute(Problems.install(new CommandLine(command)), args); }

    private static InProcess execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new InProcess(exit, out.toString(), err.toString());
    }

    /** The non-empty lines of standard output. */
    List<String> outLines() { return out.lines().filter(l -> !l.isBlank()).toList(); }

    /** The lines of standard error. */
    List<String> errLines() { return err.lines().toList(); }
}
