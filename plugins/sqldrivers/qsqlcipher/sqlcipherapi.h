// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QLoggingCategory>
#include <QString>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcNavQSqlCipher)

namespace Nav::SqlCipher {

// Every SQLite entry point the driver calls. They are resolved with dlsym() from a handle on
// libsqlcipher itself, never through the dynamic linker's global lookup: libsqlcipher and the
// system libsqlite3 export the same unversioned sqlite3_* names, and a plain SQLite in the global
// scope would otherwise silently receive our calls (PRAGMA key ignored, data written in clear).
#define NAV_SQLCIPHER_FUNCTIONS(X)                                                                 \
    X(libversion)                                                                                  \
    X(open_v2)                                                                                     \
    X(close_v2)                                                                                    \
    X(exec)                                                                                        \
    X(db_config)                                                                                   \
    X(errmsg)                                                                                      \
    X(errcode)                                                                                     \
    X(errstr)                                                                                      \
    X(busy_timeout)                                                                                \
    X(prepare_v2)                                                                                  \
    X(finalize)                                                                                    \
    X(reset)                                                                                       \
    X(clear_bindings)                                                                              \
    X(step)                                                                                        \
    X(bind_parameter_count)                                                                        \
    X(bind_null)                                                                                   \
    X(bind_int64)                                                                                  \
    X(bind_double)                                                                                 \
    X(bind_text)                                                                                   \
    X(bind_blob)                                                                                   \
    X(column_count)                                                                                \
    X(column_name)                                                                                 \
    X(column_decltype)                                                                             \
    X(column_type)                                                                                 \
    X(column_int64)                                                                                \
    X(column_double)                                                                               \
    X(column_text)                                                                                 \
    X(column_bytes)                                                                                \
    X(column_blob)                                                                                 \
    X(changes)                                                                                     \
    X(total_changes)                                                                               \
    X(last_insert_rowid)                                                                           \
    X(create_function_v2)                                                                          \
    X(aggregate_context)                                                                           \
    X(value_type)                                                                                  \
    X(value_int64)                                                                                 \
    X(value_blob)                                                                                  \
    X(value_bytes)                                                                                 \
    X(result_blob)                                                                                 \
    X(result_error_nomem)                                                                          \
    X(result_error_toobig)

struct SqlCipherApi
{
#define NAV_SQLCIPHER_DECLARE(name) decltype(&::sqlite3_##name) name = nullptr;
    NAV_SQLCIPHER_FUNCTIONS(NAV_SQLCIPHER_DECLARE)
#undef NAV_SQLCIPHER_DECLARE
    // Only present when the library was built with SQLITE_ENABLE_COLUMN_METADATA.
    decltype(&::sqlite3_column_table_name) column_table_name = nullptr;
};

struct SqlCipherLibrary
{
    bool isLoaded = false;
    // True when we loaded libsqlcipher ourselves with RTLD_DEEPBIND, so that its own internal
    // calls cannot be captured by another SQLite either.
    bool isIsolated = false;
    SqlCipherApi api;
    QString errorText;
    QString errorCode; // "library-missing" or "not-sqlcipher" when !isLoaded
};

// Loads libsqlcipher.so.0 once per process (thread-safe) and never unloads it.
const SqlCipherLibrary &sqlCipherLibrary();

// sqlite3_bind_text/blob destructor that makes SQLite copy the bytes.
sqlite3_destructor_type transientDestructor();

} // namespace Nav::SqlCipher
