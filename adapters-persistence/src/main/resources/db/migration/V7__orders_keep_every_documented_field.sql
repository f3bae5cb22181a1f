-- Every field Partner Center documents for an order and its lines is kept, so that it is served as
-- Partner Center gave it; and a customer's orders are read by billing cycle type.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL 15. Orders kept before have none of these:
-- they stay null until Partner Center is read again and says something new of the order.

alter table orders add column alternate_id varchar(64);
alter table orders add column currency_symbol varchar(16);
-- UserPurchase, SystemPurchase, SystemBilling
alter table orders add column transaction_type varchar(32);
-- in the order's currency
alter table orders add column total_price numeric(38, 10);
alter table orders add column partner_on_record_attestation_accepted boolean;
-- the client it was placed from, as a JSON object of text properties (undocumented; {} in the samples)
alter table orders add column client varchar;
-- its links (self, provisioningStatus, patchOperation) as one JSON object, each {uri, method, headers}
alter table orders add column links varchar;
-- Partner Center's attributes.etag
alter table orders add column etag varchar(1000);

alter table orders add constraint orders_total_price_in_its_currency check (total_price is null or currency is not null);

-- New, Renew, AddQuantity, RemoveQuantity, Cancel, Convert, CustomerCredit
alter table order_line_items add column transaction_type varchar(32);
-- what else it was bought with (renewsTo, promotionId, customTermEndDate, provisioningContext, attestationAccepted,
-- parentSubscriptionId) as one JSON object
alter table order_line_items add column purchase_options varchar;
-- its links (product, sku, availability, subscription, provisioningStatus, activationLinks) as one JSON object
alter table order_line_items add column links varchar;

-- Orders.page by billing type: a customer's orders of one billing cycle newest first, read by keyset
create index orders_by_billing_cycle on orders (customer_id, billing_cycle, creation_date desc, id desc);
