package org.ppay.node.wire;

import java.util.Base64;
import org.ppay.core.ErrorCode;

/**
 * How messages travel over HTTP: a JSON body whose {@code message} is the core's canonical encoding in base64 (the
 * signatures cover those bytes, so nothing is re-encoded on the way), answered by {@code answer} the same way, or
 * by an error: an HTTP status and {@code {"code": ERROR_CODE, "message": ...}}.
 */
public final class Wire {
    private Wire() {}

    /** A request body. */
    public record Request(String message) {}

    /** A successful answer: the answer's message type and encoding, both null when there is no answer. */
    public record Answer(String type, String answer) {}

    /** A refusal, by the core's stable code name. */
    public record Error(String code, String message) {}

    /** Many requests at once, served in this order in as few transactions as the server manages. */
    public record Batch(java.util.List<String> messages) {}

    /** Their outcomes, in the same order: an answer, or an error. */
    public record BatchAnswer(java.util.List<Outcome> outcomes) {}

    public record Outcome(String type, String answer, String code, String message) {}

    public static String encode(byte[] bytes) { return bytes == null ? null : Base64.getEncoder().encodeToString(bytes); }

    /** @throws IllegalArgumentException for text that is not base64 */
    public static byte[] decode(String text) { return Base64.getDecoder().decode(text); }

    /**
     * The HTTP status of a refusal: 400 bytes that are no message, 401 a bad signature, 402 money or credit lacking,
     * 403 a party that may not do this, 404 an unknown account or coin, 409 a conflict with what was already done
     * (a replay, a stale sequence number, a coin relinquished or cashed), 422 values out of their domain, 503 a
     * peer that does not answer.
     */
    public static int status(ErrorCode code) {
        return switch (code) {
            case MALFORMED -> 400;
            case BAD_SIGNATURE -> 401;
            case INSUFFICIENT_FUNDS, CREDIT_REFUSED, PAYMENT_REFUSED -> 402;
            case NOT_AUTHORIZED, NOT_HOLDER, BOOTED, ACCOUNT_CLOSED -> 403;
            case UNKNOWN_ACCOUNT, UNKNOWN_COIN -> 404;
            case DUPLICATE_ACCOUNT, STALE_SEQUENCE, RELINQUISHED, ALREADY_CASHED, REPLAYED, DISPUTE_FULL -> 409;
            case EXPIRED, NOT_YET_RENEWABLE, WINDOW_TAMPERED, SERIAL_OUT_OF_RANGE, TOO_MANY_LAYERS, INVALID_ARGUMENT, BAD_REVEAL,
                BAD_PAYWORD, STALE_REQUEST -> 422;
            case OFFLINE -> 503;
        };
    }
}
