package org.ppay.node.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bench's HTTP/1.1 client: one kept-alive connection, used by one thread, doing all its work on that thread, so
 * the bench can account for the client's CPU time apart from the broker's. POST with a body, an answer with a
 * Content-Length or chunked; nothing else of HTTP is needed on loopback.
 */
final class LoopbackHttp implements Closeable {
    /** A status and a body. */
    record Response(int status, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Response post(String path, String contentType, byte[] body) throws IOException {
        if (socket == null) connect();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) throw new IOException("not an HTTP/1.1 answer: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false, close = false;
        for (String h; !(h = line()).isEmpty(); ) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT), value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) length = Long.parseLong(value);
            else if (name.equals("transfer-encoding")) chunked = value.contains("chunked");
            else if (name.equals("connection")) close = value.contains("close");
        }
        byte[] answer;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int n; (n = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) > 0; ) {
                all.write(in.readNBytes(n));
                line();
            }
            while (!line().isEmpty()) { /* trailers */ }
            answer = all.toByteArray();
        } else if (length >= 0) {
            answer = in.readNBytes((int) length);
            if (answer.length != length) throw new EOFException("the answer ended early");
        } else {
            answer = in.readAllBytes();
            close = true;
        }
        if (close) close();
        return new Response(code, answer);
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new EOFException("the connection closed mid-answer");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    @Override public void close() throws IOException {
        if (socket != null) socket.close();
        socket = null;
    }
}
