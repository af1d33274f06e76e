/**
 * The scenario language's attacks: what a dishonest peer signs outside the honest roles' rules (Section 4),
 * so that scripts can check every such attack is detected and attributed. Kept out of the core, whose
 * protocol path must never call it.
 *
 * <p>May import the core's packages and the JDK only.
 */
package org.ppay.scenario.attack;
