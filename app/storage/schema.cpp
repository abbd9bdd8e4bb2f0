// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/schema.h"

#include <algorithm>
#include <utility>

namespace Nav::Storage {

namespace {

// Statements that turn the text columns of `table` into JSON string contents (SQLite 3.15 has
// no JSON1): backslash and quote escaped, control characters as \n, \r, \t or \u00XX. A few
// replace() calls per statement: SQLite 3.15's parser overflows on about 30 nested calls.
QStringList jsonEscapeSql(const QString &table, const QStringList &columns)
{
    QList<std::pair<QString, QString>> replacements{
        {QStringLiteral("'\\'"), QStringLiteral("'\\\\'")},
        {QStringLiteral("'\"'"), QStringLiteral("'\\\"'")}};
    for (int c = 1; c < 0x20; ++c) {
        QString escaped;
        switch (c) {
        case '\n': escaped = QStringLiteral("\\n"); break;
        case '\r': escaped = QStringLiteral("\\r"); break;
        case '\t': escaped = QStringLiteral("\\t"); break;
        default: escaped = QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0')); break;
        }
        replacements.append(
            {QStringLiteral("char(%1)").arg(c), QLatin1Char('\'') + escaped + QLatin1Char('\'')});
    }
    constexpr int perStatement = 8;
    QStringList statements;
    for (qsizetype first = 0; first < replacements.size(); first += perStatement) {
        QStringList sets;
        for (const QString &column : columns) {
            QString e = column;
            for (qsizetype i = first; i < std::min(first + perStatement, replacements.size()); ++i)
                e = QStringLiteral("replace(%1, %2, %3)")
                        .arg(e, replacements.at(i).first, replacements.at(i).second);
            sets.append(column + QStringLiteral(" = ") + e);
        }
        statements.append(
            QStringLiteral("UPDATE %1 SET %2").arg(table, sets.join(QStringLiteral(", "))));
    }
    return statements;
}

} // namespace

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
        {4,
         QStringLiteral("sync"),
         {
             // What the sync client remembers between runs: the directory feed cursor (the
             // seq of the last page applied, written in the same transaction as the page),
             // the server it belongs to, the time of the last successful pull.
             QStringLiteral("CREATE TABLE sync_state ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             // What still has to reach the server (Storage::Outbox): one item per record,
             // written in the same transaction as the record.
             QStringLiteral("CREATE TABLE outbox ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " generation INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " record_key TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " path TEXT NOT NULL,"
                            " body BLOB NOT NULL,"
                            " if_match TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL,"
                            " next_attempt_at TEXT NOT NULL,"
                            " last_status INTEGER NOT NULL,"
                            " last_error TEXT NOT NULL,"
                            " held INTEGER NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX outbox_by_record ON outbox(kind, record_key)"),
             QStringLiteral("CREATE INDEX outbox_due ON outbox(held, next_attempt_at)"),
             // Revisions the server wants increasing, per record; kept after sending.
             // Follow-ups and surveys get the UUID the server knows them by (rows from
             // before get one when first sent).
             QStringLiteral("ALTER TABLE followup ADD COLUMN uuid TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX followup_by_uuid ON followup(uuid)"),
             QStringLiteral("ALTER TABLE survey ADD COLUMN uuid TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX survey_by_uuid ON survey(uuid)"),
             QStringLiteral("CREATE TABLE outbox_revision ("
                            " kind TEXT NOT NULL,"
                            " record_key TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " PRIMARY KEY (kind, record_key))"),
         }},
        {5,
         QStringLiteral("directory import speed"),
         {
             // Nothing looks codes up by (kind, code): search loads them all into memory once.
             // The index cost a B-tree insert per code (half a million per provincial import).
             QStringLiteral("DROP INDEX IF EXISTS dir_service_code_by_code"),
         }},
        {6,
         QStringLiteral("data-quality flags to the server"),
         // dir_flag.id is already the flag's UUID (the server's id for it): no column to add.
         // Flags now reach the server through the outbox, queued with the flag
         // (DirectoryStore::addFlag); those reported before are queued here, once, with the
         // item addFlag writes: PUT /api/v1/flags/<uuid> {"note", "reason", "service_id"}. The
         // JSON is built in a temporary table (in memory: TEMP_STORE=2), dropped at the end.
         QStringList{QStringLiteral("CREATE TEMP TABLE flag_to_queue ("
                                    " id TEXT PRIMARY KEY, created_at TEXT NOT NULL,"
                                    " service_id TEXT NOT NULL, reason TEXT NOT NULL,"
                                    " note TEXT NOT NULL)"),
                     QStringLiteral("INSERT INTO temp.flag_to_queue"
                                    " SELECT lower(f.id), f.created_at, f.service_id, f.reason,"
                                    " coalesce(f.note, '') FROM dir_flag f"
                                    " WHERE f.synced_at IS NULL AND NOT EXISTS (SELECT 1"
                                    " FROM outbox o WHERE o.kind = 'flag'"
                                    " AND o.record_key = lower(f.id))")}
             + jsonEscapeSql(QStringLiteral("temp.flag_to_queue"),
                             {QStringLiteral("service_id"), QStringLiteral("reason"),
                              QStringLiteral("note")})
             + QStringList{
                 QStringLiteral(
                     "INSERT INTO outbox (generation, kind, record_key, method, path, body,"
                     " if_match, created_at, attempts, next_attempt_at, last_status, last_error,"
                     " held)"
                     " SELECT 1, 'flag', f.id, 'PUT', '/api/v1/flags/' || f.id,"
                     " CAST('{\"note\":\"' || f.note || '\",\"reason\":\"' || f.reason"
                     " || '\",\"service_id\":\"' || f.service_id || '\"}' AS BLOB), '',"
                     " coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', f.created_at), t.at), 0, t.at,"
                     " 0, '', 0"
                     " FROM temp.flag_to_queue f,"
                     " (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at) t"
                     " ORDER BY f.created_at"),
                 QStringLiteral("DROP TABLE temp.flag_to_queue"),
             }},
    };
}

} // namespace Nav::Storage
