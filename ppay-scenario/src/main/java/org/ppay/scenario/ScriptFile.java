package org.ppay.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario file as UTF-8 text, refusing what cannot be a script (missing, a directory, unreadable,
 * binary) with a typed error the command line turns into one line, rather than running garbage or failing
 * with a stack trace.
 */
public final class ScriptFile {
    private ScriptFile() {}

    /** Why a file is not a script. */
    public enum Problem { NOT_FOUND, NOT_A_FILE, UNREADABLE, NOT_TEXT }

    /** A file that cannot be read as a script; the message names the file and the problem. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Unreadable(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() { return problem; }
    }

    /** The file's text. */
    public static String read(Path file) throws Unreadable {
        if (!Files.exists(file)) throw new Unreadable(Problem.NOT_FOUND, "no such file: " + file);
        if (!Files.isRegularFile(file)) throw new Unreadable(Problem.NOT_A_FILE, file + ": not a regular file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(Problem.UNREADABLE, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        for (byte b : bytes) if (b == 0) throw new Unreadable(Problem.NOT_TEXT, file + ": a binary file (NUL bytes), not a scenario");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(Problem.NOT_TEXT, file + ": not UTF-8 text, not a scenario");
        }
    }
}
