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
    };
}

} // namespace Nav::Storage
