package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.E5_P1M;
import static org.partnercommerce.emulator.Shopping.ENTRA_P1;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.cart;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.line;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;

class CartsAreReplacedUntilOrderedOrExpired {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(CLOCK));
    private static final PartnerCenterClient client = partnerCenter.client();

    private static String cartPath(String cartId) {
        return "/v1/customers/" + WINGTIP_US + "/carts/" + cartId;
    }

    @Test
    void aPutReplacesEveryLineAndRegroupsButKeepsTheExpiry() {
        String token = client.appToken();
        JsonNode cart = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"), line(ENTRA_P1, 1, "annual", "P1Y")));
        CLOCK.advance(Duration.ofHours(1));

        Reply put = client.put(cartPath(cart.get("id").asText()), client.userToken(), cart(line(ENTRA_P1, 5, "annual", "P1Y")));

        assertThat(put.status()).isEqualTo(200);
        JsonNode replaced = put.json();
        assertThat(replaced.get("id").asText()).isEqualTo(cart.get("id").asText());
        assertThat(replaced.get("lineItems")).hasSize(1);
        assertThat(replaced.get("lineItems").get(0).get("quantity").asInt()).isEqualTo(5);
        assertThat(replaced.get("lineItems").get(0).get("orderGroup").asText()).isEqualTo("0");
        assertThat(replaced.get("creationTimestamp")).isEqualTo(cart.get("creationTimestamp"));
        assertThat(replaced.get("expirationTimestamp")).isEqualTo(cart.get("expirationTimestamp"));
        assertThat(Instant.parse(replaced.get("lastModifiedTimestamp").asText()))
                .isEqualTo(Instant.parse(cart.get("creationTimestamp").asText()).plus(Duration.ofHours(1)));
        assertThat(replaced.get("lastModifiedUser").asText()).isEqualTo("5b0e3c1a-7f2d-4e8b-9a61-c4d2e8f0a1b3");
        assertThat(client.get(cartPath(cart.get("id").asText()), client.appToken()).json()).isEqualTo(replaced);
    }

    @Test
    void anOrderedCartCannotBeReplaced() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        assertThat(checkout(client, token, WINGTIP_US, cartId).status()).isEqualTo(201);

        Reply put = client.put(cartPath(cartId), token, cart(line(E5_P1M, 3, "monthly", "P1M")));

        assertThat(put.status()).isEqualTo(400);
        assertApiFault(put.json(), 800065);
        assertThat(client.get(cartPath(cartId), token).json().get("lineItems").get(0).get("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void aCartExpiresSevenDaysAfterItWasCreated() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        String lateCartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        CLOCK.advance(Duration.ofDays(7).minusSeconds(1));
        token = client.appToken();
        assertThat(checkout(client, token, WINGTIP_US, cartId).status()).as("still open a second before").isEqualTo(201);
        CLOCK.advance(Duration.ofSeconds(1));
        token = client.appToken();

        Reply checkout = checkout(client, token, WINGTIP_US, lateCartId);
        Reply put = client.put(cartPath(lateCartId), token, cart(line(E5_P1M, 2, "monthly", "P1M")));

        assertThat(checkout.status()).isEqualTo(400);
        assertApiFault(checkout.json(), 800002);
        assertThat(checkout.json().get("description").asText()).contains("expired");
        assertThat(put.status()).isEqualTo(400);
        assertApiFault(put.json(), 800002);
        assertThat(purchasesOfCart(client, lateCartId)).isEmpty();
        assertThat(client.get(cartPath(lateCartId), token).status()).as("an expired cart can still be read").isEqualTo(200);
    }

    @Test
    void anOrderedCartStillAnswersItsCheckoutAfterItsExpiry() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        Reply first = checkout(client, token, WINGTIP_US, cartId);
        CLOCK.advance(Duration.ofDays(8));

        Reply again = checkout(client, client.appToken(), WINGTIP_US, cartId);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
    }
}
