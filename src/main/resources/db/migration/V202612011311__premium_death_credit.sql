-- A member who died is not billed for the months after death (issue 17). An UNPAID invoice of such a month loses the
-- member; a PAID one keeps its history and gets a credit row here: the premium paid for that member that month is
-- owed back to the payer (lebih bayar), shown with the invoice.
create table premium_invoice_credit (
    invoice_number     varchar(40)  not null,
    membership_number  varchar(11)  not null,
    amount             bigint       not null,
    -- DIED
    reason             varchar(20)  not null,
    created_at         timestamp with time zone not null,
    primary key (invoice_number, membership_number)
);
