package org.ppay.core.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.testing.FakeCrypto;

/** The wallet is a queue in arrival order with removal anywhere: it behaves exactly as a LinkedHashMap would. */
class WalletTest {
    @Test
    void randomAddsAndRemovesKeepTheArrivalOrderOfALinkedHashMap() {
        FakeCrypto crypto = new FakeCrypto();
        Signer broker = crypto.signer(new byte[32]);
        List<PeerId> owners = new ArrayList<>();
        for (int i = 1; i <= 5; i++) owners.add(crypto.signer(new byte[] {(byte) i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}).id());
        Sig sig = broker.sign(new byte[1]);
        SplittableRandom r = new SplittableRandom(3);
        Wallet w = new Wallet();
        Map<CoinId, Holding> model = new LinkedHashMap<>();
        for (int step = 0; step < 20_000; step++) {
            PeerId owner = owners.get(r.nextInt(owners.size()));
            long sn = r.nextInt(60);
            RawCoin coin = new RawCoin(owner, sn, sig);
            if (r.nextInt(3) == 0) {
                w.remove(coin.id());
                model.remove(coin.id());
            } else {
                long end = r.nextLong(1_000_000);
                Assignment a = new Assignment(owners.get(0), 1 + r.nextInt(9), 0, 0, end, coin, false, sig);
                w.add(a);
                model.remove(coin.id());
                model.put(coin.id(), a);
            }
            assertThat(w.size()).isEqualTo(model.size());
            if (step % 97 == 0) {
                assertThat(w.list()).containsExactlyElementsOf(model.values());
                List<Holding> scanned = new ArrayList<>();
                for (int i = w.first(); i < w.end(); i++) {
                    Holding h = w.holding(i);
                    if (h == null) continue;
                    scanned.add(h);
                    assertThat(w.owner(i)).isEqualTo(h.coin().owner());
                    assertThat(w.windowEnd(i)).isEqualTo(h.base().re());
                    assertThat(w.layers(i)).isEqualTo(h.layers());
                }
                assertThat(scanned).containsExactlyElementsOf(model.values());
                for (CoinId id : model.keySet()) assertThat(w.get(id)).isSameAs(model.get(id));
            }
        }
        for (CoinId id : new ArrayList<>(model.keySet())) w.remove(id);
        assertThat(w.size()).isZero();
        assertThat(w.list()).isEmpty();
    }
}
