-- Grows the order history for benchmarks/run.sh (the growth benchmark), in the tables the service's
-- Flyway migrations made (adapters-persistence/src/main/resources/db/migration/V2__orders.sql).
-- psql variables: customer (the customer under test), from, upto (order numbers to add, inclusive).
-- Adds orders from..upto to the customer under test, and as many for 1000 other customers; every
-- order is completed (so GET .../orders/{id} is answered from the history alone), has two lines,
-- and is 37 s older than the one before (newest first = lowest number first).
\set ON_ERROR_STOP on

insert into orders (id, customer_id, billing_cycle, currency, status, creation_date)
select 'g' || lpad(n::text, 11, '0'), :'customer', 'monthly', 'USD', 'completed',
       timestamptz '2026-06-01 00:00:00+00' - n * interval '37 seconds'
from generate_series(:from, :upto) n;

insert into orders (id, customer_id, billing_cycle, currency, status, creation_date)
select 'h' || lpad(n::text, 11, '0'), md5('other-customer-' || (n % 1000))::uuid::text, 'monthly', 'USD', 'completed',
       timestamptz '2026-06-01 00:00:00+00' - n * interval '37 seconds'
from generate_series(:from, :upto) n;

insert into order_line_items (order_id, line_item_number, offer_id, term_duration, quantity, friendly_name,
                              partner_id_on_record, additional_partner_ids_on_record, price_currency, list_price,
                              discounted_price, prorated_price, price, extended_price, subscription_id)
select prefix || lpad(n::text, 11, '0'), l,
       case l when 0 then 'CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS' else 'CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5' end,
       case l when 0 then 'P1M' else 'P1Y' end,
       1 + n % 50,
       case l when 0 then 'Microsoft 365 E5' else 'Office 365 E5 without Audio Conferencing' end,
       null, null, 'USD',
       case l when 0 then 68.40 else 30.40 end, case l when 0 then 68.40 else 30.40 end,
       case l when 0 then 68.40 else 30.40 end, case l when 0 then 68.40 else 30.40 end,
       (case l when 0 then 68.40 else 364.80 end) * (1 + n % 50),
       md5(prefix || n || '-' || l)::uuid::text
from generate_series(:from, :upto) n, generate_series(0, 1) l, (values ('g'), ('h')) p(prefix);
