package org.ppay.node.broker;

import java.util.List;
import org.ppay.core.msg.Appeal;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CollectRequest;
import org.ppay.core.msg.FraudReport;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LeaveRequest;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.msg.StatementRequest;

/**
 * The broker's HTTP endpoints, one per thing the broker does in the paper, each taking one message type
 * (documented in {@code /openapi.json}); {@code /v1/messages} takes any, for peers that route by message.
 */
final class Endpoints {
    private Endpoints() {}

    record Endpoint(String path, Class<? extends Message> type, String summary) {}

    static final List<Endpoint> ALL = List.of(
        new Endpoint("/v1/accounts", JoinRequest.class, "open an account with a balance and a deposit (Section 4.2)"),
        new Endpoint("/v1/accounts/fund", FundRequest.class, "add money to an account's balance"),
        new Endpoint("/v1/accounts/statement", StatementRequest.class, "the account's balance, deposit, prepaid value and status"),
        new Endpoint("/v1/accounts/leave", LeaveRequest.class, "formal leave: prepaid value and deposit back (Section 4.2)"),
        new Endpoint("/v1/coins", BuyRequest.class, "buy raw coins (eq. 1)"),
        new Endpoint("/v1/certificates", LimitRequest.class, "buy a limit certificate (eq. 6)"),
        new Endpoint("/v1/cash", CashRequest.class, "cash a coin (Section 3); a second claim goes to arbitration (Section 4.1)"),
        new Endpoint("/v1/downtime/reassign", ReassignmentRequest.class, "reassign a coin for an offline owner (eq. 5)"),
        new Endpoint("/v1/downtime/renew", RenewalRequest.class, "renew a coin for an offline owner (Section 5.3)"),
        new Endpoint("/v1/downtime/return", Refusal.class, "give a refused holding back to its payer"),
        new Endpoint("/v1/pending", CollectRequest.class, "what the broker did for a returning owner's coins, and disputes waiting"),
        new Endpoint("/v1/arbitration", ArbitrationResponse.class, "an owner's answer to an arbitration request, with proofs"),
        new Endpoint("/v1/frauds", FraudReport.class, "two relinquishments of one assignment: a holder's double spend"),
        new Endpoint("/v1/appeals", Appeal.class, "a holder's appeal against an owner's denial (Section 4.1)"),
        new Endpoint("/v1/refunds", RefundRequest.class, "a void coin presented for its escrowed refund (Section 4.2)"),
        new Endpoint("/v1/tampering", Payment.class, "a payment whose window the owner tampered with (Section 5.3)"));
}
