package org.partnercommerce.adapter.out.persistence.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.anOrderId;
import static org.partnercommerce.testing.contract.ContractExamples.order;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * {@code V6} moves the checkout results kept in {@code cart_checkout_orders}, {@code _lines} and
 * {@code _errors} into their carts' {@code checkout_result} documents. Each case migrates a schema
 * of its own to {@code V5}, writes rows there as the store wrote them, then migrates it on.
 */
@QuarkusTest
class CheckoutResultsRecordedBeforeMoveIntoTheirCartsTest {

    private static final String SCHEMA = "adapters_persistence_migration_tests";
    private static final Instant CREATED = Instant.parse("2026-11-22T03:46:01.123456Z");

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void migrateToV5() {
        Flyway flyway = flyway().target("5").load();
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void aCompletedCartGetsItsResultWithEveryFieldOfEveryOrderLineAndError() throws SQLException {
        CustomerId customer = aCustomer();
        Order legacy = new Order(anOrderId(), customer, BillingCycle.MONTHLY, Optional.empty(),
                List.of(OrderLineItem.of(0, CatalogItemId.parse("MS-AZR-0145P"), 1)), OrderStatus.COMPLETED,
                Instant.parse("2026-11-22T03:46:00Z"));
        Order texts = new Order(anOrderId(), customer, BillingCycle.ANNUAL, Optional.of(CurrencyCode.of("EUR")),
                List.of(OrderLineItem.of(0, CatalogItemId.parse("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P"), 2)
                        .withTermDuration(TermDuration.ONE_YEAR)
                        .withFriendlyName("Team \"Zürich\"\n\tC:\\licences\r")
                        .withPartnersOnRecord(PartnerId.of("5357564"), List.of(PartnerId.of("4847383")))
                        .withPricing(new Pricing(money("-12.5"), money("0.0000000001"), money("1000000"), money("68.40"),
                                money("123456789012345678.1234567891")))),
                OrderStatus.PENDING, CREATED);
        CheckoutResult result = new CheckoutResult(List.of(heldBeforeV7(order(customer, anOrderId(), CREATED)), legacy, texts),
                List.of(new OrderError(OrderGroup.legacy(0), 800065, "The offer \"X\" is not available.\nTry \\ later."),
                        new OrderError(OrderGroup.modern(3), 800002, "")));
        String cart = completedCart(customer, result);

        migrate();

        String document = checkoutResult(cart);
        assertThat(CheckoutResultDocument.read(document)).isEqualTo(result);
        assertThatCode(() -> JsonMapper.builder().build().readTree(document)).as("strict JSON").doesNotThrowAnyException();
    }

    /** The order with what the tables before {@code V7} held of it: no alternate id, symbol, transaction types, total, client, links or etag. */
    private static Order heldBeforeV7(Order order) {
        return new Order(order.id(), order.referenceCustomerId(), order.billingCycle(), order.currency(),
                order.lineItems().stream().map(line -> new OrderLineItem(line.lineItemNumber(), line.offerId(), line.termDuration(),
                        line.quantity(), line.friendlyName(), line.partnerIdOnRecord(), line.additionalPartnerIdsOnRecord(),
                        line.pricing(), line.subscriptionId())).toList(),
                order.status(), order.creationDate());
    }

    @Test
    void aCompletedCartThatOrderedNothingGetsAnEmptyResult() throws SQLException {
        String cart = completedCart(aCustomer(), new CheckoutResult(List.of(), List.of()));

        migrate();

        assertThat(CheckoutResultDocument.read(checkoutResult(cart))).isEqualTo(new CheckoutResult(List.of(), List.of()));
    }

    @Test
    void aCartNotCompletedGetsNoResult() throws SQLException {
        String cart = cartRow(aCustomer(), "PENDING");

        migrate();

        assertThat(checkoutResult(cart)).isNull();
    }

    @Test
    void theThreeTablesAreGone() throws SQLException {
        migrate();

        try (Connection connection = database.getConnection();
             PreparedStatement tables = connection.prepareStatement("""
                     select count(*) from information_schema.tables
                     where table_schema = ? and table_name like 'cart_checkout%'""")) {
            tables.setString(1, SCHEMA);
            try (ResultSet count = tables.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).isZero();
            }
        }
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database).schemas(SCHEMA).locations("classpath:db/migration").cleanDisabled(false);
    }

    private void migrate() {
        flyway().load().migrate();
    }

    private static Money money(String amount) {
        return Money.of(amount, "EUR");
    }

    private String cartRow(CustomerId customer, String state) throws SQLException {
        String cart = UUID.randomUUID().toString();
        boolean completed = state.equals("COMPLETED");
        update("""
                        insert into %s.carts (id, customer_id, partner_on_record_attestation_accepted, created_at,
                            last_modified_at, expires_at, checkout_state, checkout_request_id, checkout_started_at,
                            checkout_completed_at, version)
                        values (?, ?, false, ?, ?, ?, ?, ?, ?, ?, 3)""".formatted(SCHEMA),
                cart, customer.value(), at(CREATED), at(CREATED), at(CREATED.plusSeconds(604800)), state,
                UUID.randomUUID().toString(), at(CREATED), completed ? at(CREATED) : null);
        return cart;
    }

    /** A completed cart with its result in the three tables, as the store wrote it before V6. */
    private String completedCart(CustomerId customer, CheckoutResult result) throws SQLException {
        String cart = cartRow(customer, "COMPLETED");
        for (int index = 0; index < result.orders().size(); index++) {
            Order order = result.orders().get(index);
            update("""
                            insert into %s.cart_checkout_orders (cart_id, list_index, order_id, customer_id,
                                billing_cycle, currency, status, creation_date)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""".formatted(SCHEMA),
                    cart, index, order.id().value(), order.referenceCustomerId().value(), order.billingCycle().wireName(),
                    order.currency().map(CurrencyCode::value).orElse(null), order.status().wireName(), at(order.creationDate()));
            for (OrderLineItem line : order.lineItems()) {
                Optional<Pricing> pricing = line.pricing();
                update("""
                                insert into %s.cart_checkout_order_lines (cart_id, order_index, line_item_number,
                                    offer_id, term_duration, quantity, friendly_name, partner_id_on_record,
                                    additional_partner_ids_on_record, price_currency, list_price, discounted_price,
                                    prorated_price, price, extended_price, subscription_id)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(SCHEMA),
                        cart, index, line.lineItemNumber(), line.offerId().value(),
                        line.termDuration().map(TermDuration::value).orElse(null), line.quantity(),
                        line.friendlyName().orElse(null), line.partnerIdOnRecord().map(PartnerId::value).orElse(null),
                        line.additionalPartnerIdsOnRecord().isEmpty() ? null : line.additionalPartnerIdsOnRecord().stream()
                                .map(PartnerId::value).collect(Collectors.joining(",")),
                        pricing.map(price -> price.currency().value()).orElse(null),
                        amount(pricing.map(Pricing::listPrice)), amount(pricing.map(Pricing::discountedPrice)),
                        amount(pricing.map(Pricing::proratedPrice)), amount(pricing.map(Pricing::price)),
                        amount(pricing.map(Pricing::extendedPrice)),
                        line.subscriptionId().map(SubscriptionId::value).orElse(null));
            }
        }
        for (int index = 0; index < result.orderErrors().size(); index++) {
            OrderError error = result.orderErrors().get(index);
            update("""
                            insert into %s.cart_checkout_order_errors (cart_id, list_index, order_group, code, description)
                            values (?, ?, ?, ?, ?)""".formatted(SCHEMA),
                    cart, index, error.orderGroupId().value(), error.code(), error.description());
        }
        return cart;
    }

    private static BigDecimal amount(Optional<Money> money) {
        return money.map(Money::amount).orElse(null);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String checkoutResult(String cart) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select checkout_result from %s.carts where id = ?".formatted(SCHEMA))) {
            select.setString(1, cart);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                statement.setObject(index + 1, values[index]);
            }
            statement.executeUpdate();
        }
    }
}
