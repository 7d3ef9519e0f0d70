-- Which process instance serves which record (issue 12, engine boundary). Written once by our code when an
-- instance starts (ProcessBindingListener, after the model's own start listener registered the record), read by
-- delegates and listeners instead of caller-writable process variables, ended when the instance ends.
-- Owned by boundary.ProcessBindings.
create table process_binding (
    process_instance_id  varchar(64)  primary key,
    process_key          varchar(100) not null,
    -- e.g. claim, batch, enrollment, agreement, invoice, budget-evaluation
    record_kind          varchar(40)  not null,
    record_id            varchar(100) not null,
    regency_code         varchar(4)   not null,
    -- record_id while the instance runs, null once it ended: one running instance per record
    -- (NULLs do not collide, on PostgreSQL and H2 alike).
    active_record_id     varchar(100),
    bound_at             timestamp    not null,
    ended_at             timestamp,
    constraint process_binding_one_active unique (record_kind, active_record_id)
);

create index process_binding_record on process_binding (record_kind, record_id);
