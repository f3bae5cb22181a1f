-- The idempotency keys callers sent, per caller, with the answer once there is one.

create table idempotency_keys (
    caller                varchar(255)             not null,
    idempotency_key       varchar(255)             not null,
    fingerprint           varchar(200)             not null,
    claimed_at            timestamp with time zone not null,
    -- the stored answer: all null until the request is answered
    response_status       integer,
    response_content_type varchar(200),
    response_body         varchar,
    -- IdempotencyRecords.claim inserts relying on this key: one claim per caller and key, on any instance
    constraint idempotency_keys_pk primary key (caller, idempotency_key),
    constraint idempotency_keys_response_whole check (
        (response_status is null) = (response_content_type is null) and (response_status is null) = (response_body is null))
);

-- IdempotencyRecords.forgetClaimedBefore
create index idempotency_keys_by_claimed_at on idempotency_keys (claimed_at);
