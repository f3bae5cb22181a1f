package org.partnercommerce.adapter.in.rest.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.in.rest.wire.JsonConfiguration;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.InvalidValue;

/** {@code catalogId} for {@code catalogItemId}, and {@code renewsTo} as an object or an array of one, as Partner Center's documentation writes them. */
class ACartLineIsReadInEveryDocumentedShapeTest {

    private static final String TRIAL = "DZH318Z0C0WF:0001:DZH318Z0BP69";

    private final ObjectMapper json = configured();

    @Test
    void catalogIdNamesTheItemAsCatalogItemIdDoes() throws Exception {
        CartLine line = read("""
                {"catalogId": "%s", "quantity": 1, "billingCycle": "none", "termDuration": "P1M"}""".formatted(TRIAL));

        assertThat(line.catalogItemId().value()).isEqualTo(TRIAL);
    }

    @Test
    void bothNamesWithTheSameItemAreOneItem() throws Exception {
        CartLine line = read("""
                {"catalogItemId": "%1$s", "CatalogId": "%1$s", "quantity": 1, "billingCycle": "none"}""".formatted(TRIAL));

        assertThat(line.catalogItemId().value()).isEqualTo(TRIAL);
    }

    @Test
    void bothNamesWithDifferentItemsAreRefused() {
        assertThatThrownBy(() -> read("""
                {"catalogItemId": "%s", "catalogId": "CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5", "quantity": 1, "billingCycle": "none"}"""
                .formatted(TRIAL)))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("catalogId"));
    }

    @Test
    void renewsToIsReadAsAnObject() throws Exception {
        CartLine line = read("""
                {"catalogItemId": "%s", "quantity": 1, "billingCycle": "none", "renewsTo": {"termDuration": "P1Y"}}"""
                .formatted(TRIAL));

        assertThat(line.renewsTo()).contains(RenewsTo.of(TermDuration.parse("P1Y")));
    }

    @Test
    void renewsToIsReadAsAnArrayOfOne() throws Exception {
        CartLine line = read("""
                {"catalogItemId": "%s", "quantity": 1, "billingCycle": "none", "renewsTo": [{"termDuration": "P1M"}]}"""
                .formatted(TRIAL));

        assertThat(line.renewsTo()).contains(RenewsTo.of(TermDuration.parse("P1M")));
    }

    @Test
    void renewsToAsAnEmptyArrayIsNoRenewal() throws Exception {
        CartLine line = read("""
                {"catalogItemId": "%s", "quantity": 1, "billingCycle": "none", "renewsTo": []}""".formatted(TRIAL));

        assertThat(line.renewsTo()).isEmpty();
    }

    @Test
    void renewsToWithTwoTermsIsRefused() {
        assertThatThrownBy(() -> read("""
                {"catalogItemId": "%s", "quantity": 1, "billingCycle": "none",
                 "renewsTo": [{"termDuration": "P1M"}, {"termDuration": "P1Y"}]}""".formatted(TRIAL)))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("renewsTo"));
    }

    private CartLine read(String line) throws Exception {
        return json.readValue(line, CartLineItemRequest.class).toDomain();
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfiguration().customize(mapper);
        return mapper;
    }
}
