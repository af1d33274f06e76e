/**
 * The protocol's choreography, written once (Sections 3–5): a {@code Peer} (owner, holder and credit window over
 * one key) answers what reaches it, and its {@code Exchange} carries out payment plans, picopayments, renewals,
 * cashing, refusals and the owner's return, over a {@code Network} that the scenario runner, the simulator and
 * the daemons implement. May import {@code org.ppay.core}, {@code cost}, {@code credit}, {@code crypto},
 * {@code msg} and {@code role}; not {@code broker}: a peer reaches the broker only through the network.
 */
package org.ppay.core.exchange;
