package org.partnercommerce.emulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.E5_P1M;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.cart;
import static org.partnercommerce.emulator.Shopping.createCart;
import static org.partnercommerce.emulator.Shopping.line;

/** Unlike a line problem, a request Partner Center cannot read fails: 400 with an ApiFault, and no cart. */
class CartRequestsThatCannotBeReadAreRefused {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withMaximumCartLines(3));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    @BeforeAll
    static void fetchToken() {
        token = client.appToken();
    }

    private static void assertRefused(String body, int code) {
        Reply reply = createCart(client, token, WINGTIP_US, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertApiFault(reply.json(), code);
    }

    @Test
    void aCartWithoutLines() {
        assertRefused("{\"lineItems\": []}", 800002);
        assertRefused("{}", 800002);
    }

    @Test
    void aBodyThatIsNotJsonOrNone() {
        assertRefused("{\"lineItems\": [", 800002);
        assertRefused("", 800002);
    }

    @Test
    void valuesOfTheWrongType() {
        assertRefused("{\"lineItems\": \"many\"}", 800002);
        assertRefused(cart("{\"catalogItemId\": \"" + E5_P1M + "\", \"quantity\": \"lots\", \"billingCycle\": \"monthly\"}"), 800002);
    }

    @Test
    void aLineWithoutItsRequiredFields() {
        assertRefused(cart("{\"quantity\": 1, \"billingCycle\": \"monthly\"}"), 800002);
        assertRefused(cart("{\"catalogItemId\": \"" + E5_P1M + "\", \"billingCycle\": \"monthly\"}"), 800002);
        assertRefused(cart("{\"catalogItemId\": \"" + E5_P1M + "\", \"quantity\": 1}"), 800002);
    }

    @Test
    void anEnumValueItCannotParse() {
        assertRefused(cart(line(E5_P1M, 1, "fortnightly", "P1M")), 900126);
        assertRefused(cart(line(E5_P1M, 1, "monthly", "P1M", "\"participants\": [{\"key\": \"best_friend\", \"value\": \"1\"}]")), 900126);
    }

    @Test
    void moreLinesThanTheConfiguredMaximum() {
        String four = cart(Collections.nCopies(4, line(E5_P1M, 1, "monthly", "P1M")).toArray(String[]::new));
        String three = cart(Collections.nCopies(3, line(E5_P1M, 1, "monthly", "P1M")).toArray(String[]::new));

        assertRefused(four, 800002);
        assertThat(createCart(client, token, WINGTIP_US, three).status()).isEqualTo(201);
    }

    @Test
    void lineIdsThatDoNotRunFromZero() {
        assertRefused(cart(line(E5_P1M, 1, "monthly", "P1M", "\"id\": 1")), 800071);
        assertRefused(cart(line(E5_P1M, 1, "monthly", "P1M", "\"id\": 0"), line(E5_P1M, 1, "monthly", "P1M", "\"id\": 0")), 800071);
        assertRefused(cart(line(E5_P1M, 1, "monthly", "P1M", "\"id\": 0"), line(E5_P1M, 1, "monthly", "P1M")), 800071);
    }

    @Test
    void lineIdsThatRunFromZeroInAnyOrderAreKept() {
        Reply reply = createCart(client, token, WINGTIP_US, cart(
                line(E5_P1M, 2, "monthly", "P1M", "\"id\": 1"),
                line(E5_P1M, 1, "monthly", "P1M", "\"id\": 0")));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("lineItems").findValuesAsText("id")).containsExactly("0", "1");
        assertThat(reply.json().get("lineItems").findValuesAsText("quantity")).containsExactly("1", "2");
    }

    @Test
    void anUnknownCustomerIsNotFoundWith1000() {
        Reply reply = createCart(client, token, "00000000-0000-0000-0000-000000000000", cart(line(E5_P1M, 1, "monthly", "P1M")));

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 1000);
    }

    @Test
    void anUnknownCartIsNotFoundWith800008() {
        Reply reply = client.get("/v1/customers/" + WINGTIP_US + "/carts/3e22b548-647d-4223-9675-1fcb6cb57665", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 800008);
    }

    @Test
    void aCartNeedsAToken() {
        assertThat(createCart(client, null, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).status()).isEqualTo(401);
    }
}
