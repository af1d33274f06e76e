package org.ppay.node.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.node.wire.Wire;

/** The daemon's HTTP client: JSON bodies, the broker's answer and error shapes read into a {@link Link.Reply}. */
final class Http {
    /** A response: its status, body, and the answering peer's signature on it, if it signed ({@link org.ppay.node.wire.SignedAnswer}). */
    record Response(int status, String body, String answerSignature) {}

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    HttpClient client() { return client; }

    /** @throws IOException when nothing comes back (java.net.ConnectException: nothing was delivered either) */
    Response post(String url, byte[] body, Map<String, String> headers, Duration timeout) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    Response get(String url, Duration timeout) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build());
    }

    private Response send(HttpRequest r) throws IOException {
        try {
            HttpResponse<String> out = client.send(r, HttpResponse.BodyHandlers.ofString());
            return new Response(out.statusCode(), out.body(), out.headers().firstValue(org.ppay.node.wire.SignedAnswer.HEADER).orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A core message as a request body: {@code {"message": base64}}. */
    static byte[] messageBody(byte[] message) { return json(new Wire.Request(Wire.encode(message))); }

    static byte[] json(Object o) { return StepCodec.json(o).getBytes(StandardCharsets.UTF_8); }

    /** The answer {@code {"type", "answer"}} or the refusal {@code {"code", "message"}} a broker or peer sent back. */
    static Link.Reply reply(Response r) {
        try {
            if (r.status() == 200) {
                String answer = StepCodec.JSON.readValue(r.body(), Wire.Answer.class).answer();
                return Link.Reply.answered(answer == null ? null : Wire.decode(answer));
            }
            Wire.Error e = StepCodec.JSON.readValue(r.body(), Wire.Error.class);
            return Link.Reply.refused(code(e.code()), e.message());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Link.Reply.refused(ErrorCode.MALFORMED, "an answer that is not {type, answer} or {code, message} (HTTP " + r.status() + ")");
        }
    }

    static ErrorCode code(String name) {
        try {
            return ErrorCode.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorCode.MALFORMED;
        }
    }
}
