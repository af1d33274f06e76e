package org.ppay.node.peer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.node.wire.Wire;

/**
 * What the daemon's two HTTP servers share: a small thread pool, a body limit answered 413, and every refusal as a
 * status and {@code {"code", "message"}}; anything unforeseen is 503 OFFLINE, since the runner then stops serving.
 */
final class Servers {
    private Servers() {}

    static Javalin create(String name, long maxBody) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = maxBody;
            c.jsonMapper(new JavalinJackson(StepCodec.JSON, false));
            QueuedThreadPool pool = new QueuedThreadPool(24, 2);
            pool.setName(name);
            c.jetty.threadPool = pool;
        });
        app.exception(io.javalin.http.ContentTooLargeResponse.class,
            (e, ctx) -> ctx.status(413).json(new Wire.Error(ErrorCode.MALFORMED.name(), "the body is larger than " + maxBody + " bytes")));
        app.exception(PPayException.class, (e, ctx) -> refuse(ctx, e.code(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> refuse(ctx, ErrorCode.OFFLINE, "the peer could not serve this: " + e.getMessage()));
        app.error(404, ctx -> {
            if (ctx.result() == null || !ctx.result().contains("\"code\"")) ctx.json(new Wire.Error(ErrorCode.MALFORMED.name(), "no endpoint " + ctx.method() + " " + ctx.path()));
        });
        app.error(405, ctx -> ctx.json(new Wire.Error(ErrorCode.MALFORMED.name(), "no endpoint " + ctx.method() + " " + ctx.path())));
        return app;
    }

    static void refuse(Context ctx, ErrorCode code, String message) {
        ctx.status(Wire.status(code)).json(new Wire.Error(code.name(), message));
    }

    /** The body, refused 413 before it is read when its declared length is over the limit. */
    static byte[] body(Context ctx, long maxBody) {
        if (ctx.contentLength() > maxBody) throw new io.javalin.http.ContentTooLargeResponse("the body is larger than " + maxBody + " bytes");
        return ctx.bodyAsBytes();
    }
}
