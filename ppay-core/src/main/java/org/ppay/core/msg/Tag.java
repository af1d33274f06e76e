package org.ppay.core.msg;

/** The first byte of every encoding; also domain-separates what each signature covers. */
final class Tag {
    private Tag() {}

    static final int RAW_COIN = 1, LIMIT_CERTIFICATE = 2, PRINTED_COIN = 3, ASSIGNMENT = 4, REASSIGNMENT_REQUEST = 5,
        LAYERED_COIN = 6, RENEWAL_REQUEST = 7, CASH_REQUEST = 8, CASH_RECEIPT = 9, ARBITRATION_REQUEST = 10,
        ARBITRATION_RESPONSE = 11, PAYWORD_COMMITMENT = 12, PAYWORD = 13, LOTTERY_TICKET = 14,
        LOTTERY_CHALLENGE = 15, LOTTERY_REVEAL = 16;
}
