package org.ppay.node.broker;

import org.junit.jupiter.api.BeforeEach;
import org.ppay.node.Databases;

/** The broker service on PostgreSQL: several broker processes may share it. */
class PostgresBrokerServiceTest extends BrokerServiceContract {
    private String url;

    @BeforeEach
    void emptyDatabase() { url = Databases.freshPostgres(); }

    @Override String url() { return url; }
}
