package org.partnercommerce.benchmarks.tools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little HTTP the probes need: the JDK client, HTTP/1.1, loopback only. */
final class Http {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Http() {
    }

    /** Refuses any address that is not on this machine's loopback. */
    static URI loopback(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("The benchmarks only talk to loopback, not " + url);
        }
        return uri;
    }

    /** A client-credentials token of the emulator's demo partner, for this scope. */
    static String token(String tokenUrl, String scope) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=demo-partner&client_secret=demo-partner-secret&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(loopback(tokenUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IOException("No token from " + tokenUrl + ": " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }
}
