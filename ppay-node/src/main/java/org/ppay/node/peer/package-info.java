/**
 * The peer daemon (docs/daemons.md): one core {@code Peer} and its {@code Exchange} over HTTP, made durable by a journal
 * of steps served again on start, with signed peer-to-peer endpoints and the application's token-protected local API.
 *
 * <p>May import the core, {@code org.ppay.crypto}, {@code org.ppay.node.crypto}, {@code store} and {@code wire}, Javalin,
 * Jetty's thread pool, Jackson and the JDK; nothing imports it but the command line.
 */
package org.ppay.node.peer;
