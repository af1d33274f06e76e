package org.ppay.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TheoremOneExploreTest {
    static final TheoremOneProperties.Kind[] HONEST = {
        TheoremOneProperties.Kind.PAY, TheoremOneProperties.Kind.PAY_VIA, TheoremOneProperties.Kind.ASSIGN, TheoremOneProperties.Kind.RENEW,
        TheoremOneProperties.Kind.CASH, TheoremOneProperties.Kind.CASH_OWN, TheoremOneProperties.Kind.OFFLINE, TheoremOneProperties.Kind.ONLINE,
        TheoremOneProperties.Kind.ADVANCE, TheoremOneProperties.Kind.ADVANCE_LONG, TheoremOneProperties.Kind.SERVE, TheoremOneProperties.Kind.BUY, TheoremOneProperties.Kind.PRINT};
    static final int[] HW = {22, 8, 12, 6, 5, 2, 5, 6, 7, 1, 8, 3, 4};
    static final TheoremOneProperties.Kind[] ALL = TheoremOneProperties.Kind.values();
    static final int[] AW = {20, 8, 10, 5, 4, 1, 5, 6, 6, 1, 5, 2, 3, 7, 10, 3, 5, 2, 2};

    static TheoremOneProperties.Kind pick(Random rnd, TheoremOneProperties.Kind[] ks, int[] w) {
        int tot = 0; for (int x : w) tot += x;
        int v = rnd.nextInt(tot);
        for (int i = 0; i < ks.length; i++) { v -= w[i]; if (v < 0) return ks[i]; }
        return ks[0];
    }

    @Test
    void explore() {
        String focusName = System.getProperty("focus", "HONEST_NEVER_PUNISHED");
        int n = Integer.getInteger("n", 3000);
        TheoremOneProperties.Focus focus = TheoremOneProperties.Focus.valueOf(focusName);
        boolean honest = focus == TheoremOneProperties.Focus.HONEST_TRACE;
        Map<String, List<String>> best = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        Random rnd = new Random(Long.getLong("seed", 1));
        for (int t = 0; t < n; t++) {
            List<TheoremOneProperties.PeerSpec> ps = new ArrayList<>();
            int np = 4 + rnd.nextInt(3);
            for (int i = 0; i < np; i++) ps.add(new TheoremOneProperties.PeerSpec((8 + rnd.nextInt(23)) * 100, new int[]{0, 300, 1000, 2000}[rnd.nextInt(4)], new int[]{0, 0, 3, 3, 3, 6, 6, 6}[rnd.nextInt(8)], rnd.nextInt(4)));
            TheoremOneProperties.Setup setup = new TheoremOneProperties.Setup(new int[]{1, 2, 2, 3}[rnd.nextInt(4)], ps);
            List<TheoremOneProperties.Op> ops = new ArrayList<>();
            int len = 1 + rnd.nextInt(60);
            for (int i = 0; i < len; i++) ops.add(new TheoremOneProperties.Op(honest ? pick(rnd, HONEST, HW) : pick(rnd, ALL, AW), rnd.nextInt(720), rnd.nextInt(720), rnd.nextInt(720), rnd.nextInt(720)));
            try {
                new TheoremOneProperties.Sim(setup, focus).run(ops);
            } catch (AssertionError e) {
                String msg = e.getMessage();
                String first = msg.substring(0, msg.indexOf('\n'));
                String key = first.replaceAll("\\b[A-F]\\b", "P").replaceAll("[a-z]\\d+", "c").replaceAll("\\d+", "N").replaceAll("\\[.*", "");
                if (key.length() > 120) key = key.substring(0, 120);
                count.merge(key, 1, Integer::sum);
                List<String> l = best.computeIfAbsent(key, k -> new ArrayList<>());
                l.add(msg);
                l.sort((x, y) -> Integer.compare(x.length(), y.length()));
                if (l.size() > Integer.getInteger("keep", 4)) l.remove(l.size() - 1);
            }
        }
        System.out.println("##### " + focus + " failures: " + count);
        for (var e : best.entrySet()) for (String m : e.getValue()) System.out.println("##### " + e.getKey() + "\n" + m);
    }
}
