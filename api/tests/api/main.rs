//! The API's tests, one binary (zero2prod's layout): each module one area,
//! `helpers` the shared harness — the real router on a fresh database
//! (a temporary SQLite file, or a new database on the PostgreSQL cluster
//! that `PORTAL_TEST_POSTGRES` names), signed-in demo users, a local SMTP
//! relay. `scripts/test.sh` runs it on SQLite and again on PostgreSQL; the
//! timing comparison runs alone afterwards (`enumeration_timing::`), and the
//! PostgreSQL outage, ignored otherwise, alone at the end of the PostgreSQL
//! run (`database_outage:: -- --ignored`).

mod accounts;
mod answer_files;
mod appointments;
mod attachments_quota;
mod cabinet;
mod card_payments;
mod catalogue;
mod complaints;
mod crash_durability;
mod database_outage;
mod demo_catalogue;
mod draft_answers;
mod drafts_purge;
mod enumeration_timing;
mod forms;
mod helpers;
mod identifier;
mod local_dates;
mod mail_delivery;
mod mailed_links;
mod orders;
mod security;
mod slow_clients;
mod submission;
mod two_instances;
