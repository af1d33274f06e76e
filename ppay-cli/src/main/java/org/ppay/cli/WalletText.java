package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The wallet's answers for people: a few aligned lines each; {@code --json} gives the daemon's JSON instead. */
final class WalletText {
    private WalletText() {}

    static List<String> balance(JsonNode b) {
        List<String> out = new ArrayList<>();
        out.add("peer      " + b.path("peer").asText() + (b.path("left").asBoolean() ? "  (left)" : ""));
        JsonNode a = b.get("account");
        if (a == null || a.isNull()) {
            out.add("account   the broker did not answer");
        } else {
            out.add(String.format("account   balance %d, deposit %d, prepaid %d (%s, %d frauds, as of %s)", a.path("balance").asLong(),
                a.path("deposit").asLong(), a.path("prepaid").asLong(), a.path("status").asText(), a.path("frauds").asLong(), time(a.path("time").asLong())));
        }
        out.add(String.format("coins     %d held (worth %d), %d own unassigned, %d own with holders", b.path("coinsHeld").asInt(),
            b.path("heldValue").asLong(), b.path("ownUnassigned").asInt(), b.path("ownOutstanding").asInt()));
        for (JsonNode c : b.path("credit")) {
            out.add(String.format("credit    %s owes me %d, I owe it %d picopayments", shortId(c.path("peer").asText()), c.path("owedToMe").asLong(), c.path("iOwe").asLong()));
        }
        return out;
    }

    static List<String> coins(JsonNode c) {
        List<String> out = new ArrayList<>();
        out.add("peer " + c.path("peer").asText());
        out.add(String.format("%-22s %5s %6s  %s", "HELD COIN", "SEQ", "LAYERS", "WINDOW ENDS"));
        for (JsonNode h : c.path("held")) {
            out.add(String.format("%-22s %5d %6d  %s", coin(h.path("coin").asText()), h.path("seq").asLong(), h.path("layers").asInt(), time(h.path("windowEnd").asLong())));
        }
        long unassigned = 0;
        for (JsonNode o : c.path("owned")) {
            if (o.path("holder").isNull()) unassigned++;
            else out.add(String.format("own coin %-13s held by %s at seq %d (%d proofs)", "#" + o.path("sn").asLong(), shortId(o.path("holder").asText()),
                o.path("seq").asLong(), o.path("proofs").asInt()));
        }
        out.add(unassigned + " own coins not yet assigned");
        for (JsonNode l : c.path("certificates")) {
            out.add("certificate for serials " + l.path("liml").asLong() + ".." + l.path("limu").asLong() + ", printing until " + time(l.path("expiry").asLong()));
        }
        return out;
    }

    static List<String> payments(JsonNode p) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : p.path("paid")) {
            out.add("paid " + coin(c.path("coin").asText()) + " (seq " + c.path("seq").asLong() + ") to " + shortId(c.path("payee").asText()) + " by "
                + c.path("plan").asText() + (c.path("queued").asBoolean() ? " (the payee did not answer: the outbox delivers it later)" : ""));
        }
        if (p.hasNonNull("failed")) out.add("stopped after " + p.path("paid").size() + " of " + p.path("requested").asInt() + ": " + p.get("failed").asText() + ", "
            + p.path("message").asText());
        return out;
    }

    static List<String> cashes(JsonNode c) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : c.path("cashed")) {
            out.add(x.path("disputed").asBoolean() ? coin(x.path("coin").asText()) + " went to arbitration"
                : "cashed " + coin(x.path("coin").asText()) + ": credited " + x.path("credited").asLong());
        }
        if (out.isEmpty() && !c.hasNonNull("failed")) out.add("no coin to cash");
        if (c.hasNonNull("failed")) out.add("stopped: " + c.get("failed").asText() + ", " + c.path("message").asText());
        return out;
    }

    static List<String> history(JsonNode h) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : h) {
            out.add(String.format("#%-5d %s  %-11s %s", e.path("step").asLong(), time(e.path("at").asLong()), e.path("kind").asText(), e.path("summary").asText()));
        }
        return out;
    }

    private static String time(long seconds) { return Instant.ofEpochSecond(seconds).toString(); }

    /** A key's first characters: enough to tell peers apart on screen ({@code --json} has them whole). */
    static String shortId(String id) { return id.length() <= 10 ? id : id.substring(0, 10) + "…"; }

    static String coin(String coin) {
        int colon = coin.lastIndexOf(':');
        return colon < 0 ? coin : shortId(coin.substring(0, colon)) + ":" + coin.substring(colon + 1);
    }
}
