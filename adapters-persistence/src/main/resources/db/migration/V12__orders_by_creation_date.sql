-- The orders of a billing period across every customer, oldest first, in keyset pages: what reconciling an
-- invoice reads to find the orders no line charges (Orders.createdBetween).
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL 15.

create index orders_by_creation_date on orders (creation_date, id);
