-- The order history Orders keeps: one row per order, one per order line.

create table orders (
    id            varchar(64)              not null,
    customer_id   varchar(36)              not null,
    billing_cycle varchar(16)              not null,
    currency      varchar(3),
    status        varchar(32)              not null,
    creation_date timestamp with time zone not null,
    constraint orders_pk primary key (id)
);

-- Orders.page: a customer's orders newest first, by (creation date, id), read by keyset
create index orders_newest_first on orders (customer_id, creation_date desc, id desc);

create table order_line_items (
    order_id                         varchar(64)  not null,
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
    constraint order_line_items_pk primary key (order_id, line_item_number),
    constraint order_line_items_order_fk foreign key (order_id) references orders (id) on delete cascade
);
