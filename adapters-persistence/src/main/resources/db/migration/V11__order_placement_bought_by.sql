-- The indirect reseller that placed a direct order with its own token (null for the partner's systems): the
-- order is kept as bought by it, and counted against its purchase caps, whoever completes the placement.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL 15.

alter table order_placements add column bought_by varchar(20);
