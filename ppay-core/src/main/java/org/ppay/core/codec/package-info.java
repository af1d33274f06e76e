/**
 * The canonical binary encoding every message is signed and sent in: big-endian fixed-width integers and
 * length-prefixed nested values, written in one pass and read back with every bound checked.
 *
 * <p>May import {@code org.ppay.core} and the JDK only.
 */
package org.ppay.core.codec;
