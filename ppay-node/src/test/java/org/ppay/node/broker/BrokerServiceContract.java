package org.ppay.node.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.RawCoin;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.Client;
import org.ppay.node.store.BrokerLog;
import org.ppay.node.store.Database;

/** What the broker service promises on any database: durable, idempotent, and one coin is never paid twice. */
abstract class BrokerServiceContract {
    final CryptoProvider crypto = new BcEd25519();
    final Signer brokerKey = crypto.signer(Hashes.sha256(new byte[] {42}));
    final Params params = Params.defaults();
    long now = 1_000_000;
    private final List<AutoCloseable> open = new ArrayList<>();
    @TempDir Path tmp;

    abstract String url();

    BrokerService start() throws Exception {
        Database db = Database.open(url(), "broker");
        BrokerService s = new BrokerService(new BrokerLog(db), brokerKey, crypto.verifier(), params, () -> now);
        open.add(db);
        open.add(s);
        return s;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    }

    static <T> T answer(BrokerService.Outcome o, Class<T> type) throws PPayException {
        assertThat(o.refused()).as(o.message()).isNull();
        return Codec.decode(o.answer(), type);
    }

    long balance(BrokerService s, Client c) throws PPayException { return answer(s.serve(c.statement(now)), AccountStatement.class).balance(); }

    /** U buys a raw coin and assigns it to V (eq. 2): V's holding. */
    Assignment coinFromTo(BrokerService s, Client u, Client v) throws PPayException {
        RawCoin coin = answer(s.serve(u.buy(1, now)), CoinSale.class).coins().get(0);
        long re = now + params.renewalWait();
        return new Assignment(v.key.id(), 1, now, now, re, coin, false, u.key.sign(Assignment.signedBytes(v.key.id(), 1, now, now, re, coin)));
    }

    @Test
    void aJoinedAccountBuysACoinAndItsStatementSaysSo() throws Exception {
        BrokerService s = start();
        Client u = new Client(crypto, "U");
        answer(s.serve(u.join(1_000, 500, now)), AccountStatement.class);
        answer(s.serve(u.buy(3, now)), CoinSale.class);
        AccountStatement st = answer(s.serve(u.statement(now)), AccountStatement.class);
        assertThat(st.balance()).isEqualTo(1_000 - 3 * params.coinValue());
        assertThat(st.prepaid()).isEqualTo(3 * params.coinValue());
        assertThat(s.core().conserved()).isTrue();
    }

    @Test
    void theStateSurvivesARestartBecauseTheLogIsServedAgain() throws Exception {
        Client u = new Client(crypto, "U"), v = new Client(crypto, "V");
        BrokerService first = start();
        joinPayerAndPayee(first, u, v);
        CashReceipt paid = answer(first.serve(v.cash(coinFromTo(first, u, v), now)), CashReceipt.class);
        first.close();
        now += 10;
        BrokerService again = start();
        assertThat(again.applied()).isEqualTo(first.applied());
        assertThat(balance(again, v)).isEqualTo(paid.credited());
        assertThat(again.core().conserved()).isTrue();
    }

    @Test
    void anIdenticalRetryGetsTheSameAnswerAndMovesNoMoney() throws Exception {
        BrokerService s = start();
        Client u = new Client(crypto, "U"), v = new Client(crypto, "V");
        joinPayerAndPayee(s, u, v);
        byte[] cash = v.cash(coinFromTo(s, u, v), now);
        BrokerService.Outcome once = s.serve(cash);
        long logged = s.applied();
        now += 5;
        BrokerService.Outcome twice = s.serve(cash);
        assertThat(twice.answer()).isEqualTo(once.answer());
        assertThat(s.applied()).isEqualTo(logged);
        assertThat(balance(s, v)).isEqualTo(params.coinValue() - params.cashFee());
        byte[] join = u.join(1, 1, now);
        BrokerService.Outcome dup = s.serve(join);
        assertThat(dup.refused()).isEqualTo(ErrorCode.DUPLICATE_ACCOUNT);
        assertThat(s.serve(join).refused()).as("the same refused request again").isEqualTo(ErrorCode.DUPLICATE_ACCOUNT);
    }

