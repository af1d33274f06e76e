package org.ppay.core.msg;

/** The first byte of every encoding; also domain-separates what each signature covers. */
final class Tag {
    private Tag() {}

    static final int RAW_COIN = 1, LIMIT_CERTIFICATE = 2, PRINTED_COIN = 3, ASSIGNMENT = 4, REASSIGNMENT_REQUEST = 5,
        LAYERED_COIN = 6, RENEWAL_REQUEST = 7, CASH_REQUEST = 8, CASH_RECEIPT = 9, ARBITRATION_REQUEST = 10,
        ARBITRATION_RESPONSE = 11, PAYWORD_COMMITMENT = 12, PAYWORD = 13, LOTTERY_TICKET = 14,
        LOTTERY_CHALLENGE = 15, LOTTERY_REVEAL = 16, REFUSAL = 17, PAYMENT = 18, REFUND_REQUEST = 19, FRAUD_REPORT = 20,
        RULING = 21, APPEAL = 22, PENDING_NOTICE = 23, JOIN_REQUEST = 24, FUND_REQUEST = 25, BUY_REQUEST = 26,
        LIMIT_REQUEST = 27, LEAVE_REQUEST = 28, STATEMENT_REQUEST = 29, COLLECT_REQUEST = 30, ACCOUNT_STATEMENT = 31,
        COIN_SALE = 32, PENDING_ACTIONS = 33, CREDIT_NOTE = 34, CREDIT_STATE = 35, SETTLEMENT = 36,
        CHAIN_REDEMPTION = 37, CHAIN_RECEIPT = 38;

    /** The highest tag in use: tests try every tag up to it, and those above it as unknown. */
    static final int LAST = CHAIN_RECEIPT;
}
