package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Reading or listing orders writes an order only when Partner Center says something new about
 * it, decided by comparing Partner Center's answer with the order as kept. That works only if an
 * order read back from the database equals the same order read from Partner Center — instants to
 * the microsecond, prices whatever their scale, lines in order — through the real adapters on
 * both sides; otherwise every read would write.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class AnOrderKeptEqualsPartnerCentersAnswer {

    @Inject
    Orders orders;

    @Inject
    PartnerCenterOrders partnerCenter;

    @Test
    void aNewOrderKeptFromItsCheckoutEqualsWhatPartnerCenterAnswersForItWhileItIsPending() {
        String token = Tokens.partner();
        String customer = Seed.TAILSPIN_TOYS;
        String cartId = ApiCalls.createdCart(token, customer, Seed.twoGroupCart(3));
        List<String> orderIds = ApiCalls.orderedCart(token, customer, cartId);

        for (String orderId : orderIds) {
            Order kept = orders.find(CustomerId.of(customer), OrderId.of(orderId)).orElseThrow();
            Order answered = partnerCenter.order(CustomerId.of(customer), OrderId.of(orderId)).orElseThrow();

            assertThat(answered.etag()).as("the premise: Partner Center gives an etag, and the order is still pending").isPresent();
            assertThat(kept).as("order %s as its checkout kept it, against Partner Center's answer", orderId).isEqualTo(answered);
        }
    }

    @Test
    void aCompletedOrderReadBackFromTheDatabaseEqualsWhatPartnerCenterAnswersForIt() {
        String token = Tokens.partner();
        String customer = Seed.WINGTIP_TOYS;
        String cartId = ApiCalls.createdCart(token, customer, Seed.twoGroupCart(2));
        List<String> orderIds = ApiCalls.orderedCart(token, customer, cartId);
        assertThat(orderIds).hasSize(2);

        EmulatorControl emulator = EmulatorControl.ofTestEmulator();
        for (String orderId : orderIds) {
            emulator.provision(orderId);
            given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", customer, orderId)
                    .then().statusCode(200).body("status", equalTo("completed"));

            Order kept = orders.find(CustomerId.of(customer), OrderId.of(orderId)).orElseThrow();
            Order answered = partnerCenter.order(CustomerId.of(customer), OrderId.of(orderId)).orElseThrow();

            assertThat(kept).as("order %s as kept, against Partner Center's answer", orderId).isEqualTo(answered);
        }
    }
}
