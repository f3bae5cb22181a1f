package org.partnercommerce.adapter.out.partnercenter.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.LineConfirmation;

/** Cart answers read tolerantly: the line error in every spelling Partner Center and its SDKs have used. */
class ReadingCartJsonTest {

    private static PartnerCenterCart cart(String json) throws Exception {
        return PartnerCenterJson.MAPPER.readValue(json, CartDto.class).toDomain();
    }

    @Test
    void aLineErrorIsReadWithItsIntegerCodeDescriptionAndAdditionalInformation() throws Exception {
        PartnerCenterCart cart = cart("""
                {"id": "2517c51b-58cd-4abe-87ed-3ab812401ab4", "creationTimestamp": "2023-07-11T21:16:11.55149Z",
                 "lineItems": [
                   {"id": 0, "catalogItemId": "CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5", "quantity": 2500, "currencyCode": "USD",
                    "orderGroup": "0", "error": {"errorCode": 10015, "errorDescription": "Max allowed seats per subscription exceeded",
                    "additionalInformation": {"availableQuantity": 100, "purchasedQuantity": 2300}}}]}
                """);

        assertThat(cart.lines()).anyMatch(line -> line.error().isPresent());
        assertThat(cart.lines()).singleElement().satisfies(line -> {
            CartError error = line.error().orElseThrow();
            assertThat(error.errorCode()).isEqualTo(10015);
            assertThat(error.errorDescription()).isEqualTo("Max allowed seats per subscription exceeded");
            assertThat(error.additionalInformation()).containsEntry("availableQuantity", "100").containsEntry("purchasedQuantity", "2300");
        });
    }

    @Test
    void aLineErrorCodeSentAsTextOrAsItsNameIsStillReadAndAnUnknownNameIsZero() throws Exception {
        PartnerCenterCart cart = cart("""
                {"id": "2517c51b-58cd-4abe-87ed-3ab812401ab4", "creationTimestamp": "2023-07-11T21:16:11Z",
                 "lineItems": [
                   {"id": 0, "error": {"errorCode": "10001", "errorDescription": "Catalog item id is not valid"}},
                   {"id": 1, "error": {"errorCode": "AttestationNotAccepted"}},
                   {"id": 2, "error": {"errorCode": "subscription_not_registered"}},
                   {"id": 3, "error": {"errorCode": "SomethingNewInPartnerCenter"}}]}
                """);

        assertThat(cart.lines()).extracting(line -> line.error().orElseThrow().errorCode()).containsExactly(10001, 10012, 10011, 0);
        assertThat(cart.lines().get(1).error().orElseThrow().errorDescription()).isEmpty();
    }

    @Test
    void theDocsTablesSpellingOfTheTimestampAndMissingLineIdsAreAccepted() throws Exception {
        PartnerCenterCart cart = cart("""
                {"Id": "3E22B548-647D-4223-9675-1FCB6CB57665", "creationTimeStamp": "2021-08-18T17:29:52.3517492Z",
                 "LineItems": [{"OrderGroup": "0", "CurrencyCode": "eur"}, {"orderGroup": "1", "currencyCode": "XX"}]}
                """);

        assertThat(cart.id().value()).isEqualTo("3e22b548-647d-4223-9675-1fcb6cb57665");
        assertThat(cart.createdAt()).isEqualTo(Instant.parse("2021-08-18T17:29:52.351749Z"));
        assertThat(cart.lines()).extracting(LineConfirmation::lineId).containsExactly(0, 1);
        assertThat(cart.lines().get(0).currency()).hasValueSatisfying(currency -> assertThat(currency.value()).isEqualTo("EUR"));
        assertThat(cart.lines().get(1).currency()).isEmpty();
    }

    @Test
    void aPricingWithoutItsCurrencyOrWithAPriceMissingIsLeftOut() throws Exception {
        PartnerCenterCart cart = cart("""
                {"id": "2517c51b-58cd-4abe-87ed-3ab812401ab4", "creationTimestamp": "2023-07-11T21:16:11Z",
                 "lineItems": [
                   {"id": 0, "orderGroup": "0", "pricing": {"listPrice": 30.4, "discountedPrice": 30.4, "proratedPrice": 30.4,
                    "price": 30.4, "extendedPrice": 364.8}},
                   {"id": 1, "orderGroup": "0", "currencyCode": "USD", "pricing": {"listPrice": "30.4", "price": 30.4}},
                   {"id": 2, "orderGroup": "0", "currencyCode": "USD", "pricing": {"listPrice": "30.4", "discountedPrice": "30.4",
                    "proratedPrice": "30.4", "price": "30.4", "extendedPrice": "364.8"}}]}
                """);

        assertThat(cart.lines()).extracting(line -> line.pricing().isPresent()).containsExactly(false, false, true);
    }
}