    @Test
    void aCopyInTheSameBatchGetsTheFirstAnswerAndARetryAfterARestartIsAnsweredFromTheLog() throws Exception {
        Client u = new Client(crypto, "U"), v = new Client(crypto, "V");
        BrokerService first = start();
        joinPayerAndPayee(first, u, v);
        byte[] one = v.cash(coinFromTo(first, u, v), now), two = v.cash(coinFromTo(first, u, v), now);
        long before = first.applied();
        List<BrokerService.Outcome> out = first.serveAll(List.of(one, two, one, new byte[] {9}));
        assertThat(out.get(2).answer()).isEqualTo(out.get(0).answer());
        assertThat(out.get(1).answer()).isNotEqualTo(out.get(0).answer());
        assertThat(out.get(3).refused()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(first.applied()).as("the copy moved nothing").isEqualTo(before + 2);
        assertThat(balance(first, v)).isEqualTo(2 * (params.coinValue() - params.cashFee()));
        first.close();
        now += 5;
        BrokerService again = start();
        long logged = again.applied();
        assertThat(again.serve(two).answer()).isEqualTo(out.get(1).answer());
        assertThat(again.applied()).isEqualTo(logged);
        assertThat(balance(again, v)).isEqualTo(2 * (params.coinValue() - params.cashFee()));
        assertThat(again.totals().conserved()).isTrue();
    }

    @Test
    void aRefusalThatProvesNothingIsNotLoggedAndTheSameRequestMaySucceedLater() throws Exception {
        BrokerService s = start();
        Client u = new Client(crypto, "U");
        s.serve(u.join(50, 0, now));
        byte[] buy = u.buy(1, now);
        long logged = s.applied();
        assertThat(s.serve(buy).refused()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(s.applied()).isEqualTo(logged);
        s.serve(u.fund(100, now));
        assertThat(s.serve(buy).ok()).isTrue();
        assertThat(s.core().conserved()).isTrue();
    }

    @Test
    void malformedBytesAreRefusedAndChangeNothing() throws Exception {
        BrokerService s = start();
        long logged = s.applied();
        assertThat(s.serve(new byte[] {1, 2, 3}).refused()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(s.applied()).isEqualTo(logged);
    }

    @Test
    void twoBrokerProcessesOnOneDatabaseServeInTurnAndNeverPayACoinTwice() throws Exception {
        BrokerService a = start(), b = start();
        Client u = new Client(crypto, "U"), v = new Client(crypto, "V"), x = new Client(crypto, "X");
        a.serve(u.join(10_000, 5_000, now));
        b.serve(v.join(0, 500, now));
        a.serve(x.join(0, 500, now));
        int coins = 20;
        List<byte[]> vCash = new ArrayList<>(), xCash = new ArrayList<>();
        for (int i = 0; i < coins; i++) {
            Assignment toV = coinFromTo(i % 2 == 0 ? a : b, u, v);
            vCash.add(v.cash(toV, now));
            // U assigns the same coin to X as well: a second, different claim on one coin
            long re = now + params.renewalWait();
            Assignment toX = new Assignment(x.key.id(), 1, now, now, re, toV.coin(), false,
                u.key.sign(Assignment.signedBytes(x.key.id(), 1, now, now, re, toV.coin())));
            xCash.add(x.cash(toX, now));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<BrokerService.Outcome>> done = new ArrayList<>();
        for (int i = 0; i < coins; i++) {
            byte[] vc = vCash.get(i), xc = xCash.get(i);
            done.add(pool.submit(() -> a.serve(vc)));
            done.add(pool.submit(() -> b.serve(vc)));            // the same claim at the other process
            done.add(pool.submit(() -> b.serve(xc)));
        }
        for (Future<BrokerService.Outcome> f : done) f.get();
        pool.shutdown();
        BrokerService judge = start();
        // each coin paid once to one of them; the other claim waits for U to arbitrate
        long paid = balance(judge, v) + balance(judge, x);
        assertThat(paid).isEqualTo(coins * (params.coinValue() - params.cashFee()));
        assertThat(judge.core().openDisputes()).hasSize(coins);
        assertThat(judge.core().conserved()).isTrue();
    }

    /** U with 1,000 to spend and V with nothing, each with a deposit of 500: a payer and its payee. */
    private void joinPayerAndPayee(BrokerService s, Client u, Client v) throws Exception {
        s.serve(u.join(1_000, 500, now));
        s.serve(v.join(0, 500, now));
    }
}
