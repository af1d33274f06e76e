package org.ppay.scenario;

import java.util.Map;
import org.ppay.core.ErrorCode;

/**
 * One line of the scenario language that acts on the world (see {@code scenarios/README.md}), parsed: every
 * field is well-formed (names, numbers, durations, options), so only the world can still refuse it.
 */
sealed interface Action {
    /** How a held coin is paid on, or renewed: through its owner, the broker, or a layer (Sections 3, 5.2). */
    enum Via { OWNER, BROKER, LAYER }

    /** How an owner tampers with a renewal window (Section 5.3): a window in the past, or one too short. */
    enum Tampering { PAST, SHORT }

    /** Parameters before the first join: kebab-case names to raw values, checked together when applied. */
    record Set(Map<String, String> values) implements Action {}

    record Join(String peer, long balance, long deposit) implements Action {}

    record Fund(String peer, long amount) implements Action {}

    record Limit(String peer, long liml, long limu) implements Action {}

    record Buy(String peer, String coin) implements Action {}

    /** {@code sn} null: the next unused serial. */
    record Print(String peer, String coin, Long sn) implements Action {}

    /** {@code via} null: the owner if it is online, else the broker. */
    record Pay(String payer, String coin, String payee, Via via) implements Action {}

    record Renew(String holder, String coin, Via via) implements Action {}

    record Cash(String holder, String coin) implements Action {}

    record Copy(String holder, String coin, String copy) implements Action {}

    record Offline(String peer) implements Action {}

    record Online(String peer) implements Action {}

    record Advance(long seconds) implements Action {}

    /** {@code server} performs {@code times} services for {@code client}, which pays one picopayment each. */
    record Serve(String server, String client, long times) implements Action {}

    record Lazy(String peer) implements Action {}

    record Lottery(String payer, String payee, long tickets) implements Action {}

    record Deny(String owner, String coin) implements Action {}

    record Tamper(String owner, String coin, Tampering how) implements Action {}

    /** Payee {@code peer} refuses the next payment of {@code coin} it is handed, with {@code reason}; {@code keep} names a copy it keeps. */
    record Refuse(String peer, String coin, ErrorCode reason, String keep) implements Action {}

    record Leave(String peer) implements Action {}

    record Vanish(String peer) implements Action {}
}
