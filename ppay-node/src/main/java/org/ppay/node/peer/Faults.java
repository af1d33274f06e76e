package org.ppay.node.peer;

import org.ppay.core.msg.Message;

/**
 * Where a test stops a step as a kill would: just before a message goes out (it is on disk already), or once it is
 * out but before its answer is on disk. A fault throws; the daemon then stops serving until it is started again.
 */
public interface Faults {
    enum Point { BEFORE_SEND, AFTER_SEND }

    Faults NONE = (point, m) -> {};

    void at(Point point, Message m);
}
