package org.partnercommerce.bootstrap;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients that send one request at the same instant (they start on a latch), each recording what it was answered. */
final class SimultaneousClients {

    /** One call of the history: when the client asked, when it was answered (nanoTime), what it got. */
    record Outcome(long askedAt, long answeredAt, int status, byte[] body) {
    }

    private SimultaneousClients() {
    }

    static List<Outcome> send(HttpRequest request, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Outcome>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long askedAt = System.nanoTime();
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    return new Outcome(askedAt, System.nanoTime(), answer.statusCode(), answer.body());
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> history = new ArrayList<>();
            for (Future<Outcome> call : calls) {
                history.add(call.get());
            }
            return history;
        } finally {
            threads.shutdownNow();
            http.close();
        }
    }
}
