-- Who last created, updated or checked out a cart (Partner Center's lastModifiedUser); unknown
-- for the carts kept before.
alter table carts add column last_modified_user varchar(200);

-- A checkout that left failed order groups can be checked out again, to re-attempt them. While
-- that re-attempt is pending, checkout_result keeps what the earlier checkouts made; it is
-- rewritten with the merged result when the re-attempt completes. A first checkout, pending,
-- has none yet.
alter table carts drop constraint carts_checkout_result_when_completed;
alter table carts add constraint carts_checkout_result_after_a_checkout check (
    (checkout_state = 'NOT_STARTED' and checkout_result is null)
    or checkout_state = 'PENDING'
    or (checkout_state = 'COMPLETED' and checkout_result is not null));
