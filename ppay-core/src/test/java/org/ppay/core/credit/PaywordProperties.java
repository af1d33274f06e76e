package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Payword;

class PaywordProperties {
    private final Signer payer = Peers.signer(1);
    private final Signer payee = Peers.signer(2);

    @Property(tries = 300)
    void any_increasing_run_of_genuine_words_is_credited_in_full_for_one_hash_per_picopayment(
            @ForAll @IntRange(min = 1, max = 200) int n,
            @ForAll @IntRange(min = 0, max = 255) int seedByte,
            @ForAll @Size(max = 50) List<@IntRange(min = 1, max = 200) Integer> indices) throws PPayException {
        PaywordChain chain = PaywordChain.create(payer, payee.id(), Peers.bytes32(seedByte), n, 0L, CostMeter.NONE);
        List<Payword> words = new ArrayList<>();
        for (int i = 0; i < n; i++) words.add(chain.next());
        PaywordAccount account = PaywordAccount.open(chain.commitment(), payee.id(), Peers.VERIFIER, CostMeter.NONE);
        CountingCostMeter meter = new CountingCostMeter();
        int credited = 0;
        for (int index : new TreeSet<>(indices)) {
            if (index > n) break;
            credited += account.accept(words.get(index - 1), meter);
        }
        assertThat(credited).isEqualTo(account.accepted());
        assertThat(meter.count(CostAction.HASH)).isEqualTo(account.accepted());
    }

    @Property(tries = 300)
    void no_word_at_or_below_the_last_accepted_one_is_ever_credited_again(
            @ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 60) int accepted,
            @ForAll @IntRange(min = 1, max = 60) int replayed) throws PPayException {
        int last = Math.min(accepted, n);
        int again = Math.min(replayed, last);
        PaywordChain chain = PaywordChain.create(payer, payee.id(), Peers.bytes32(n), n, 0L, CostMeter.NONE);
        List<Payword> words = new ArrayList<>();
        for (int i = 0; i < n; i++) words.add(chain.next());
        PaywordAccount account = PaywordAccount.open(chain.commitment(), payee.id(), Peers.VERIFIER, CostMeter.NONE);
        account.accept(words.get(last - 1), CostMeter.NONE);
        assertThatThrownBy(() -> account.accept(words.get(again - 1), CostMeter.NONE))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_PAYWORD));
        assertThat(account.accepted()).isEqualTo(last);
    }
}
