package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

class SoftCreditWindowProperties {
    private static final int PEERS = 5;

    @Provide
    Arbitrary<Long> caps() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 60), Arbitraries.just(SoftCreditWindow.NO_CAP));
    }

    /** Runs the traffic: each op encodes (server, client) as server * PEERS + client; self-pairs are skipped. */
    private static void run(Traffic t, List<Integer> ops, Runnable afterEachStep) throws PPayException {
        int n = t.peers.size();
        for (int op : ops) {
            int a = (op / PEERS) % n, b = (op % PEERS) % n;
            if (a == b) continue;
            t.serve(t.peers.get(a), t.peers.get(b));
            afterEachStep.run();
        }
    }

    private static void checkInvariants(Traffic t) {
        for (SoftCreditWindow w : t.windows.values()) {
            assertThat(w.loss()).isLessThanOrEqualTo(w.netLossCap());
            assertThat(w.loss()).isEqualTo(w.balances().values().stream().mapToLong(Long::longValue).sum());
            for (long c : w.balances().values()) assertThat(c).isBetween((long) -w.windowSize(), (long) w.windowSize());
        }
    }

    @Property
    void net_loss_cap_never_lets_a_peers_loss_exceed_its_cap_under_random_traffic(
            @ForAll @IntRange(min = 2, max = PEERS) int peers,
            @ForAll @IntRange(min = 1, max = 20) int x,
            @ForAll("caps") long v,
            @ForAll @IntRange(min = 0, max = 2) int lazyPeers,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = PEERS * PEERS - 1) Integer> ops) throws PPayException {
        Traffic t = new Traffic(peers, x, v);
        for (int k = 0; k < Math.min(lazyPeers, peers); k++) t.lazy.add(t.peers.get(k));
        run(t, ops, () -> checkInvariants(t));
    }

    @Property
    void both_peers_views_stay_opposite_under_random_honest_traffic(
            @ForAll @IntRange(min = 2, max = PEERS) int peers,
            @ForAll @IntRange(min = 1, max = 20) int x,
            @ForAll("caps") long v,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = PEERS * PEERS - 1) Integer> ops) throws PPayException {
        Traffic t = new Traffic(peers, x, v);
        run(t, ops, () -> {
            for (PeerId a : t.peers) {
                for (PeerId b : t.peers) {
                    if (!a.equals(b)) assertThat(t.at(a).credit(b)).isEqualTo(-t.at(b).credit(a));
                }
            }
        });
        long total = t.windows.values().stream().mapToLong(SoftCreditWindow::loss).sum();
        assertThat(total).isZero();
    }

    @Property
    void traffic_whose_running_balance_stays_inside_the_window_never_needs_a_coin(
            @ForAll @Size(max = 500) List<Boolean> aServesB,
            @ForAll @IntRange(min = 0, max = 5) int slack) throws PPayException {
        long running = 0, widest = 0;
        for (boolean forward : aServesB) {
            running += forward ? 1 : -1;
            widest = Math.max(widest, Math.abs(running));
        }
        Traffic t = new Traffic(2, (int) widest + 1 + slack, SoftCreditWindow.NO_CAP);
        PeerId a = t.peers.get(0), b = t.peers.get(1);
        for (boolean forward : aServesB) {
            assertThat(forward ? t.serve(a, b) : t.serve(b, a)).isTrue();
        }
        assertThat(t.coins).isZero();
        assertThat(t.at(a).credit(b)).isEqualTo(running);
    }

    @Property
    void one_way_traffic_needs_exactly_one_coin_per_x_services(
            @ForAll @IntRange(min = 0, max = 500) int services,
            @ForAll @IntRange(min = 1, max = 50) int x) throws PPayException {
        Traffic t = new Traffic(2, x, SoftCreditWindow.NO_CAP);
        PeerId a = t.peers.get(0), b = t.peers.get(1);
        for (int n = 0; n < services; n++) assertThat(t.serve(a, b)).isTrue();
        assertThat(t.coins).isEqualTo(services / x);
        assertThat(t.at(a).credit(b)).isEqualTo(services % x);
    }

    @Property
    void every_refused_call_leaves_the_window_exactly_as_it_was(
            @ForAll @IntRange(min = 1, max = 6) int x,
            @ForAll @IntRange(min = 0, max = 12) int v,
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 7) Integer> calls) {
        PeerId self = Peers.id(0);
        PeerId[] others = {Peers.id(1), Peers.id(2)};
        SoftCreditWindow w;
        try {
            w = new SoftCreditWindow(self, x, v);
        } catch (PPayException e) {
            throw new AssertionError(e);
        }
        for (int call : calls) {
            PeerId j = others[call % 2];
            Traffic.State before = Traffic.State.of(w);
            boolean allowedCoin = w.mayPayCoin(j);
            boolean allowedCredit = w.wouldExtend(j);
            try {
                switch (call / 2) {
                    case 0 -> w.serve(j);
                    case 1 -> w.served(j);
                    case 2 -> w.coinPaid(j);
                    default -> w.coinReceived(j);
                }
                if (call / 2 == 0) assertThat(allowedCredit).isTrue();
                if (call / 2 == 2) assertThat(allowedCoin).isTrue();
            } catch (PPayException e) {
                assertThat(Traffic.State.of(w)).isEqualTo(before);
                if (call / 2 == 0) assertThat(allowedCredit).isFalse();
                if (call / 2 == 2) assertThat(allowedCoin).isFalse();
            }
            assertThat(w.loss()).isLessThanOrEqualTo(v);
            assertThat(w.balances().values()).allSatisfy(c -> assertThat(c).isBetween((long) -x, (long) x));
            assertThat(w.balances()).doesNotContainValue(0L);
            assertThat(Map.copyOf(w.balances()).keySet()).doesNotContain(self);
        }
    }
}
