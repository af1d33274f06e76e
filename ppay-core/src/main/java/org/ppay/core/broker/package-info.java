/**
 * The trusted broker (Sections 3–5) in its parts: {@code Books} (accounts and money, which own the conservation
 * check), issuing, cashing, arbitration and punishment, the downtime protocol, wrongful denials, and the desk for
 * signed account requests; {@code Broker} joins them and answers messages. May import {@code org.ppay.core},
 * {@code codec}, {@code cost}, {@code crypto}, {@code msg} and {@code role}; nothing outside the core.
 */
package org.ppay.core.broker;
