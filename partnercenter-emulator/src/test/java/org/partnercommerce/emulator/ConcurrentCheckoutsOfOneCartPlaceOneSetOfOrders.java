package org.partnercommerce.emulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;
import static org.partnercommerce.emulator.Shopping.requestId;

/** A checkout holds its cart for a while (the configured processing time); whoever comes meanwhile gets 409/800064. */
class ConcurrentCheckoutsOfOneCartPlaceOneSetOfOrders {

    private static final int CALLERS = 8;

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withCheckoutProcessingTime(Duration.ofMillis(600)));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    @BeforeAll
    static void fetchToken() {
        token = client.appToken();
    }

    private static List<Reply> checkOutAtOnce(String cartId, boolean sameRequestId) throws Exception {
        String shared = requestId();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
            for (int i = 0; i < CALLERS; i++) {
                String id = sameRequestId ? shared : requestId();
                Callable<Reply> call = () -> {
                    go.await();
                    return checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id);
                };
                replies.add(callers.submit(call));
            }
            go.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        }
    }

    @Test
    void withDifferentRequestIdsOneCheckoutWorksAndTheOthersMeetTheLockOrItsResult() throws Exception {
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();

        List<Reply> replies = checkOutAtOnce(cartId, false);

        List<Reply> placed = replies.stream().filter(reply -> reply.status() == 201).toList();
        List<Reply> refused = replies.stream().filter(reply -> reply.status() == 409).toList();
        assertThat(placed.size() + refused.size()).as("every answer is 201 or 409: %s", replies).isEqualTo(CALLERS);
        assertThat(placed).isNotEmpty();
        assertThat(placed).extracting(Reply::body).as("every 201 is the one result").containsOnly(placed.getFirst().body());
        assertThat(refused).as("callers that came while the first was working").isNotEmpty();
        refused.forEach(reply -> assertThat(reply.json().get("code").asInt()).isEqualTo(800064));
        assertThat(purchasesOfCart(client, cartId)).as("one set of orders").hasSize(4);
    }

    @Test
    void withOneRequestIdTheRepeatsMeetTheRequestInFlight() throws Exception {
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();

        List<Reply> replies = checkOutAtOnce(cartId, true);

        assertThat(replies).extracting(Reply::status).containsOnly(201, 409);
        assertThat(replies).filteredOn(reply -> reply.status() == 409).isNotEmpty()
                .allSatisfy(reply -> assertThat(reply.json().get("code").asInt()).isEqualTo(800064));
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
        Reply afterwards = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId());
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
    }
}
