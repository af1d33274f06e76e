package org.ppay.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, so progress bars stay quiet in pipes, logs and CI. */
final class Terminal {
    private Terminal() {}

    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) return false;
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
