package org.ppay.core.broker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;

/**
 * The broker's accounts and books (Sections 3 and 4.2): spendable balances, deposits held apart, the prepaid
 * value of outstanding coins, escrowed refunds and the broker's fee and penalty income. Every unit of money that
 * enters the system is in exactly one of these places, which {@link #conserved()} checks.
 */
public final class Books {
    public enum Status { ACTIVE, BOOTED, CLOSED, VANISHED }

    /** One account: spendable balance, deposit held apart, and the prepaid value of its outstanding coins. */
    public static final class Account {
        long balance;
        long deposit;
        long prepaid;
        Status status = Status.ACTIVE;
        int frauds;
        /** Serial ranges [lo, hi] sold to this owner, raw coins included: they never overlap (Section 5.1). */
        final TreeMap<Long, Long> serials = new TreeMap<>();

        public long balance() { return balance; }
        public long deposit() { return deposit; }
        public long prepaid() { return prepaid; }
        public Status status() { return status; }
        public int frauds() { return frauds; }
    }

    private final Params params;
    private final Map<PeerId, Account> accounts = new LinkedHashMap<>();
    private long moneyIn;
    private long escrowCoins;
    private long feeIncome;
    private long penaltyIncome;

    Books(Params params) { this.params = params; }

    /** Opens an account; {@code balance + deposit} enters the system (from the peer's credit card, Section 4.2). */
    void open(PeerId peer, long balance, long deposit) throws PPayException {
        if (balance < 0 || deposit < 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "amounts must be non-negative");
        if (accounts.containsKey(peer)) throw new PPayException(ErrorCode.DUPLICATE_ACCOUNT, "account exists: " + peer);
        Account a = new Account();
        a.balance = balance;
        a.deposit = deposit;
        accounts.put(peer, a);
        moneyIn += balance + deposit;
    }

    /**
     * Adds {@code amount} to an open account's balance; like an account's opening money it enters the system
     * (from the peer's credit card, Section 4.2), so {@link #moneyIn()} grows with it and the books stay conserved.
     */
    void fund(PeerId peer, long amount) throws PPayException {
        if (amount <= 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a fund amount must be positive");
        Account a = active(peer);
        if (amount > Long.MAX_VALUE - Math.max(0, Math.max(a.balance, moneyIn))) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "funding " + amount + " would overflow the books");
        }
        a.balance += amount;
        moneyIn += amount;
    }

    Optional<Account> account(PeerId peer) { return Optional.ofNullable(accounts.get(peer)); }

    Map<PeerId, Account> accounts() { return Collections.unmodifiableMap(accounts); }

    /** The account of a peer that may still use the broker (not booted, not gone). */
    Account active(PeerId peer) throws PPayException {
        Account a = known(peer);
        switch (a.status) {
            case BOOTED -> throw new PPayException(ErrorCode.BOOTED, peer + " was booted");
            case CLOSED, VANISHED -> throw new PPayException(ErrorCode.ACCOUNT_CLOSED, peer + " has left");
            case ACTIVE -> { }
        }
        return a;
    }

    Account known(PeerId peer) throws PPayException {
        Account a = accounts.get(peer);
        if (a == null) throw new PPayException(ErrorCode.UNKNOWN_ACCOUNT, "no account for " + peer);
        return a;
    }

    /** The account of a peer known to exist (checked earlier in the same step). */
    Account of(PeerId peer) { return accounts.get(peer); }

    /** A fee the broker keeps for its work (cashing, Section 3; downtime, Section 3; renewal, Section 5.3). */
    void chargeFee(Account a, long fee) {
        a.balance -= fee;
        feeIncome += fee;
    }

    /** Pays a holder for a cashed coin: its value less the cash fee (Section 3). Returns the amount credited. */
    long creditCash(Account holder) {
        long credited = params.coinValue() - params.cashFee();
        holder.balance += credited;
        feeIncome += params.cashFee();
        return credited;
    }

    /**
     * Charges a culprit fake coins plus the penalty, deposit first (Section 4.2); the balance may go negative (a
     * debt collected out of system). Boots the account once it has committed {@code bootAfter} frauds.
     */
    void charge(Account a, long fakeValue, long penalty) {
        long due = fakeValue + penalty;
        long fromDeposit = Math.min(a.deposit, due);
        a.deposit -= fromDeposit;
        a.balance -= due - fromDeposit;
        penaltyIncome += penalty;
        a.frauds++;
        if (a.frauds >= params.bootAfter() && a.status == Status.ACTIVE) a.status = Status.BOOTED;
    }

    /** A fake coin a culprit paid, held for the victim who will present the void coin. */
    void escrowIn() { escrowCoins++; }

    /** An escrowed coin leaves the escrow (refunded, or put back behind the coin). */
    void escrowOut() { escrowCoins--; }

    /** When no escrow is left to back a coin, the broker's penalty income does. */
    void penaltyBacksCoin() { penaltyIncome -= params.coinValue(); }

    /**
     * Formal leave (Section 4.2): the prepaid value of unused serials and, if the peer was never caught cheating,
     * its deposit go back to its balance; a cheater forfeits the deposit.
     */
    void close(Account a) {
        a.balance += a.prepaid;
        a.prepaid = 0;
        if (a.frauds == 0) a.balance += a.deposit; else penaltyIncome += a.deposit;
        a.deposit = 0;
        a.status = Status.CLOSED;
    }

    /** A peer that disappears without leaving forfeits its deposit (Section 4.2). */
    void vanish(Account a) {
        penaltyIncome += a.deposit;
        a.deposit = 0;
        a.status = Status.VANISHED;
    }

    long moneyIn() { return moneyIn; }

    long feeIncome() { return feeIncome; }

    long penaltyIncome() { return penaltyIncome; }

    long escrowCoins() { return escrowCoins; }

    /** All balances, deposits, outstanding prepaid value, escrow and the broker's fee and penalty income. */
    long moneyAccountedFor() {
        long sum = feeIncome + penaltyIncome + escrowCoins * params.coinValue();
        for (Account a : accounts.values()) sum += a.balance + a.deposit + a.prepaid;
        return sum;
    }

    /** Whether the books balance: every unit that entered is somewhere. */
    boolean conserved() { return moneyAccountedFor() == moneyIn; }
}
