-- A completed checkout's result is one JSON document on the cart's row, written once when the
-- checkout is recorded (CheckoutResultDocument), instead of rows of three tables that only the
-- cart itself read back. Its orders are also in the history (orders), where their statuses move
-- on; this is the result as it was recorded, which a repeated checkout answers.
-- varchar without a length: unbounded text in PostgreSQL, the longest character string H2 allows.

alter table carts add column checkout_result varchar;

-- The results recorded before are rewritten here as documents of the same shape, in SQL that H2
-- and PostgreSQL both run (PostgreSQL 15 has no SQL/JSON constructors, hence strings). Only
-- completed carts have result rows: the store wrote them for COMPLETED only. Every string but two
-- has a form the domain checks on the way in (letters, digits, '-', '_' and ':'), with nothing to
-- escape in JSON; the free texts, an order line's friendly name and an order error's description,
-- are escaped here: backslash, quote, and the control characters text holds (line feed, carriage
-- return, tab). The reader accepts any other control character as it stands.

update cart_checkout_order_lines
set friendly_name = replace(replace(replace(replace(replace(
        friendly_name, '\', '\\'), '"', '\"'), chr(10), '\n'), chr(13), '\r'), chr(9), '\t')
where friendly_name is not null;

update cart_checkout_order_errors
set description = replace(replace(replace(replace(replace(
        description, '\', '\\'), '"', '\"'), chr(10), '\n'), chr(13), '\r'), chr(9), '\t');

-- each order with its lines, in the order's row first
alter table cart_checkout_orders add column document varchar;

update cart_checkout_orders o
set document = '{"id":"' || o.order_id
    || '","referenceCustomerId":"' || o.customer_id
    || '","billingCycle":"' || o.billing_cycle
    || '","currency":' || coalesce('"' || o.currency || '"', 'null')
    || ',"status":"' || o.status
    || '","creationDate":"' || to_char(o.creation_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.FF6"Z"')
    || '","lineItems":[' || coalesce((
        select string_agg('{"lineItemNumber":' || cast(l.line_item_number as varchar)
                || ',"offerId":"' || l.offer_id
                || '","termDuration":' || coalesce('"' || l.term_duration || '"', 'null')
                || ',"quantity":' || cast(l.quantity as varchar)
                || ',"friendlyName":' || coalesce('"' || l.friendly_name || '"', 'null')
                || ',"partnerIdOnRecord":' || coalesce('"' || l.partner_id_on_record || '"', 'null')
                -- comma-separated PartnerIds (digits) become a list of strings
                || ',"additionalPartnerIdsOnRecord":['
                || coalesce('"' || replace(l.additional_partner_ids_on_record, ',', '","') || '"', '')
                || '],"pricing":' || case when l.price_currency is null then 'null'
                    else '{"currency":"' || l.price_currency
                        || '","listPrice":' || cast(l.list_price as varchar)
                        || ',"discountedPrice":' || cast(l.discounted_price as varchar)
                        || ',"proratedPrice":' || cast(l.prorated_price as varchar)
                        || ',"price":' || cast(l.price as varchar)
                        || ',"extendedPrice":' || cast(l.extended_price as varchar) || '}' end
                || ',"subscriptionId":' || coalesce('"' || l.subscription_id || '"', 'null')
                || '}', ',' order by l.line_item_number)
        from cart_checkout_order_lines l
        where l.cart_id = o.cart_id and l.order_index = o.list_index), '')
    || ']}';

-- then each completed cart's result: its orders and its order errors, in the order recorded
update carts
set checkout_result = '{"orders":[' || coalesce((
        select string_agg(o.document, ',' order by o.list_index)
        from cart_checkout_orders o
        where o.cart_id = carts.id), '')
    || '],"orderErrors":[' || coalesce((
        select string_agg('{"orderGroup":"' || e.order_group
                || '","code":' || cast(e.code as varchar)
                || ',"description":"' || e.description || '"}', ',' order by e.list_index)
        from cart_checkout_order_errors e
        where e.cart_id = carts.id), '')
    || ']}'
where checkout_state = 'COMPLETED';

alter table carts add constraint carts_checkout_result_when_completed
    check ((checkout_state = 'COMPLETED') = (checkout_result is not null));

drop table cart_checkout_order_lines;
drop table cart_checkout_order_errors;
drop table cart_checkout_orders;
