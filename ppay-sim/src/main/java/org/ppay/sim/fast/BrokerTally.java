package org.ppay.sim.fast;

/**
 * The broker's side for honest peers: its books (balances, prepaid value of outstanding coins, fee income: money
 * is conserved when they add up to what entered) and the requests it served for offline owners, waiting for each
 * owner's return (coin, layers of the holding presented, renewal or not, window end issued).
 */
final class BrokerTally {
    final long[] balance, prepaid;
    long feeIncome, moneyIn, deposits, proofs;
    private final IntList[] stored;

    /** Each peer joined with {@code opening} and prepaid {@code certificate} for its limit certificate. */
    BrokerTally(int peers, long opening, long deposit, long certificate) {
        balance = new long[peers];
        prepaid = new long[peers];
        stored = new IntList[peers];
        for (int p = 0; p < peers; p++) {
            balance[p] = opening - certificate;
            prepaid[p] = certificate;
            moneyIn += opening + deposit;
            deposits += deposit;
        }
    }

    void chargeFee(int peer, long fee) {
        balance[peer] -= fee;
        feeIncome += fee;
    }

    /** A coin of {@code owner} cashed by {@code holder}: its value less the fee, out of the owner's prepaid value. */
    void cash(int owner, int holder, long value, long fee) {
        prepaid[owner] -= value;
        balance[holder] += value - fee;
        feeIncome += fee;
    }

    void store(int owner, int coin, int layers, boolean renewal, int issuedEnd) {
        if (stored[owner] == null) stored[owner] = new IntList();
        stored[owner].add(coin);
        stored[owner].add(renewal ? -1 - layers : layers);
        stored[owner].add(issuedEnd);
    }

    /** The owner's stored actions as (coin, layers or −1−layers for a renewal, end) triples; the broker forgets them. */
    IntList takeStored(int owner) {
        IntList out = stored[owner];
        stored[owner] = null;
        return out;
    }

    boolean conserved() {
        long sum = feeIncome + deposits;
        for (int p = 0; p < balance.length; p++) sum += balance[p] + prepaid[p];
        return sum == moneyIn;
    }
}
