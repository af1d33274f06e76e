package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ppay.node.peer.PeerDaemon;

/**
 * One peer of the demo as its application sees it: a data directory whose daemon answers on the local API (a
 * process of its own, which the churn kills and starts again, or the rogue's daemon in this process).
 *
 * @param daemon its process, null for a daemon in this process
 */
record DemoPeer(String name, Path dir, String id, DemoProcesses.Daemon daemon) {
    /** A daemon process just started: its key read from the address it wrote. */
    static DemoPeer of(String name, Path dir, DemoProcesses.Daemon daemon) throws IOException {
        return new DemoPeer(name, dir, WalletClient.JSON.readTree(Files.readString(dir.resolve(PeerDaemon.ADDRESS))).get("peer").asText(), daemon);
    }

    boolean up() { return daemon == null || daemon.up(); }

    JsonNode get(String path) throws WalletClient.Unreachable, WalletClient.Refused { return WalletClient.open(dir).get(path); }

    JsonNode post(String path, Object body) throws WalletClient.Unreachable, WalletClient.Refused { return WalletClient.open(dir).post(path, body); }

    /** Pays {@code to} one coin, by the daemon's payment policy. */
    JsonNode pay(DemoPeer to) throws WalletClient.Unreachable, WalletClient.Refused { return post("/local/v1/pay", Map.of("peer", to.id, "coins", 1)); }

    /** Lets {@code server} invoice {@code n} more picopayments. */
    void allow(DemoPeer server, int n) throws WalletClient.Unreachable, WalletClient.Refused {
        post("/local/v1/allow", Map.of("peer", server.id, "picopayments", n));
    }

    /** Invoices {@code client} for {@code n} services this peer performed: the client's daemon pays n picopayments. */
    JsonNode serve(DemoPeer client, int n) throws WalletClient.Unreachable, WalletClient.Refused {
        return post("/local/v1/serve", Map.of("peer", client.id, "n", n));
    }

    @Override public String toString() { return name; }
}
