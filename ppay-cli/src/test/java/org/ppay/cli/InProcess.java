package org.ppay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A command run in this JVM with its output captured, as the tests see it. */
record InProcess(int exit, String out, String err) {
    static InProcess run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new InProcess(exit, out.toString(), err.toString());
    }

    /** The non-empty lines of standard output. */
    java.util.List<String> outLines() { return out.lines().filter(l -> !l.isBlank()).toList(); }
}
