// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sqlcipherapi.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <cstring>

#include <dlfcn.h>

Q_LOGGING_CATEGORY(lcNavQSqlCipher, "nav.storage.qsqlcipher")

namespace Nav::SqlCipher {
namespace {

constexpr char kLibraryName[] = "libsqlcipher.so.0";

QString translate(const char *text)
{
    return QCoreApplication::translate("QSqlCipherDriver", text);
}

QString lastDlError()
{
    const char *message = dlerror();
    return message ? QString::fromLocal8Bit(message) : QString();
}

// Copies a symbol address into a typed function pointer without a object-to-function cast.
template<typename Function>
bool resolve(void *handle, const char *symbol, Function *target)
{
    void *address = dlsym(handle, symbol);
    if (!address)
        return false;
    static_assert(sizeof(Function) == sizeof(address));
    std::memcpy(target, &address, sizeof(address));
    return true;
}

SqlCipherLibrary load()
{
    SqlCipherLibrary library;

    // If something already loaded libsqlcipher, dlopen() hands back that instance and our flags
    // change nothing: remember it so the isolation check below can decide whether it is safe.
    void *preloaded = dlopen(kLibraryName, RTLD_NOW | RTLD_NOLOAD);
    int flags = RTLD_NOW | RTLD_LOCAL;
#if !defined(__SANITIZE_ADDRESS__)
    // Deep binding makes libsqlcipher resolve its own sqlite3_* references to itself first, even
    // when a plain libsqlite3 sits in the global scope. AddressSanitizer refuses RTLD_DEEPBIND,
    // so sanitizer builds rely on the global-scope check below instead.
    flags |= RTLD_DEEPBIND;
#endif
    void *handle = dlopen(kLibraryName, flags);
    const QString loadError = handle ? QString() : lastDlError();
    if (preloaded)
        dlclose(preloaded); // drop the extra reference; `handle` keeps the library loaded
    if (!handle) {
        library.errorCode = QStringLiteral("library-missing");
        library.errorText = translate("Cannot load %1: %2")
                                .arg(QString::fromLatin1(kLibraryName), loadError);
        return library;
    }
    library.isIsolated = !preloaded && (flags & RTLD_DEEPBIND) != 0;

    QStringList missing;
#define NAV_SQLCIPHER_RESOLVE(name)                                                                \
    if (!resolve(handle, "sqlite3_" #name, &library.api.name))                                    \
        missing.append(QStringLiteral("sqlite3_" #name));
    NAV_SQLCIPHER_FUNCTIONS(NAV_SQLCIPHER_RESOLVE)
#undef NAV_SQLCIPHER_RESOLVE
    resolve(handle, "sqlite3_column_table_name", &library.api.column_table_name);
    if (!missing.isEmpty()) {
        library.errorCode = QStringLiteral("library-missing");
        library.errorText = translate("%1 lacks required functions: %2")
                                .arg(QString::fromLatin1(kLibraryName),
                                     missing.join(QLatin1String(", ")));
        return library;
    }

    void *keyFunction = dlsym(handle, "sqlite3_key");
    if (!keyFunction) {
        library.errorCode = QStringLiteral("not-sqlcipher");
        library.errorText = translate("%1 has no sqlite3_key: it is not SQLCipher")
                                .arg(QString::fromLatin1(kLibraryName));
        return library;
    }

    if (!library.isIsolated) {
        // Without deep binding, libsqlcipher's internal calls went through the normal lookup when
        // it was loaded. If another sqlite3_open_v2 wins that lookup, SQLCipher's internals may be
        // bound to plain SQLite: refuse rather than risk clear-text writes or memory corruption.
        void *globalOpen = dlsym(RTLD_DEFAULT, "sqlite3_open_v2");
        void *ownOpen = dlsym(handle, "sqlite3_open_v2");
        if (globalOpen && globalOpen != ownOpen) {
            library.errorCode = QStringLiteral("not-sqlcipher");
            library.errorText = translate(
                "Another SQLite library is in the global symbol scope and %1 could not be "
                "isolated from it; refusing to use it")
                                    .arg(QString::fromLatin1(kLibraryName));
            return library;
        }
    }

    library.isLoaded = true;
    qCInfo(lcNavQSqlCipher).nospace()
        << "loaded " << kLibraryName << " (SQLite " << library.api.libversion() << ", "
        << (library.isIsolated ? "deep-bound" : "without deep binding") << ")";
    return library;
}

} // namespace

const SqlCipherLibrary &sqlCipherLibrary()
{
    static const SqlCipherLibrary library = load();
    return library;
}

sqlite3_destructor_type transientDestructor()
{
    // SQLITE_TRANSIENT spelled without its C-style cast; SQLite compares against this value.
    // NOLINTNEXTLINE(performance-no-int-to-ptr)
    return reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));
}

} // namespace Nav::SqlCipher
