package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.broker.Books;
import org.ppay.core.role.Detection;

/**
 * The enums messages carry as numbers mirror the roles' enums name for name, and keep the numbers they were
 * issued with: a ruling's fraud kinds ({@link Detection.Kind}) and a statement's account status ({@link Books.Status}).
 */
class WireNumberTest {
    interface FromWire<E> {
        E of(int n) throws PPayException;
    }

    private static <E extends Enum<E> & Codec.Numbered> void assertMirrorsWithPinnedNumbers(E[] wire, Enum<?>[] mirrored, FromWire<E> from)
            throws PPayException {
        assertThat(Arrays.stream(wire).map(Enum::name)).containsExactlyElementsOf(Arrays.stream(mirrored).map(Enum::name).toList());
        for (E e : wire) {
            assertThat(e.wire()).as("%s", e).isEqualTo(e.ordinal() + 1);          // as issued: 1, 2, ... in declaration order
            assertThat(from.of(e.wire())).isSameAs(e);
        }
        for (int unknown : new int[] {0, wire.length + 1, 255, -1}) {
            assertThatThrownBy(() -> from.of(unknown))
                .isInstanceOfSatisfying(PPayException.class, x -> assertThat(x.code()).isEqualTo(ErrorCode.MALFORMED));
        }
    }

    @Test
    void rulingKindsMirrorTheBrokersDetectionKindsWithStableWireNumbers() throws PPayException {
        assertMirrorsWithPinnedNumbers(Ruling.Kind.values(), Detection.Kind.values(), Ruling.Kind::fromWire);
    }

    @Test
    void accountStatusesMirrorTheBrokersStatusesWithStableWireNumbers() throws PPayException {
        assertMirrorsWithPinnedNumbers(AccountStatement.Status.values(), Books.Status.values(), AccountStatement.Status::fromWire);
    }
}
