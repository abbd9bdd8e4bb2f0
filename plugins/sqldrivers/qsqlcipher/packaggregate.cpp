// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "packaggregate.h"

#include "sqlcipherapi.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace Nav::SqlCipher {

namespace {

// Zeroed by sqlite3_aggregate_context() on the first row.
struct Pack
{
    char *data;
    std::size_t size;
    std::size_t capacity;
    bool failed;
};

// The process's one API table (sqlCipherLibrary()), kept at registration: asking the
// thread-safe singleton for it on every row cost more than packing the row.
std::atomic<const SqlCipherApi *> g_api{nullptr};

const SqlCipherApi &api()
{
    return *g_api.load(std::memory_order_relaxed);
}

bool reserve(Pack &pack, std::size_t more)
{
    constexpr std::size_t kLimit = std::size_t(std::numeric_limits<int>::max());
    if (more > kLimit - pack.size)
        return false;
    const std::size_t wanted = pack.size + more;
    if (wanted <= pack.capacity)
        return true;
    std::size_t capacity = pack.capacity == 0 ? 64 * 1024 : pack.capacity;
    while (capacity < wanted)
        capacity = capacity > kLimit / 2 ? kLimit : capacity * 2;
    char *grown = static_cast<char *>(std::realloc(pack.data, capacity));
    if (!grown)
        return false;
    pack.data = grown;
    pack.capacity = capacity;
    return true;
}

void packStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const SqlCipherApi &sqlite = api();
    auto *pack = static_cast<Pack *>(sqlite.aggregate_context(context, int(sizeof(Pack))));
    if (!pack) {
        sqlite.result_error_nomem(context);
        return;
    }
    if (pack->failed || argc != 2)
        return;
    const std::int64_t key = sqlite.value_type(argv[0]) == SQLITE_NULL ? 0 : sqlite.value_int64(argv[0]);
    const void *bytes = nullptr;
    std::uint32_t length = 0;
    if (sqlite.value_type(argv[1]) != SQLITE_NULL) {
        bytes = sqlite.value_blob(argv[1]); // before value_bytes(), as SQLite documents
        length = std::uint32_t(sqlite.value_bytes(argv[1]));
    }
    if (!reserve(*pack, sizeof key + sizeof length + length)) {
        pack->failed = true;
        return;
    }
    std::memcpy(pack->data + pack->size, &key, sizeof key);
    pack->size += sizeof key;
    std::memcpy(pack->data + pack->size, &length, sizeof length);
    pack->size += sizeof length;
    if (length > 0) {
        std::memcpy(pack->data + pack->size, bytes, length);
        pack->size += length;
    }
}

void packFinal(sqlite3_context *context)
{
    const SqlCipherApi &sqlite = api();
    // Also called when the statement is reset or fails half-way: it frees the buffer then too.
    auto *pack = static_cast<Pack *>(sqlite.aggregate_context(context, 0));
    if (!pack || pack->size == 0) {
        if (pack)
            std::free(pack->data);
        sqlite.result_blob(context, "", 0, SQLITE_STATIC);
        return;
    }
    if (pack->failed) {
        std::free(pack->data);
        sqlite.result_error_toobig(context);
        return;
    }
    // SQLite frees the buffer with std::free once Qt has copied it.
    sqlite.result_blob(context, pack->data, int(pack->size), std::free);
}

} // namespace

bool registerPackAggregate(const SqlCipherApi &sqlite, sqlite3 *db, QString *error)
{
    g_api.store(&sqlite, std::memory_order_relaxed);
    const int rc = sqlite.create_function_v2(db, "nav_pack", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                             nullptr, nullptr, packStep, packFinal, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            *error = QCoreApplication::translate("QSqlCipherDriver",
                                                 "Could not add the row packing function: %1")
                         .arg(QString::fromUtf8(sqlite.errmsg(db)));
        }
        return false;
    }
    return true;
}

} // namespace Nav::SqlCipher
