package org.ppay.node.store;

/** A database that cannot be named, reached or migrated: the daemon reports it in one line and stops. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason { BAD_URL, UNAVAILABLE }

    private final Reason reason;

    public StoreException(Reason reason, String message) { this(reason, message, null); }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
