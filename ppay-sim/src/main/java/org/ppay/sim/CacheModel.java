package org.ppay.sim;

/**
 * How the peers' pong caches behave over a run (docs/simulation-inputs.md, Section 8).
 *
 * <ul>
 *   <li>{@link #FIXED}: each peer's cache is a uniform random sample of other peers drawn at the start and never
 *   changed. The PPay paper describes no cache upkeep (Section 6), so this is the literal reading; caches are then
 *   one-way (about cacheSize/(peers−1) of the entries are reciprocal).</li>
 *   <li>{@link #GUESS}: the same start, kept up as GUESS peers keep their caches: a probed peer learns its prober
 *   (Yang, Vinograd and Garcia-Molina's introduction protocol), every answered probe's acknowledgement pong names
 *   another peer from the answerer's cache (GUESS 0.1, Sections 2.2.1 and 3.2), an entry probed and found offline
 *   is evicted, and a peer learnt into a full cache replaces a random entry. Caches become reciprocal and change
 *   over time, as the symmetric relationships of PPay's Section 5.4 (and footnote 2) presume.</li>
 * </ul>
 */
public enum CacheModel { FIXED, GUESS }
