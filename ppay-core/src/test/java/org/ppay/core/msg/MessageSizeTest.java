package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.msg.MessageFixture.Named;

/** The sizes the cost meter charges are computed without encoding; they must equal the encoded length. */
class MessageSizeTest {
    static Stream<Named> messages() { return MessageFixture.FAKE.all.stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void theComputedSizeOfEveryMessageIsItsEncodedLength(Named n) {
        assertThat(n.message().size()).isEqualTo(n.message().encode().length);
    }
}
