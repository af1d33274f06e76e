package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace's parameters and peers. The peers are named A, B, C... in order; every trace starts with the
 * {@code set} line, one {@code join} per peer, then their certificates and raw coins.
 */
public record Setup(int maxLayers, CreditTerms credit, int lotteryOdds, List<PeerSpec> peers) {
    static final String[] NAMES = {"A", "B", "C", "D", "E", "F"};
    /** Renewal Wait of Table 1 (30 days): the windows the checks reason about. */
    static final long RENEWAL_WAIT = 30 * 86_400L;

    public Setup {
        peers = List.copyOf(peers);
        if (peers.isEmpty() || peers.size() > NAMES.length) throw new IllegalArgumentException("1 to " + NAMES.length + " peers, not " + peers.size());
    }

    static String name(int i) { return NAMES[i]; }

    String setLine() {
        return "set renewal-wait=30d max-layers=" + maxLayers + " penalty=1000 boot-after=2 lottery-s=" + lotteryOdds + credit.settings();
    }

    /** Simpler setups to try while shrinking: a peer fewer, fewer raw coins, no certificate, Payword. */
    List<Setup> simpler() {
        List<Setup> out = new ArrayList<>();
        for (int i = peers.size() - 1; i >= 0 && peers.size() > 2; i--) {
            List<PeerSpec> fewer = new ArrayList<>(peers);
            fewer.remove(i);
            out.add(with(fewer));
        }
        for (int i = 0; i < peers.size(); i++) {
            PeerSpec p = peers.get(i);
            if (p.rawCoins() > 0) out.add(replace(i, p.withRawCoins(p.rawCoins() - 1)));
            if (p.certificate() > 0) out.add(replace(i, p.withoutCertificate()));
        }
        if (credit.soft()) out.add(new Setup(maxLayers, CreditTerms.PAYWORD, lotteryOdds, peers));
        return out;
    }

    private Setup replace(int i, PeerSpec p) {
        List<PeerSpec> changed = new ArrayList<>(peers);
        changed.set(i, p);
        return with(changed);
    }

    private Setup with(List<PeerSpec> ps) { return new Setup(maxLayers, credit, lotteryOdds, ps); }
}
