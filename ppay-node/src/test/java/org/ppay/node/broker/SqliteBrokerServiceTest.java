package org.ppay.node.broker;

import org.ppay.node.Databases;

/** The broker service on a SQLite file. */
class SqliteBrokerServiceTest extends BrokerServiceContract {
    @Override String url() { return Databases.sqlite(tmp); }
}
