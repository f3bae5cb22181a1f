package org.partnercommerce.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request written byte for byte on a socket of its own, for what an HTTP client refuses to send;
 * the answer is read until the server closes the connection, which it must do within ten seconds
 * ({@link #exchange}), or as far as its {@code Content-Length} ({@link #firstAnswer}).
 */
final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    private RawHttp() {
    }

    /**
     * The first answer to the request, read as far as its {@code Content-Length} says, without waiting
     * for the server to close: for a request whose body the server need not wait for to answer.
     */
    static String firstAnswer(URL root, String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int end = -1;
            while (end < 0) {
                int next = in.read();
                if (next < 0) {
                    return answer.toString(StandardCharsets.UTF_8);
                }
                answer.write(next);
                end = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            Matcher length = CONTENT_LENGTH.matcher(answer.toString(StandardCharsets.ISO_8859_1));
            answer.write(in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0));
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static String exchange(URL root, String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
