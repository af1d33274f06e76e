package org.ppay.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** An output directory made ready before any work starts, so that hours of results never meet an unwritable path. */
final class OutputDirectory {
    private OutputDirectory() {}

    /**
     * Creates {@code dir} if missing and proves it writable by creating and deleting a file in it.
     *
     * @throws Problems.BadInput naming {@code flag} and what it accepts, with the reason
     */
    static Path prepare(CommandSpec spec, String flag, Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw new FileAlreadyExistsException(dir.toString(), null, "a file, not a directory");
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".ppay-write-check-", ""));
            return dir;
        } catch (IOException | SecurityException e) {
            throw new Problems.BadInput(spec, flag + " must be " + new Domain.OutDir().describe() + "; '" + dir + "' is not: " + reason(e));
        }
    }

    /** Why a path could not be used, in words ("permission denied"), without Java's class names. */
    static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        if (e instanceof AccessDeniedException || e instanceof SecurityException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
