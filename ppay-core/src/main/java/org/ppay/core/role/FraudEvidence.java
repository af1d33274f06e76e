package org.ppay.core.role;

import java.util.Objects;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Relinquishment;

/**
 * Proof that {@code accused} gave up the same assignment twice: two different relinquishments, both signed
 * by it, of one holding of one coin (Section 4.1, holder double-spending). Anyone can check it;
 * the broker punishes on it and makes {@code victim} (who was handed the void copy, if anyone) whole.
 */
public record FraudEvidence(PeerId accused, Relinquishment first, Relinquishment second, PeerId victim) {
    public FraudEvidence {
        Objects.requireNonNull(accused, "accused");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.coinId().equals(second.coinId()) || first.relinquishedSeq() != second.relinquishedSeq()) {
            throw new IllegalArgumentException("evidence must be two relinquishments of one assignment");
        }
        if (!first.relinquisher().equals(accused) || !second.relinquisher().equals(accused)) {
            throw new IllegalArgumentException("both relinquishments must be the accused's");
        }
        if (!first.given().sameHolding(second.given())) throw new IllegalArgumentException("both relinquishments must give up one holding");
    }
}
