package org.ppay.core;

/**
 * The one checked exception of the protocol core: every refusal carries an {@link ErrorCode} the caller
 * can act on. Throwing it never leaves partial state behind (each role validates before it mutates).
 */
public class PPayException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public PPayException(ErrorCode code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public ErrorCode code() { return code; }
}
