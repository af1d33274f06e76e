package org.ppay.core.msg;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.msg.MessageFixture.Named;

/**
 * Pins the wire format: SHA-256 of {@code encode()} and {@code signedBytes()} of fixed instances of every
 * message type, recorded from the encoder as it was before it was rewritten to encode in a single pass.
 * Signatures cover these bytes, so any change here breaks every signed message already issued. The
 * instances use made-up keys and signatures (no crypto provider), so they change only if the format does.
 */
class WireFormatGoldenTest {
    static PeerId peer(int n) { return new PeerId(fill(PeerId.LENGTH, n)); }

    static Sig sig(int n) { return new Sig(fill(Sig.LENGTH, 100 + n)); }

    static byte[] fill(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) b[i] = (byte) (seed * 37 + i * 11 + (i >>> 3));
        return b;
    }

    static final PeerId BROKER = peer(1), OWNER = peer(2), V = peer(3), X = peer(4), Y = peer(5), Z = peer(6);

    /** Every instance, in a fixed order with a unique name; signatures are junk (only the bytes matter here). */
    static List<Named> vectors() {
        List<Named> l = new ArrayList<>();
        RawCoin raw = new RawCoin(OWNER, 7, sig(1));
        RawCoin rawZero = new RawCoin(V, 0, sig(2));
        RawCoin rawMax = new RawCoin(X, Long.MAX_VALUE, sig(3));
        LimitCertificate cert = new LimitCertificate(OWNER, 1_000, 1_999, 10_000, sig(4));
        LimitCertificate certWide = new LimitCertificate(Y, 0, Long.MAX_VALUE, Long.MIN_VALUE, sig(5));
        PrintedCoin printed = new PrintedCoin(1_005, cert, sig(6));
        PrintedCoin printedEdge = new PrintedCoin(Long.MAX_VALUE, certWide, sig(7));
        Assignment byOwner = new Assignment(V, 1, 1_000, 2_000, 3_000, raw, false, sig(8));
        Assignment byBroker = new Assignment(X, 2, 1_000, 2_000, 3_000, raw, true, sig(9));
        Assignment ofPrinted = new Assignment(V, 1, 1_000, 2_000, 3_000, printed, false, sig(10));
        Assignment edge = new Assignment(Z, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE, printedEdge, true, sig(11));
        LayeredCoin layered1 = new LayeredCoin(X, V, 2, byOwner, sig(12));
        LayeredCoin layered3 = new LayeredCoin(Z, Y, 4, new LayeredCoin(Y, X, 3, new LayeredCoin(X, V, 2, ofPrinted, sig(13)), sig(14)), sig(15));
        Holding deepest = ofPrinted;
        PeerId[] ring = {V, X, Y, Z};
        for (int i = 0; i < LayeredCoin.MAX_DEPTH; i++) {
            deepest = new LayeredCoin(ring[(i + 1) % 4], ring[i % 4], 2 + i, deepest, sig(20 + i));
        }
        ReassignmentRequest reassign = new ReassignmentRequest(X, byOwner, sig(60));
        ReassignmentRequest reassignLayered = new ReassignmentRequest(OWNER, layered3, sig(61));
        RenewalRequest renewal = new RenewalRequest(byOwner, sig(62));
        RenewalRequest renewalPrinted = new RenewalRequest(ofPrinted, sig(63));
        RenewalRequest renewalLayered = new RenewalRequest(layered1, sig(64));
        CashRequest cash = new CashRequest(layered1, 1_005, sig(65));
        CashRequest cashPrinted = new CashRequest(ofPrinted, -5, sig(66));
        CashRequest cashDeep = new CashRequest(deepest, Long.MAX_VALUE, sig(67));
        CashReceipt receipt = new CashReceipt(raw.id(), X, 2, 95, 1_007, sig(68));
        CashReceipt receiptEdge = new CashReceipt(printedEdge.id(), Z, Long.MAX_VALUE, -95, Long.MIN_VALUE, sig(69));
        ArbitrationRequest arbitration = new ArbitrationRequest(raw.id(), List.of(layered1, byOwner), sig(70));
        ArbitrationRequest arbitrationOne = new ArbitrationRequest(printed.id(), List.of(layered3), sig(71));
        List<Holding> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(new Assignment(ring[i % 4], i, 1_000 + i, 2_000, 3_000 + i, raw, i % 3 == 0, sig(72 + i)));
        ArbitrationRequest arbitrationMany = new ArbitrationRequest(raw.id(), many, sig(92));
        ArbitrationResponse response = new ArbitrationResponse(raw.id(), List.of(layered1, reassign, renewal), sig(93));
        ArbitrationResponse responseEmpty = new ArbitrationResponse(raw.id(), List.of(), sig(94));
        ArbitrationResponse responsePrinted = new ArbitrationResponse(printed.id(), List.of(layered3, renewalPrinted, reassignLayered), sig(95));
        PaywordCommitment commitment = new PaywordCommitment(V, X, fill(32, 200), 5, 1_000, sig(96));
        PaywordCommitment commitmentEdge = new PaywordCommitment(Y, Z, fill(32, 201), 65_535, Long.MIN_VALUE, sig(97));
        Payword word = new Payword(V, 3, fill(32, 202));
        Payword wordFirst = new Payword(X, 1, fill(32, 203));
        Payword wordLast = new Payword(Y, 65_535, fill(32, 204));
        LotteryTicket ticket = new LotteryTicket(V, X, 42, 10, fill(32, 205), sig(98));
        LotteryTicket ticketEdge = new LotteryTicket(Y, Z, -42, Integer.MAX_VALUE, fill(32, 206), sig(99));
        LotteryTicket ticketCertain = new LotteryTicket(X, V, 0, 1, fill(32, 207), sig(100));
        LotteryChallenge challenge = new LotteryChallenge(ticket, fill(32, 208), sig(101));
        LotteryChallenge challengeEdge = new LotteryChallenge(ticketEdge, fill(32, 209), sig(102));
        LotteryReveal reveal = new LotteryReveal(V, 42, fill(32, 210));
        LotteryReveal revealEdge = new LotteryReveal(Z, Long.MIN_VALUE, fill(32, 211));

        add(l, "RawCoin", raw);
        add(l, "RawCoin sn 0", rawZero);
        add(l, "RawCoin sn max", rawMax);
        add(l, "LimitCertificate", cert);
        add(l, "LimitCertificate wide", certWide);
        add(l, "PrintedCoin", printed);
        add(l, "PrintedCoin edge", printedEdge);
        add(l, "Assignment by owner", byOwner);
        add(l, "Assignment by broker", byBroker);
        add(l, "Assignment of printed coin", ofPrinted);
        add(l, "Assignment edge", edge);
        add(l, "LayeredCoin 1 layer", layered1);
        add(l, "LayeredCoin 3 layers", layered3);
        add(l, "LayeredCoin max layers", deepest);
        add(l, "ReassignmentRequest", reassign);
        add(l, "ReassignmentRequest of layered", reassignLayered);
        add(l, "RenewalRequest", renewal);
        add(l, "RenewalRequest printed", renewalPrinted);
        add(l, "RenewalRequest layered", renewalLayered);
        add(l, "CashRequest", cash);
        add(l, "CashRequest printed", cashPrinted);
        add(l, "CashRequest max layers", cashDeep);
        add(l, "CashReceipt", receipt);
        add(l, "CashReceipt edge", receiptEdge);
        add(l, "ArbitrationRequest", arbitration);
        add(l, "ArbitrationRequest one claim", arbitrationOne);
        add(l, "ArbitrationRequest 20 claims", arbitrationMany);
        add(l, "ArbitrationResponse", response);
        add(l, "ArbitrationResponse empty", responseEmpty);
        add(l, "ArbitrationResponse printed", responsePrinted);
        add(l, "PaywordCommitment", commitment);
        add(l, "PaywordCommitment edge", commitmentEdge);
        add(l, "Payword", word);
        add(l, "Payword first", wordFirst);
        add(l, "Payword last", wordLast);
        add(l, "LotteryTicket", ticket);
        add(l, "LotteryTicket edge", ticketEdge);
        add(l, "LotteryTicket certain", ticketCertain);
        add(l, "LotteryChallenge", challenge);
        add(l, "LotteryChallenge edge", challengeEdge);
        add(l, "LotteryReveal", reveal);
        add(l, "LotteryReveal edge", revealEdge);
        return l;
    }

    private static void add(List<Named> l, String name, Message m) { l.add(new Named(name, m)); }

    /** The instance's {@code signedBytes()}, for the types that have one. */
    static Optional<byte[]> signedBytes(Message m) {
        if (m instanceof RawCoin c) return Optional.of(c.signedBytes());
        if (m instanceof LimitCertificate c) return Optional.of(c.signedBytes());
        if (m instanceof PrintedCoin c) return Optional.of(c.signedBytes());
        if (m instanceof Assignment a) return Optional.of(a.signedBytes());
        if (m instanceof LayeredCoin c) return Optional.of(c.signedBytes());
        if (m instanceof ReassignmentRequest r) return Optional.of(r.signedBytes());
        if (m instanceof RenewalRequest r) return Optional.of(r.signedBytes());
        if (m instanceof CashRequest c) return Optional.of(c.signedBytes());
        if (m instanceof CashReceipt c) return Optional.of(c.signedBytes());
        if (m instanceof ArbitrationRequest a) return Optional.of(a.signedBytes());
        if (m instanceof ArbitrationResponse a) return Optional.of(a.signedBytes());
        if (m instanceof PaywordCommitment c) return Optional.of(c.signedBytes());
        if (m instanceof LotteryTicket t) return Optional.of(t.signedBytes());
        if (m instanceof LotteryChallenge c) return Optional.of(c.signedBytes());
        return Optional.empty();
    }

    /** The same bytes through the static helpers signers call before the message exists. */
    static Optional<byte[]> staticSignedBytes(Message m) {
        if (m instanceof RawCoin c) return Optional.of(RawCoin.signedBytes(c.owner(), c.sn()));
        if (m instanceof LimitCertificate c) return Optional.of(LimitCertificate.signedBytes(c.owner(), c.liml(), c.limu(), c.expiry()));
        if (m instanceof PrintedCoin c) return Optional.of(PrintedCoin.signedBytes(c.sn(), c.certificate()));
        if (m instanceof Assignment a) return Optional.of(Assignment.signedBytes(a.holder(), a.seq(), a.ts(), a.rb(), a.re(), a.coin()));
        if (m instanceof LayeredCoin c) return Optional.of(LayeredCoin.signedBytes(c.holder(), c.from(), c.seq(), c.inner()));
        if (m instanceof ReassignmentRequest r) return Optional.of(ReassignmentRequest.signedBytes(r.newHolder(), r.current()));
        if (m instanceof RenewalRequest r) return Optional.of(RenewalRequest.signedBytes(r.current()));
        if (m instanceof CashRequest c) return Optional.of(CashRequest.signedBytes(c.holding(), c.ts()));
        if (m instanceof CashReceipt c) return Optional.of(CashReceipt.signedBytes(c.coin(), c.holder(), c.seq(), c.credited(), c.ts()));
        if (m instanceof ArbitrationRequest a) return Optional.of(ArbitrationRequest.signedBytes(a.coin(), a.claims()));
        if (m instanceof ArbitrationResponse a) return Optional.of(ArbitrationResponse.signedBytes(a.coin(), a.proofs()));
        if (m instanceof PaywordCommitment c) return Optional.of(PaywordCommitment.signedBytes(c.payer(), c.payee(), c.root(), c.length(), c.ts()));
        if (m instanceof LotteryTicket t) return Optional.of(LotteryTicket.signedBytes(t.payer(), t.payee(), t.serial(), t.odds(), t.commitment()));
        if (m instanceof LotteryChallenge c) return Optional.of(LotteryChallenge.signedBytes(c.ticket(), c.nonce()));
        return Optional.empty();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** name -> {SHA-256 of encode(), SHA-256 of signedBytes() or null}, recorded from the pre-single-pass encoder. */
    static final Map<String, String[]> GOLDEN = Map.ofEntries(
        entry("RawCoin", new String[] {"f8ff788b3633b5ad62da48948f0e4fa719743ffc412be2022514dec851d9146d",
            "bc44e7867b050dba5f9d656cd4e98e65d47380f97ddb7ec7beb46ca3b0cad5c8"}),
        entry("RawCoin sn 0", new String[] {"772f830f5a47588a6fe116e070f91e1a77dfce71aaa8d0d02c0410a25e16fc25",
            "fa322e1dcb6dae9d5a4df43685793e7941b02be63cd68324ef612f6decbae6cd"}),
        entry("RawCoin sn max", new String[] {"1579c494e33f2e26ecf8cb49a8500c31557f282f6afc618b16f8fbaf20877882",
            "adafafdfa43eb6f16ca3eec857c022e52a085a0f0c933d7e99ab351bb831a9fe"}),
        entry("LimitCertificate", new String[] {"615e15e44747786f7e3e72df4481d531791e8d6b51338e05ba75b71dc459be7e",
            "5f5ead7811ea3789794e47d0e7963595d1c16c2624cca1b86c3963e19aba7bd7"}),
        entry("LimitCertificate wide", new String[] {"48b766ddcf9a4382337757f9d86bb711a7c793cec3f8900fe35ad004d01d3988",
            "a478aea17a67e50ccafa6bd93cc10d2354f2e25a240689ce47fbe8f456ce8073"}),
        entry("PrintedCoin", new String[] {"09385b6fd81862509bc7750fddc2af944fc5a5b9b0812a5512780bd89aa6fc40",
            "37440e89246368cfa148beabf24c6e63b9747da0cf0d5b5e5b50c7c9fce2eb30"}),
        entry("PrintedCoin edge", new String[] {"b94811002f7a572df3cddd3974a0cea18f68ac9067f45286757a1c494f553873",
            "52acdbc6c52ccbda2a2ec79b3ff1ce17b232272d726ddeb02dbc375b78aee93c"}),
        entry("Assignment by owner", new String[] {"d12bb453a95d831e6579ff42fd34a3ece5ee47fd8ef949b48632b0c6505fb760",
            "edca5a0399abf87850c028f10c57e40c4eb41e18cf2539e63e141445bef2ed3d"}),
        entry("Assignment by broker", new String[] {"9e27300236f7a83ab97a4b63520556745c85156b0235cb57a67c0210dc1bfbd0",
            "dfe5a968afc2677ea09e769280282999d487bc7c0a20eed3cb21e1b4a90b73ff"}),
        entry("Assignment of printed coin", new String[] {"f3d1ec76b5f2fbf1912925d65ae083c1ee9a123019f4904c42f6f5f3bcc516bc",
            "65ca77795a7a6d4e01082c774ae8df439ee882f5de792850579c5ce0d3c73ba5"}),
        entry("Assignment edge", new String[] {"35a940b29c8d14f53939b4ceb0e0e9f5f12036406abaf568c4c8e7f8f6ddec68",
            "7b50101ea763e9666af16ec6d93c89f5ada6de0d9ed2499a0b266bdf3058ce60"}),
        entry("LayeredCoin 1 layer", new String[] {"d4182b6b0dea61a215d6f9b28065d53de7fcd446c8b01acd06710dca7b884d28",
            "63c92b61f748dc2e8b540f565570c8f6b4bd02bcd8bd38a02c08c7cb2faf588c"}),
        entry("LayeredCoin 3 layers", new String[] {"0fbb8a9eb4e815f57f13ab14422131a344055ba3e8afe8fb45bdd2f252f5658a",
            "8882e606ef1848d2f083de6cf58a0c78fed701d200bf3449e77a1b84e5c4a729"}),
        entry("LayeredCoin max layers", new String[] {"e1e60700a04d8a588950e6eda56fd912f5bfc394e56ba9010832cdf3d094f69d",
            "a28ae0a95ba168b51ca3824f4fa6f73ae92db0cbcd326440fd04b202afb917c7"}),
        entry("ReassignmentRequest", new String[] {"d7af47d64aab6979ca470a827908a657fe42a07acc0eb947c55c0bf80904f5ba",
            "540c2c065d24d0f7d514daf283e090d3838450f47d59d5f6515293097cf119cb"}),
        entry("ReassignmentRequest of layered", new String[] {"0bb6d8f699f9f6af1868fd454e8329c4190ce4beb7d5425c81a6c1c72f4546f9",
            "2099862855465893b2a21df8a8c5e873dc353852d97898c3f876b4599100c4c7"}),
        entry("RenewalRequest", new String[] {"46e6c9466dc7cf77a7fde267cb2c81eacee7072371a7a25049e3e82f817851f1",
            "3bb21feafaa8fcacd295a34c60d1c321ca6ee5af77b1f7684f1d240392a49a09"}),
        entry("RenewalRequest printed", new String[] {"c2b5c96a27c77a82134d69203ccd9e444001a74cf0d26b8f87df1ec73c87ab33",
            "1f6660ac8140d12ae314788b2e58169c7c32e9f708c30fce87d9399674c871f8"}),
        entry("RenewalRequest layered", new String[] {"2fa1c7da35037faf91efe44fdbf29e719a225390912b9e88be480c74e5f68f6a",
            "97e1dad21dc22a35a8a800be450e4c869d69230a5ed0be261b28ad3c3a0878fb"}),
        entry("CashRequest", new String[] {"1bf6ca20b0cc80de246db71e5445e96cf891c23107095b885f3369230d5e2f93",
            "f69aec41f7a45c597439a50019d5866670808f33f597ff6282823b356683500c"}),
        entry("CashRequest printed", new String[] {"047693fa255ada2bbbe6456dd009c83331d5b96237d00eccbda259de77260fd3",
            "2f668b435aa60ab991fbc9cc990c1077b750019ceb974365f8bcc26399836e40"}),
        entry("CashRequest max layers", new String[] {"f40afec4421e503e371dea9ee142e5d9d841217226d9d26ab0ee847a69519712",
            "a11621e933aa062e8970fa33bfe240effbe681757d96cc4f17806f229b703f2f"}),
        entry("CashReceipt", new String[] {"9147b3aa94998a85a112e9deace77a139e1d206a669129fa9196d32777019fda",
            "9e8dc1614a9f3acc5eb6508aec7b88ac72b503081011b421c3732a3292abd2cb"}),
        entry("CashReceipt edge", new String[] {"483a595a58dce0d846d32162affc29b06747383456598fa5bc34949d42cf6ac9",
            "757b48dac0f0e1df9b846ea2790b56286c49e8d282fa0de18b4b0a831507f6cb"}),
        entry("ArbitrationRequest", new String[] {"e1c6489301f56e5b6dc486cc0d4cd97643aff3d2b45bc9e8f7b85a060f062e74",
            "6b6810ff7c964b1ec78070828827701e76ee57cb1afc70b08db8eee8653a2b6c"}),
        entry("ArbitrationRequest one claim", new String[] {"cfde4449040e43ac421c540e7bcf5d6c100420f91795d4e084250bedb2f7754b",
            "caf554aed5ae3cf3e718ae84e47484b49c96758f812646bbce9b332b2d68f2c0"}),
        entry("ArbitrationRequest 20 claims", new String[] {"0650f7f9167adcffb6814308ce2f850ee61de975a2eac703a933a286ce12e123",
            "7790a56f87f5e3c8fdc2e33e472b9c004bbc5e625bd31354d7b8125ec254f787"}),
        entry("ArbitrationResponse", new String[] {"06ea89f27be5508542a69ca49ea739dfff93cd86aaeff86443eb1d3694ade07a",
            "35eacefb44b3b7f1722ac945509f08f74a8d1ee50bf1fb91e9b7669c43213d53"}),
        entry("ArbitrationResponse empty", new String[] {"4ccac2a3e0ca590778f22dbefdaefb8d934d24fbd669c3d7ac3c1179a6087009",
            "f6ad8e86bd8ecab3ede245f06395e5878fed03ff49a411bd9ea5d9b119937d3f"}),
        entry("ArbitrationResponse printed", new String[] {"6f3978ee8fd1002cb50be116986261fbf0b3013c459c5cd2d4d1269f4e4e5ff2",
            "c7bab7c6e11f8fc6228d66f891a1d4a50d1f0e63dfc31042d0a3f98abb47f981"}),
        entry("PaywordCommitment", new String[] {"1dd06bd519eff5b9f23ca7e9f526c3f521822c6eee97ae222927ef6254fc7619",
            "62c48f33bfaaf5ccd28448c8665bb3c57a6dc3efdae4b5c0426e9df52ff5ba0c"}),
        entry("PaywordCommitment edge", new String[] {"21ea1a2a12382d16850f22778a4ea0e2b0d64452125a718ba3bc5b579768f36c",
            "66e6cd2cde98a672fca5848e92c6753371deb83604af89c6ef371e8375ece645"}),
        entry("Payword", new String[] {"2a85d1ea85e4e09348d27fca69e64f51e1bb9a955e78c645d1ef0ab3c57cabf3",
            null}),
        entry("Payword first", new String[] {"1f62c7909a340be252fd990df047728018d5c3b66204d8847c810fbde918a354",
            null}),
        entry("Payword last", new String[] {"6f66915f43b8ca709e841d57ade9bf6c8e717bf589dac9919eccdc065ab6e6d8",
            null}),
        entry("LotteryTicket", new String[] {"f65ae3eb3c5fb905b7e1623ccdfe01f8a05547620d15cf9ab9a437ef26ebdc0d",
            "f787ef4a5da972d75fa2e06e57e6ea8fa6dd9265b9dc0c30ad42bce452199328"}),
        entry("LotteryTicket edge", new String[] {"db173efccc4b3a42949c8cfaba5422493b761b7273c180ef4bda1721bbe42664",
            "847b442f106b51c632d417c20a2ba31f32776b08d86dcd57eddcb87158a53947"}),
        entry("LotteryTicket certain", new String[] {"2e67981e9d8577319c0694f4991bab4861f327de499136d5960797813c7359c5",
            "b8f52e7e503bc19d2fc9c7ea26bad45a427c49782f166a782df3c4a6414e3f3e"}),
        entry("LotteryChallenge", new String[] {"898f43616c1818721eb43335214471b6756f9c8e2ecb45b8018fb5539638a343",
            "625b96cf5de616e174105f526d3664a5b28376c6f57f35f8ac7409af3dfcd25b"}),
        entry("LotteryChallenge edge", new String[] {"2f54dc990db7c7669a4819a45645a8f06269cc375e832a1dcae5b3e6e80e22c8",
            "fe4160b887369f77a6a9940520b0de33b6e8f096a5f8dc6392531202b97e1d9e"}),
        entry("LotteryReveal", new String[] {"0ab560f9cefa457b12d81245dc466a47c0e9d01ab26cd2e3af69156b838bf46f",
            null}),
        entry("LotteryReveal edge", new String[] {"42db3a194ba27d017c8b12d4213c22408c4f648a55cb0afe5e3fd24455dabea3",
            null})
    );

    static Stream<Named> cases() { return vectors().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodeIsPinned(Named n) {
        assertThat(GOLDEN).containsKey(n.name());
        assertThat(sha256(n.message().encode())).as("SHA-256 of encode()").isEqualTo(GOLDEN.get(n.name())[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signedBytesArePinned(Named n) {
        String expected = GOLDEN.get(n.name())[1];
        Optional<byte[]> signed = signedBytes(n.message());
        assertThat(signed.map(WireFormatGoldenTest::sha256).orElse(null)).as("SHA-256 of signedBytes()").isEqualTo(expected);
        assertThat(staticSignedBytes(n.message()).map(WireFormatGoldenTest::sha256).orElse(null)).as("static signedBytes(...)").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sizeIsTheEncodedLengthAndTheEncodingDecodesBack(Named n) throws PPayException {
        byte[] e = n.message().encode();
        assertThat(n.message().size()).isEqualTo(e.length);
        assertThat(Codec.decode(e)).isEqualTo(n.message());
        signedBytes(n.message()).ifPresent(s -> assertThat(e).startsWith(s));
    }

    @Test
    void everyMessageTypeHasVectors() {
        Set<Class<?>> concrete = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Message.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isSealed()) todo.addAll(List.of(c.getPermittedSubclasses()));
            else concrete.add(c);
        }
        Set<Class<?>> covered = new HashSet<>();
        for (Named n : vectors()) covered.add(n.message().getClass());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(concrete);
        assertThat(GOLDEN.keySet()).containsExactlyInAnyOrderElementsOf(vectors().stream().map(Named::name).toList());
    }

    /** Prints the GOLDEN entries for the current encoder (how they were recorded; never run by the build). */
    public static void main(String[] args) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Named n : vectors()) {
            out.put(n.name(), new String[] {sha256(n.message().encode()), signedBytes(n.message()).map(WireFormatGoldenTest::sha256).orElse(null)});
        }
        List<String> lines = new ArrayList<>();
        out.forEach((k, v) -> lines.add("        entry(\"" + k + "\", new String[] {\"" + v[0] + "\",\n            "
            + (v[1] == null ? "null" : "\"" + v[1] + "\"") + "})"));
        System.out.println(String.join(",\n", lines));
    }
}
