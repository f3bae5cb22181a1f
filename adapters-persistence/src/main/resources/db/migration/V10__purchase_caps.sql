-- Purchase caps count what an indirect reseller bought with its own token in a rolling window.
-- An order remembers that reseller's PartnerId (null for the partner's own purchases and for the
-- orders Partner Center lists), and a cart remembers it from the moment its checkout starts, so
-- that a checkout completed later by recovery is still counted against the reseller.
alter table orders add column bought_by varchar(10);
alter table carts add column checkout_reseller varchar(10);

-- Orders.purchasedSince for a reseller; a customer's orders by date are on orders_newest_first.
create index orders_bought_by on orders (bought_by, creation_date);

-- A checkout refused by a purchase cap, before anything was sent to Partner Center.
alter table purchase_events drop constraint purchase_events_kind;
alter table purchase_events add constraint purchase_events_kind
    check (kind in ('CHECKOUT_STARTED', 'ORDER_STARTED', 'ORDERED', 'REFUSED', 'STILL_PENDING', 'CAP_EXCEEDED'));
