package org.ppay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only UTF-8 text files are read as scripts; anything else is refused with its problem named. */
class ScriptFileTest {
    @TempDir Path dir;

    @Test
    void aTextFileIsReadAsUtf8() throws Exception {
        Path f = Files.writeString(dir.resolve("a.ppay"), "join Zoë balance=1\n", StandardCharsets.UTF_8);
        assertThat(ScriptFile.read(f)).isEqualTo("join Zoë balance=1\n");
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(problem(dir.resolve("nope.ppay"))).isEqualTo(ScriptFile.Problem.NOT_FOUND);
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(problem(dir)).isEqualTo(ScriptFile.Problem.NOT_A_FILE);
    }

    @Test
    void aFileWithNulBytesIsNotText() throws IOException {
        assertThat(problem(Files.write(dir.resolve("b"), new byte[] {'j', 0, 'x'}))).isEqualTo(ScriptFile.Problem.NOT_TEXT);
    }

    @Test
    void aFileOfInvalidUtf8IsNotText() throws IOException {
        assertThat(problem(Files.write(dir.resolve("c"), new byte[] {'j', (byte) 0xC3, (byte) 0x28}))).isEqualTo(ScriptFile.Problem.NOT_TEXT);
    }

    static ScriptFile.Problem problem(Path f) {
        ScriptFile.Unreadable e = catchThrowableOfType(ScriptFile.Unreadable.class, () -> ScriptFile.read(f));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(f.toString());
        return e.problem();
    }
}
