package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.cart.CartDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.order.CheckoutResultDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.order.OrderDto;
import org.partnercommerce.adapter.out.partnercenter.order.ProvisioningStatusDto;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderLinks;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.order.ProvisioningState;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.examples.PartnerCenterExamples;

/** Every documented answer in the {@code examples} module reads into the domain, JSON to domain, no HTTP. */
class ReadingTheDocumentedAnswersTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final CustomerId ASKED = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");

    private static <T> T example(String file, Class<T> type) throws IOException {
        return PartnerCenterJson.MAPPER.readValue(PartnerCenterExamples.text(file), type);
    }

    private static Optional<OrderGroup> group(String value) {
        return Optional.of(OrderGroup.of(value));
    }

    @Test
    void theMixedCartAnswerGivesPartnerCentersIdCreationTimeGroupsAndCurrencies() throws IOException {
        PartnerCenterCart cart = example("create-cart-mixed.response.json", CartDto.class).toDomain();

        assertThat(cart.id()).isEqualTo(CartId.of("3655b1a0-b1c9-4268-9824-577fdbc4d0be"));
        // Partner Center writes 100-nanosecond ticks; the service keeps microseconds, the precision it stores
        assertThat(cart.createdAt()).isEqualTo(Instant.parse("2019-01-16T00:45:41.606299Z"));
        // the 2019 example's cart expires a quarter of an hour later: Partner Center's expiry wins over our seven days
        assertThat(cart.expiresAt()).contains(Instant.parse("2019-01-16T01:00:54.418849Z"));
        assertThat(cart.lines()).extracting(LineConfirmation::lineId, LineConfirmation::orderGroup)
                .containsExactly(tuple(0, group("OMS-0")), tuple(1, group("0")), tuple(2, group("0")), tuple(3, group("0")),
                        tuple(4, group("1")), tuple(5, group("2")));
        assertThat(cart.lines()).allSatisfy(line -> {
            assertThat(line.currency()).contains(USD);
            assertThat(line.pricing()).isEmpty();
            assertThat(line.error()).isEmpty();
        });
        assertThat(cart.lines()).noneMatch(line -> line.error().isPresent());
    }

    @Test
    void theAttestationAndParticipantsCartAnswerPutsBothLinesInOneGroup() throws IOException {
        PartnerCenterCart cart = example("create-cart-attestation-participants.response.json", CartDto.class).toDomain();

        assertThat(cart.id()).isEqualTo(CartId.of("3e22b548-647d-4223-9675-1fcb6cb57665"));
        assertThat(cart.createdAt()).isEqualTo(Instant.parse("2021-08-18T17:29:52.351749Z"));
        assertThat(cart.lines()).extracting(LineConfirmation::lineId, LineConfirmation::orderGroup)
                .containsExactly(tuple(0, group("0")), tuple(1, group("0")));
    }

    @Test
    void theNewCommerceCartAnswerCarriesItsPricingInTheLinesCurrency() throws IOException {
        PartnerCenterCart cart = example("create-cart-new-commerce.response.json", CartDto.class).toDomain();

        assertThat(cart.lines()).singleElement().satisfies(line -> {
            assertThat(line.currency()).contains(USD);
            Pricing pricing = line.pricing().orElseThrow();
            assertThat(pricing.listPrice()).isEqualTo(Money.of("30.4", "USD"));
            assertThat(pricing.price()).isEqualTo(Money.of("30.40", "USD"));
            assertThat(pricing.extendedPrice()).isEqualTo(Money.of("364.8", "USD"));
        });
    }

    @Test
    void theMixedCheckoutGivesItsOrdersWithTheirLinesAndStatuses() throws IOException {
        CheckoutResult result = example("checkout-mixed.response.json", CheckoutResultDto.class).toDomain(ASKED);

        assertThat(result.orderErrors()).isEmpty();
        assertThat(result.orders()).extracting(order -> order.id().value(), Order::billingCycle, Order::status)
                .containsExactly(
                        tuple("3c6f2530-1e31-4088-8230-dd1c31a18bce", BillingCycle.MONTHLY, OrderStatus.COMPLETED),
                        tuple("311qiN8iFwkv-XARWMvXRYAwYKMACVqv1", BillingCycle.ONE_TIME, OrderStatus.PENDING),
                        tuple("HVu_cO8Ea7fNRQP4ia1QTpZap-kg_7P71", BillingCycle.MONTHLY, OrderStatus.PENDING));
        assertThat(result.orders()).allSatisfy(order -> {
            assertThat(order.referenceCustomerId()).isEqualTo(CustomerId.of("28045616-f6b9-462f-9701-0d89b5e65c44"));
            assertThat(order.currency()).contains(USD);
        });
        Order legacy = result.orders().get(0);
        assertThat(legacy.creationDate()).isEqualTo(Instant.parse("2019-01-16T00:48:44.76Z"));
        assertThat(legacy.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.offerId()).isEqualTo(new CatalogItemId.LegacyOffer("MS-AZR-0145P"));
            assertThat(line.subscriptionId()).contains(SubscriptionId.of("ef2e1307-86e6-40e3-a794-872403fbd31c"));
            assertThat(line.friendlyName()).contains("Microsoft Azure");
        });
        assertThat(result.orders().get(1).lineItems())
                .extracting(OrderLineItem::lineItemNumber, line -> line.offerId().value(), OrderLineItem::termDuration,
                        OrderLineItem::subscriptionId)
                .containsExactly(
                        tuple(0, "DZH318Z0BQ36:004G:DZH318Z08C0S", Optional.of(TermDuration.ONE_YEAR), Optional.empty()),
                        tuple(1, "DZH318Z0BQ36:004J:DZH318Z08B8X", Optional.of(TermDuration.THREE_YEARS), Optional.empty()),
                        tuple(2, "DG7GMGF0DWM3:0002:DG7GMGF0DT1M", Optional.empty(), Optional.empty()));
    }

    @Test
    void theNewCommerceOrderCarriesItsPricingAndSubscription() throws IOException {
        Order order = example("checkout-new-commerce.order.json", OrderDto.class).toDomain(ASKED);

        assertThat(order.id()).isEqualTo(OrderId.of("a68736758d9c"));
        assertThat(order.referenceCustomerId()).isEqualTo(CustomerId.of("94cd6638-11b6-4323-8c9f-6ae3088adc59"));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.currency()).contains(USD);
        assertThat(order.creationDate()).isEqualTo(Instant.parse("2023-04-18T22:03:45.450513Z"));
        assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.offerId().value()).isEqualTo("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H");
            assertThat(line.termDuration()).contains(TermDuration.ONE_MONTH);
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.subscriptionId()).contains(SubscriptionId.of("0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1"));
            assertThat(line.pricing().orElseThrow().extendedPrice()).isEqualTo(Money.of(new BigDecimal("36.48"), USD));
            assertThat(line.transactionType()).contains(LineTransactionType.NEW);
            assertThat(line.links().product()).contains(ResourceLink.get("/products/CFQ7TTC0LF8S?country=US"));
            assertThat(line.links().sku()).contains(ResourceLink.get("/products/CFQ7TTC0LF8S/skus/0001?country=US"));
            assertThat(line.links().availability())
                    .contains(ResourceLink.get("/products/CFQ7TTC0LF8S/skus/0001/availabilities/CFQ7TTC0N81H?country=US"));
            assertThat(line.links().subscription()).isEmpty();
        });
    }

    @Test
    void theNewCommerceOrderCarriesEveryOrderLevelFieldPartnerCenterGave() throws IOException {
        Order order = example("checkout-new-commerce.order.json", OrderDto.class).toDomain(ASKED);
        String self = "/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/orders/a68736758d9c";

        assertThat(order.alternateId()).contains("a68736758d9c");
        assertThat(order.currencySymbol()).contains("US$");
        assertThat(order.transactionType()).contains(OrderTransactionType.USER_PURCHASE);
        assertThat(order.totalPrice()).contains(Money.of("36.48", "USD"));
        assertThat(order.client()).contains(OrderClient.EMPTY);
        assertThat(order.links()).isEqualTo(new OrderLinks(Optional.of(ResourceLink.get(self)),
                Optional.of(ResourceLink.get(self + "/provisioningstatus")),
                Optional.of(new ResourceLink(self, "PATCH", List.of()))));
        assertThat(order.etag()).isEmpty();
    }

    @Test
    void theIndirectResellersOrderCarriesItsEtagAndItsLinesSubscriptionLink() throws IOException {
        Order order = example("create-order-indirect-reseller.response.json", OrderDto.class).toDomain(ASKED);

        assertThat(order.etag()).contains("eyJpZCI6IjNlZGRjYWM2LTYzYjItNGM0MC1iMGI2LWY0N2UxODMwMTQ5MiIsInZlcnNpb24iOjF9");
        assertThat(order.links().self())
                .contains(ResourceLink.get("/customers/c501c3c4-d776-40ef-9ecf-9cefb59442c1/orders/3eddcac6-63b2-4c40-b0b6-f47e18301492"));
        assertThat(order.links().provisioningStatus()).isEmpty();
        assertThat(order.lineItems().getFirst().links().subscription()).contains(ResourceLink.get(
                "/customers/c501c3c4-d776-40ef-9ecf-9cefb59442c1/subscriptions/aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"));
        assertThat(order.lineItems().getFirst().transactionType()).isEmpty();
    }

    @Test
    void theProvisioningStatusSampleGivesEachLinesStateInTheDocumentedSpelling() throws IOException {
        CollectionDto<ProvisioningStatusDto> answer = PartnerCenterJson.MAPPER.readValue(
                PartnerCenterExamples.text("get-order-provisioning-status.response.json"),
                new TypeReference<CollectionDto<ProvisioningStatusDto>>() { });

        assertThat(answer.itemsOrNone()).singleElement().satisfies(line -> assertThat(line.toDomain(0))
                .isEqualTo(new LineProvisioningStatus(0, ProvisioningState.FULFILLED,
                        List.of(new QuantityProvisioningStatus(1, ProvisioningState.FULFILLED)))));
        assertThat(answer.itemsOrNone().getFirst().toDomain(0).status().value()).isEqualTo("Fulfilled");
    }

    @Test
    void theIndirectResellersOrderHasItsPartnerOnRecordAndNoCurrency() throws IOException {
        Order order = example("create-order-indirect-reseller.response.json", OrderDto.class).toDomain(ASKED);

        assertThat(order.id()).isEqualTo(OrderId.of("3eddcac6-63b2-4c40-b0b6-f47e18301492"));
        assertThat(order.referenceCustomerId()).isEqualTo(CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1"));
        assertThat(order.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(order.currency()).isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.creationDate()).isEqualTo(Instant.parse("2017-04-10T23:02:25.983Z"));
        assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.offerId()).isEqualTo(new CatalogItemId.LegacyOffer("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"));
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.partnerIdOnRecord()).contains(PartnerId.of("4847383"));
            assertThat(line.subscriptionId()).contains(SubscriptionId.of("aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"));
            assertThat(line.pricing()).isEmpty();
        });
    }
}
