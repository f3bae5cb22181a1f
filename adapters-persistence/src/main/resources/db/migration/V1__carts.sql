-- Carts, their lines, and their checkout: what Carts and CartClaims keep.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL 15.

create table carts (
    id                                     varchar(36)              not null,
    customer_id                            varchar(36)              not null,
    partner_on_record_attestation_accepted boolean                  not null,
    created_at                             timestamp with time zone not null,
    last_modified_at                       timestamp with time zone not null,
    expires_at                             timestamp with time zone not null,
    -- CheckoutState: NOT_STARTED (with the last refusal, if any), PENDING (with its attempt),
    -- COMPLETED (with its attempt, completion time and result: cart_checkout_orders, cart_checkout_order_errors)
    checkout_state                         varchar(16)              not null,
    checkout_request_id                    varchar(36),
    checkout_started_at                    timestamp with time zone,
    checkout_completed_at                  timestamp with time zone,
    refusal_request_id                     varchar(36),
    refusal_code                           varchar(200),
    refusal_description                    varchar,
    refused_at                             timestamp with time zone,
    -- the lease of CartClaims: who may call Partner Center about the cart, until when (not mapped by the entity)
    claimant                               varchar(200),
    claimed_until                          timestamp with time zone,
    -- optimistic lock of Carts.save
    version                                bigint                   not null,
    constraint carts_pk primary key (id),
    constraint carts_checkout_state_known check (checkout_state in ('NOT_STARTED', 'PENDING', 'COMPLETED')),
    constraint carts_checkout_attempt_present check (
        (checkout_state = 'NOT_STARTED' and checkout_request_id is null and checkout_started_at is null)
        or (checkout_state <> 'NOT_STARTED' and checkout_request_id is not null and checkout_started_at is not null)),
    constraint carts_checkout_completion_present check ((checkout_state = 'COMPLETED') = (checkout_completed_at is not null)),
    constraint carts_refusal_only_when_not_started check (refusal_request_id is null or checkout_state = 'NOT_STARTED'),
    constraint carts_claim_whole check ((claimant is null) = (claimed_until is null))
);

-- CartClaims.unclaimedPendingCheckouts: the pending carts, oldest pending first
create index carts_by_checkout_state on carts (checkout_state, checkout_started_at, id);

create table cart_line_items (
    cart_id                 varchar(36)    not null,
    line_id                 integer        not null,
    catalog_item_id         varchar(200)   not null,
    quantity                integer        not null,
    billing_cycle           varchar(16)    not null,
    term_duration           varchar(16),
    friendly_name           varchar,
    custom_term_end_date    date,
    promotion_id            varchar(200),
    renews_to_term_duration varchar(16),
    attestation_accepted    boolean        not null,
    order_group             varchar(32)    not null,
    currency                varchar(3),
    -- Pricing, all in one currency; all null when Partner Center gave no price
    price_currency          varchar(3),
    list_price              numeric(38, 10),
    discounted_price        numeric(38, 10),
    prorated_price          numeric(38, 10),
    price                   numeric(38, 10),
    extended_price          numeric(38, 10),
    -- CartError: its code, description and details (cart_line_error_details); all null without an error
    error_code              integer,
    error_description       varchar,
    constraint cart_line_items_pk primary key (cart_id, line_id),
    constraint cart_line_items_cart_fk foreign key (cart_id) references carts (id) on delete cascade,
    constraint cart_line_items_quantity_positive check (quantity >= 1),
    constraint cart_line_items_pricing_whole check (
        (price_currency is null and list_price is null and discounted_price is null and prorated_price is null
            and price is null and extended_price is null)
        or (price_currency is not null and list_price is not null and discounted_price is not null
            and prorated_price is not null and price is not null and extended_price is not null))
);

create table cart_line_participants (
    cart_id           varchar(36)  not null,
    line_id           integer      not null,
    list_index        integer      not null,
    participant_role  varchar(64)  not null,
    participant_value varchar(200) not null,
    constraint cart_line_participants_pk primary key (cart_id, line_id, list_index),
    constraint cart_line_participants_line_fk foreign key (cart_id, line_id)
        references cart_line_items (cart_id, line_id) on delete cascade
);

create table cart_line_provisioning_context (
    cart_id     varchar(36)  not null,
    line_id     integer      not null,
    list_index  integer      not null,
    entry_name  varchar(200) not null,
    entry_value varchar      not null,
    constraint cart_line_provisioning_context_pk primary key (cart_id, line_id, list_index),
    constraint cart_line_provisioning_context_line_fk foreign key (cart_id, line_id)
        references cart_line_items (cart_id, line_id) on delete cascade
);

create table cart_line_error_details (
    cart_id      varchar(36)  not null,
    line_id      integer      not null,
    detail_name  varchar(200) not null,
    detail_value varchar      not null,
    constraint cart_line_error_details_pk primary key (cart_id, line_id, detail_name),
    constraint cart_line_error_details_line_fk foreign key (cart_id, line_id)
        references cart_line_items (cart_id, line_id) on delete cascade
);

-- The result of a completed checkout, as it was recorded: a snapshot, kept apart from the
-- order history (orders), whose statuses and subscription ids are refreshed later.
create table cart_checkout_orders (
    cart_id       varchar(36)              not null,
    list_index    integer                  not null,
    order_id      varchar(64)              not null,
    customer_id   varchar(36)              not null,
    billing_cycle varchar(16)              not null,
    currency      varchar(3),
    status        varchar(32)              not null,
    creation_date timestamp with time zone not null,
    constraint cart_checkout_orders_pk primary key (cart_id, list_index),
    constraint cart_checkout_orders_cart_fk foreign key (cart_id) references carts (id) on delete cascade
);

create table cart_checkout_order_lines (
    cart_id                          varchar(36)  not null,
    order_index                      integer      not null,
    line_item_number                 integer      not null,
    offer_id                         varchar(200) not null,
    term_duration                    varchar(16),
    quantity                         integer      not null,
    friendly_name                    varchar,
    partner_id_on_record             varchar(10),
    -- PartnerIds (digits only), comma-separated, in order
    additional_partner_ids_on_record varchar(1000),
    price_currency                   varchar(3),
    list_price                       numeric(38, 10),
    discounted_price                 numeric(38, 10),
    prorated_price                   numeric(38, 10),
    price                            numeric(38, 10),
    extended_price                   numeric(38, 10),
    subscription_id                  varchar(36),
    constraint cart_checkout_order_lines_pk primary key (cart_id, order_index, line_item_number),
    constraint cart_checkout_order_lines_order_fk foreign key (cart_id, order_index)
        references cart_checkout_orders (cart_id, list_index) on delete cascade
);

create table cart_checkout_order_errors (
    cart_id     varchar(36) not null,
    list_index  integer     not null,
    order_group varchar(32) not null,
    code        integer     not null,
    description varchar     not null,
    constraint cart_checkout_order_errors_pk primary key (cart_id, list_index),
    constraint cart_checkout_order_errors_cart_fk foreign key (cart_id) references carts (id) on delete cascade
);
