package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;

/** A daemon stopped and started again on its data directory is the peer it was: the journal rebuilds its core. */
class RestartTest {
    @TempDir Path dir;

    @Test
    void restartedDaemonsHaveTheSameWalletsTrailsAndCreditWindowsAndPayOn() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            List<PeerDaemon> all = new ArrayList<>(List.of(net.start("A"), net.start("B"), net.start("C")));
            PeerDaemon a = all.get(0), b = all.get(1), c = all.get(2);
            Local.of(c).pay(a, 2).ok();
            Local.of(a).pay(b, 1).ok();                                 // through its owner C
            Local.of(a).allow(b, 13).ok();
            Local.of(b).serve(a, 13).ok();                              // a chain spent, a coin paid, three words owed
            Local.of(b).cashAll().ok();
            List<String> before = new ArrayList<>();
            List<Long> steps = new ArrayList<>();
            for (PeerDaemon d : all) {
                before.add(Fingerprint.of(d, all));
                steps.add(d.journalSize());
            }
            for (String name : List.of("A", "B", "C")) net.stop(name);
            all = new ArrayList<>(List.of(net.start("A"), net.start("B"), net.start("C")));
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).replayed()).isEqualTo(steps.get(i));
                assertThat(Fingerprint.of(all.get(i), all)).isEqualTo(before.get(i));
            }
            Local.of(all.get(0)).allow(all.get(1), 7).ok();
            assertThat(Local.of(all.get(1)).serve(all.get(0), 7).ok().body().get("coins").asInt()).isEqualTo(1);
            assertThat(Local.of(all.get(0)).pay(all.get(2), 1).ok().body().get("paid")).hasSize(1);
        }
    }

    @Test
    void aSecondDaemonOnARunningDaemonsDirectoryIsRefused() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A");
            long steps = a.journalSize();
            assertThatThrownBy(() -> PeerDaemon.start(PeerConfig.builder(net.brokerUrl(), dir.resolve("A")).upkeepEvery(0).clock(net.clock::get).build()))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("another ppay peer is running on");
            assertThat(a.journalSize()).isEqualTo(steps);
            assertThat(Local.of(a).coins().status()).isEqualTo(200);
        }
    }

    @Test
    void aJournalThatNoLongerDescribesTheCoreStopsTheDaemonFromStarting() throws Exception {
        try (Cluster net = new Cluster(dir, Params.defaults())) {
            PeerDaemon a = net.start("A"), b = net.start("B");
            Local.of(a).pay(b, 1).ok();
            net.stop("A");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("A").resolve(PeerDaemon.JOURNAL));
                 var s = c.createStatement()) {
                s.executeUpdate("UPDATE step SET result = replace(result, '\"seq\":1', '\"seq\":7') WHERE kind = 'Pay'");
            }
            assertThatThrownBy(() -> net.start("A")).isInstanceOf(IllegalStateException.class).hasMessageContaining("served again gave");
        }
    }
}
