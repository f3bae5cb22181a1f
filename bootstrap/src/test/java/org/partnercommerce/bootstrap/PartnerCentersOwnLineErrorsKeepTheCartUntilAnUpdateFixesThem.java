package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * "error: applied after the cart is created if an error occurs": a line every rule of ours
 * passes but Partner Center finds fault with — here the seats the customer already holds of a
 * SKU with a seat cap, which no cart can know — comes back as Partner Center answers it, 201 with
 * the cart and its line error, and the cart is kept (with who made it). Its checkout is refused
 * with Partner Center's code and buys nothing, until a PUT fixes the line.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class PartnerCentersOwnLineErrorsKeepTheCartUntilAnUpdateFixesThem {

    private static final String CUSTOMER = Seed.FOURTH_COFFEE;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();

    @Test
    void aLineOverTheCustomersSeatCapIsKeptWithItsErrorAndMustBeFixedBeforeCheckout() {
        ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, windows365(200)));

        Response created = given().auth().oauth2(token).contentType(ContentType.JSON).body(windows365(150))
                .post("/v1/customers/{c}/carts", CUSTOMER);

        assertThat(created.statusCode()).as("Partner Center's answer, passed on: %s", created.asString()).isEqualTo(201);
        assertThat(created.<Integer>path("lineItems[0].error.errorCode")).isEqualTo(10015);
        assertThat(created.<String>path("lineItems[0].error.additionalInformation.availableQuantity")).isEqualTo("100");
        assertThat(created.<String>path("lastModifiedUser")).isEqualTo("demo-partner");
        String cartId = created.path("id");
        Response kept = given().auth().oauth2(token).get("/v1/customers/{c}/carts/{id}", CUSTOMER, cartId);
        assertThat(kept.<Integer>path("lineItems[0].error.errorCode")).as("the cart is kept with its error").isEqualTo(10015);

        Response refused = checkout(cartId);

        Problems.assertProblem(refused, 409, "conflict");
        assertThat(refused.<String>path("code")).isEqualTo("800009");
        assertThat(emulator.purchasesOf(cartId)).as("nothing was sent to be bought").isEmpty();

        Response fixed = given().auth().oauth2(token).contentType(ContentType.JSON).body(windows365(100))
                .put("/v1/customers/{c}/carts/{id}", CUSTOMER, cartId);
        assertThat(fixed.statusCode()).as("the update answered %s", fixed.asString()).isEqualTo(200);
        assertThat(fixed.<Object>path("lineItems[0].error")).isNull();

        Response bought = checkout(cartId);
        assertThat(bought.statusCode()).as("the checkout answered %s", bought.asString()).isEqualTo(201);
        assertThat(emulator.purchasesOf(cartId)).hasSize(1);
    }

    private Response checkout(String cartId) {
        return given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", CUSTOMER, cartId);
    }

    private static String windows365(int seats) {
        return """
                {"lineItems":[{"id":0,"catalogItemId":"%s","quantity":%d,"billingCycle":"monthly","termDuration":"P1M",
                 "attestationAccepted":true}]}""".formatted(Seed.WINDOWS_365, seats);
    }
}
