// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/schema.h"

namespace Nav::Storage {

QList<Migration> workstationMigrations()
{
    return {
        {1,
         QStringLiteral("profile metadata"),
         {QStringLiteral("CREATE TABLE meta ("
                         " key TEXT PRIMARY KEY,"
                         " value TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL)")}},
        {2,
         QStringLiteral("resource directory"),
         {
             // One row per service: filter columns, and the whole record as one document.
             QStringLiteral("CREATE TABLE dir_service ("
                            " rowid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " source TEXT NOT NULL,"
                            " organization_id TEXT,"
                            " status TEXT NOT NULL,"
                            " min_age INTEGER, max_age INTEGER,"
                            " free INTEGER NOT NULL DEFAULT 0,"
                            " last_verified TEXT,"
                            " content_hash BLOB NOT NULL,"
                            " doc BLOB NOT NULL,"
                            " hours BLOB,"
                            " imported_at TEXT NOT NULL,"
                            " retired_at TEXT)"),
             QStringLiteral("CREATE INDEX dir_service_source ON dir_service(source, status)"),
             // Codes a service is filtered by: lang (ISO 639), tax (taxonomy), access.
             QStringLiteral("CREATE TABLE dir_service_code ("
                            " service_rowid INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " code TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX dir_service_code_by_code ON dir_service_code(kind, code)"),
             QStringLiteral("CREATE INDEX dir_service_code_by_service ON dir_service_code(service_rowid)"),
             // Where a service is delivered, for distance; dir_geo indexes the coordinates.
             QStringLiteral("CREATE TABLE dir_site ("
                            " rowid INTEGER PRIMARY KEY,"
                            " service_rowid INTEGER NOT NULL,"
                            " location_id TEXT NOT NULL,"
                            " latitude REAL NOT NULL, longitude REAL NOT NULL,"
                            " confidential INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX dir_site_by_service ON dir_site(service_rowid)"),
             QStringLiteral("CREATE VIRTUAL TABLE dir_geo USING rtree(id, min_lat, max_lat, "
                            "min_lon, max_lon)"),
             // Full text in each language, stemmed by its own Snowball stemmer; docid = rowid.
             QStringLiteral("CREATE VIRTUAL TABLE dir_fts_en USING fts4(name, organization, "
                            "taxonomy, keywords, description, tokenize=navstem english)"),
             QStringLiteral("CREATE VIRTUAL TABLE dir_fts_fr USING fts4(name, organization, "
                            "taxonomy, keywords, description, tokenize=navstem french)"),
             QStringLiteral("CREATE VIRTUAL TABLE dir_fts_en_terms USING fts4aux(dir_fts_en)"),
             QStringLiteral("CREATE VIRTUAL TABLE dir_fts_fr_terms USING fts4aux(dir_fts_fr)"),
             QStringLiteral("CREATE TABLE dir_taxonomy ("
                            " code TEXT PRIMARY KEY,"
                            " name_en TEXT, name_fr TEXT)"),
             // Municipalities and postal-code prefixes, for "near".
             QStringLiteral("CREATE TABLE dir_place ("
                            " rowid INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " folded TEXT NOT NULL,"
                            " province TEXT,"
                            " kind TEXT NOT NULL,"
                            " latitude REAL NOT NULL, longitude REAL NOT NULL)"),
             QStringLiteral("CREATE INDEX dir_place_by_name ON dir_place(folded)"),
             // "Report a problem with this record": kept until synced to the data team.
             QStringLiteral("CREATE TABLE dir_flag ("
                            " id TEXT PRIMARY KEY,"
                            " service_id TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " note TEXT,"
                            " created_at TEXT NOT NULL,"
                            " synced_at TEXT)"),
             QStringLiteral("CREATE TABLE dir_import ("
                            " rowid INTEGER PRIMARY KEY,"
                            " source TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL,"
                            " added INTEGER, updated INTEGER, unchanged INTEGER,"
                            " retired INTEGER, quarantined INTEGER)"),
         }},
        {3,
         QStringLiteral("contact records"),
         {
             // One row per contact: the columns lists, search and reports filter on, and the
             // whole record (Core::toJson, compact UTF-8) as one document. Times are UTC ISO
             // with milliseconds so they sort as text.
             QStringLiteral("CREATE TABLE contact ("
                            " id INTEGER PRIMARY KEY,"
                            " uuid TEXT NOT NULL UNIQUE,"
                            " navigator TEXT NOT NULL DEFAULT '',"
                            " channel TEXT NOT NULL,"
                            " direction TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " ended_at TEXT,"
                            " disposition TEXT NOT NULL,"
                            " phone_e164 TEXT,"
                            " first_need TEXT,"
                            " crisis INTEGER NOT NULL DEFAULT 0,"
                            " closed_at TEXT,"
                            " linked_contact_id INTEGER REFERENCES contact(id),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " doc BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX contact_by_start ON contact(started_at)"),
             QStringLiteral("CREATE INDEX contact_by_navigator_start ON contact(navigator, "
                            "started_at)"),
             QStringLiteral("CREATE INDEX contact_by_phone_start ON contact(phone_e164, "
                            "started_at)"),
             QStringLiteral("CREATE INDEX contact_by_disposition_start ON contact(disposition, "
                            "started_at)"),
             // Follow-ups agreed to at wrap-up (consent yes only); attempts live in the doc.
             QStringLiteral("CREATE TABLE followup ("
                            " id INTEGER PRIMARY KEY,"
                            " contact_id INTEGER NOT NULL REFERENCES contact(id),"
                            " status TEXT NOT NULL,"
                            " due_date TEXT,"
                            " assignee TEXT NOT NULL,"
                            " navigator TEXT NOT NULL DEFAULT '',"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " new_contact_id INTEGER REFERENCES contact(id),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " closed_at TEXT,"
                            " doc BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX followup_by_status_due ON followup(status, due_date)"),
             QStringLiteral("CREATE INDEX followup_by_contact ON followup(contact_id)"),
             // Satisfaction surveys, asked at the end of a contact or at a follow-up.
             QStringLiteral("CREATE TABLE survey ("
                            " id INTEGER PRIMARY KEY,"
                            " contact_id INTEGER REFERENCES contact(id),"
                            " followup_id INTEGER REFERENCES followup(id),"
                            " channel TEXT NOT NULL,"
                            " asked INTEGER NOT NULL,"
                            " consent INTEGER NOT NULL,"
                            " satisfaction TEXT NOT NULL,"
                            " would_contact_again TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " doc BLOB NOT NULL,"
                            " CHECK ((contact_id IS NULL) <> (followup_id IS NULL)))"),
             QStringLiteral("CREATE UNIQUE INDEX survey_by_contact ON survey(contact_id)"),
             QStringLiteral("CREATE UNIQUE INDEX survey_by_followup ON survey(followup_id)"),
             QStringLiteral("CREATE INDEX survey_by_at ON survey(at)"),
             // Forms being typed: the payload is the form's own bytes, kept exactly.
             QStringLiteral("CREATE TABLE draft ("
                            " id TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL,"
                            " payload BLOB NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             // Who changed which record and which fields (names only, never values).
             QStringLiteral("CREATE TABLE audit ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " record_kind TEXT NOT NULL,"
                            " record_id TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " fields TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_by_record ON audit(record_id, id)"),
             // Append-only: the database itself refuses to rewrite or erase history.
             QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                            " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                            " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         }},
    };
}

} // namespace Nav::Storage
