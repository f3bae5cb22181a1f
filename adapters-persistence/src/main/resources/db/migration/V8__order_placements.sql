-- Direct orders being placed, what OrderPlacements keeps: each under the MS-RequestId Partner Center sees,
-- from before Partner Center is called until it has placed or refused the order; and the audit of their steps.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL 15.

create table order_placements (
    request_id          varchar(36)              not null,
    customer_id         varchar(36)              not null,
    -- the order as validated, sent the same on every attempt (OrderRequestDocument): written once, read whole
    order_request       varchar                  not null,
    started_at          timestamp with time zone not null,
    -- PlacementState: PENDING; PLACED, with the order's id; REFUSED, with Partner Center's code (if it gave one) and text
    state               varchar(16)              not null,
    order_id            varchar(64),
    refusal_code        varchar(200),
    refusal_description varchar,
    ended_at            timestamp with time zone,
    -- the lease of OrderPlacements.claim: who may call Partner Center about the order, until when (not mapped by the entity)
    claimant            varchar(200),
    claimed_until       timestamp with time zone,
    constraint order_placements_pk primary key (request_id),
    constraint order_placements_state_known check (state in ('PENDING', 'PLACED', 'REFUSED')),
    constraint order_placements_ended_unless_pending check ((state = 'PENDING') = (ended_at is null)),
    constraint order_placements_order_when_placed check ((state = 'PLACED') = (order_id is not null)),
    constraint order_placements_refusal_when_refused check ((state = 'REFUSED') = (refusal_description is not null)),
    constraint order_placements_refusal_code_when_refused check (refusal_code is null or state = 'REFUSED'),
    constraint order_placements_claim_whole check ((claimant is null) = (claimed_until is null))
);

-- OrderPlacements.unclaimedPending: the pending placements, oldest first
create index order_placements_by_state on order_placements (state, started_at, request_id);

-- The purchase audit keeps the steps of direct orders too: they have no cart, and are found by their request id.
alter table purchase_events alter column cart_id drop not null;

alter table purchase_events drop constraint purchase_events_kind;

alter table purchase_events add constraint purchase_events_kind
    check (kind in ('CHECKOUT_STARTED', 'ORDER_STARTED', 'ORDERED', 'REFUSED', 'STILL_PENDING'));

-- PurchaseAudit.ofRequest
create index purchase_events_by_request on purchase_events (request_id, seq);
