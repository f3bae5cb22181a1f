-- The audit of every purchase: who started each checkout, with which request id, and how it ended.
-- Append-only: rows are inserted in the unit of work that makes the step, never updated.

create table purchase_events (
    id          varchar(36)              not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(255)             not null,
    customer_id varchar(36)              not null,
    cart_id     varchar(36)              not null,
    request_id  varchar(36)              not null,
    kind        varchar(20)              not null,
    detail      varchar(2000)            not null,
    constraint purchase_events_pk primary key (id),
    constraint purchase_events_kind check (kind in ('CHECKOUT_STARTED', 'ORDERED', 'REFUSED', 'STILL_PENDING'))
);

-- PurchaseAudit.ofCart
create index purchase_events_by_cart on purchase_events (cart_id, occurred_at);
