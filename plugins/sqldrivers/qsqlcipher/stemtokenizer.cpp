// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "stemtokenizer.h"

#include "sqlcipherapi.h"
#include "wordstemmer.h"

#include <QCoreApplication>

#include <atomic>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace Nav::SqlCipher {
namespace {

// The tokenizer structures of SQLite's fts3_tokenizer.h, which is not installed with the library:
// sqlite3_tokenizer_module, sqlite3_tokenizer and sqlite3_tokenizer_cursor. Their layout is a
// stable ABI that FTS3 documents for custom tokenizers; we implement and call version 0.
struct Fts3Tokenizer;
struct Fts3Cursor;

struct Fts3Module
{
    int version;
    int (*create)(int argc, const char *const *argv, Fts3Tokenizer **tokenizer);
    int (*destroy)(Fts3Tokenizer *tokenizer);
    int (*open)(Fts3Tokenizer *tokenizer, const char *input, int bytes, Fts3Cursor **cursor);
    int (*close)(Fts3Cursor *cursor);
    int (*next)(Fts3Cursor *cursor, const char **token, int *bytes, int *startOffset,
                int *endOffset, int *position);
    int (*languageId)(Fts3Cursor *cursor, int languageId); // read only when version >= 1
};

struct Fts3Tokenizer
{
    const Fts3Module *module = nullptr; // set by SQLite after create() returns
};

struct Fts3Cursor
{
    Fts3Tokenizer *tokenizer = nullptr; // set by SQLite after open() returns
};

// The unicode61 module lives in libsqlcipher, loaded once per process: its address is the same
// for every connection.
std::atomic<const Fts3Module *> g_unicode61{nullptr};

constexpr char kInnerArgument[] = "remove_diacritics=1";
// A cursor kept for reuse keeps its token buffer; do not keep one that a huge token inflated.
constexpr std::size_t kMaxSpareCapacity = 4096;

struct CreateError
{
    enum Kind { None, ArgumentCount, UnknownLanguage, NoStemmer, NoUnicode61, InnerFailed };
    Kind kind = None;
    std::string argument;
    int number = 0;
};

// create() has no way to pass a message to SQLite, which only says "unknown tokenizer".
thread_local CreateError t_createError;

struct StemCursor : Fts3Cursor
{
    Fts3Cursor *inner = nullptr;
    std::string token; // the stem handed to SQLite, valid until the next call on this cursor
};

struct StemTokenizer : Fts3Tokenizer
{
    explicit StemTokenizer(Stemming::StemLanguage language)
        : stemmer(language, Stemming::WordStemmer::kIndexingCacheSlots)
    {}

    Fts3Tokenizer *inner = nullptr;
    const Fts3Module *innerModule = nullptr;
    Stemming::WordStemmer stemmer; // shared by this instance's cursors: see the header
    StemCursor *spare = nullptr;   // one closed cursor kept to avoid an allocation per document
};

int createTokenizer(int argc, const char *const *argv, Fts3Tokenizer **out) noexcept
{
    *out = nullptr;
    try {
        if (argc != 1) {
            t_createError = {CreateError::ArgumentCount, {}, argc};
            return SQLITE_ERROR;
        }
        const std::optional<Stemming::StemLanguage> language
            = Stemming::stemLanguageFromName(argv[0]);
        if (!language) {
            t_createError = {CreateError::UnknownLanguage, argv[0], 0};
            return SQLITE_ERROR;
        }
        const Fts3Module *innerModule = g_unicode61.load(std::memory_order_acquire);
        if (!innerModule) {
            t_createError = {CreateError::NoUnicode61, {}, 0};
            return SQLITE_ERROR;
        }
        std::unique_ptr<StemTokenizer> tokenizer(new (std::nothrow) StemTokenizer(*language));
        if (!tokenizer)
            return SQLITE_NOMEM;
        if (!tokenizer->stemmer.isValid()) {
            t_createError = {CreateError::NoStemmer, argv[0], 0};
            return SQLITE_ERROR;
        }
        const char *const innerArgv[] = {kInnerArgument};
        const int rc = innerModule->create(1, innerArgv, &tokenizer->inner);
        if (rc != SQLITE_OK) {
            t_createError = {CreateError::InnerFailed, {}, rc};
            return rc;
        }
        // SQLite sets the module of the tokenizers it creates itself; this one we created.
        tokenizer->inner->module = innerModule;
        tokenizer->innerModule = innerModule;
        t_createError = {};
        *out = tokenizer.release();
        return SQLITE_OK;
    } catch (...) { // std::string inside CreateError; no exception may cross into SQLite
        return SQLITE_NOMEM;
    }
}

int destroyTokenizer(Fts3Tokenizer *base) noexcept
{
    auto *tokenizer = static_cast<StemTokenizer *>(base);
    if (tokenizer->inner)
        tokenizer->innerModule->destroy(tokenizer->inner);
    delete tokenizer->spare;
    delete tokenizer;
    return SQLITE_OK;
}

int openCursor(Fts3Tokenizer *base, const char *input, int bytes, Fts3Cursor **out) noexcept
{
    *out = nullptr;
    auto *tokenizer = static_cast<StemTokenizer *>(base);
    StemCursor *cursor = std::exchange(tokenizer->spare, nullptr);
    if (!cursor) {
        cursor = new (std::nothrow) StemCursor;
        if (!cursor)
            return SQLITE_NOMEM;
    }
    Fts3Cursor *inner = nullptr;
    const int rc = tokenizer->innerModule->open(tokenizer->inner, input, bytes, &inner);
    if (rc != SQLITE_OK) {
        tokenizer->spare = cursor;
        return rc;
    }
    // unicode61's next() reads its options through the cursor's tokenizer, which SQLite only
    // sets on the cursors it opens itself.
    inner->tokenizer = tokenizer->inner;
    cursor->inner = inner;
    cursor->tokenizer = tokenizer;
    *out = cursor;
    return SQLITE_OK;
}

int closeCursor(Fts3Cursor *base) noexcept
{
    auto *cursor = static_cast<StemCursor *>(base);
    auto *tokenizer = static_cast<StemTokenizer *>(cursor->tokenizer);
    tokenizer->innerModule->close(cursor->inner);
    cursor->inner = nullptr;
    if (!tokenizer->spare && cursor->token.capacity() <= kMaxSpareCapacity)
        tokenizer->spare = cursor;
    else
        delete cursor;
    return SQLITE_OK;
}

int nextToken(Fts3Cursor *base, const char **token, int *bytes, int *startOffset, int *endOffset,
              int *position) noexcept
{
    auto *cursor = static_cast<StemCursor *>(base);
    auto *tokenizer = static_cast<StemTokenizer *>(cursor->tokenizer);
    const char *raw = nullptr;
    int rawBytes = 0;
    const int rc = tokenizer->innerModule->next(cursor->inner, &raw, &rawBytes, startOffset,
                                                endOffset, position);
    if (rc != SQLITE_OK)
        return rc; // SQLITE_DONE at the end
    try {
        tokenizer->stemmer.stem(std::string_view(raw, static_cast<std::size_t>(rawBytes)),
                                cursor->token);
    } catch (...) { // std::bad_alloc from the buffer
        return SQLITE_NOMEM;
    }
    *token = cursor->token.data();
    *bytes = static_cast<int>(cursor->token.size());
    return SQLITE_OK;
}

constexpr Fts3Module kStemModule{
    0, createTokenizer, destroyTokenizer, openCursor, closeCursor, nextToken, nullptr,
};

QString translate(const char *text)
{
    return QCoreApplication::translate("QSqlCipherDriver", text);
}

} // namespace

bool registerStemTokenizer(const SqlCipherApi &api, sqlite3 *db, QString *error)
{
    int isEnabled = 0;
    if (api.db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 1, &isEnabled) != SQLITE_OK
        || !isEnabled) {
        *error = translate("SQLCipher refused to enable fts3_tokenizer(): %1")
                     .arg(QString::fromUtf8(api.errmsg(db)));
        return false;
    }

    sqlite3_stmt *statement = nullptr;
    const auto finish = [&](bool isDone) {
        api.finalize(statement);
        statement = nullptr;
        int state = 0;
        api.db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &state);
        return isDone;
    };
    const auto failure = [&](const char *text) {
        *error = translate(text).arg(QString::fromUtf8(api.errmsg(db)));
        return finish(false);
    };

    if (api.prepare_v2(db, "SELECT fts3_tokenizer('unicode61')", -1, &statement, nullptr)
            != SQLITE_OK
        || api.step(statement) != SQLITE_ROW) {
        return failure("Full-text search (FTS3 with the unicode61 tokenizer) is not available: %1");
    }
    const Fts3Module *unicode61 = nullptr;
    if (api.column_bytes(statement, 0) != static_cast<int>(sizeof(unicode61)))
        return failure("fts3_tokenizer('unicode61') returned an unexpected value: %1");
    std::memcpy(&unicode61, api.column_blob(statement, 0), sizeof(unicode61));
    api.finalize(statement);
    statement = nullptr;
    const Fts3Module *expected = nullptr;
    if (!g_unicode61.compare_exchange_strong(expected, unicode61, std::memory_order_acq_rel)
        && expected != unicode61) {
        // Only one libsqlcipher is ever loaded (sqlcipherapi.cpp); a different module means
        // something else answers, and mixing them would crash.
        *error = translate("fts3_tokenizer('unicode61') changed between connections");
        return finish(false);
    }

    if (api.prepare_v2(db, "SELECT fts3_tokenizer('navstem', ?1)", -1, &statement, nullptr)
        != SQLITE_OK) {
        return failure("Cannot register the navstem tokenizer: %1");
    }
    const Fts3Module *module = &kStemModule;
    api.bind_blob(statement, 1, &module, sizeof(module), transientDestructor());
    if (api.step(statement) != SQLITE_ROW)
        return failure("Cannot register the navstem tokenizer: %1");
    return finish(true);
}

QString takeStemTokenizerError()
{
    const CreateError error = std::exchange(t_createError, CreateError{});
    switch (error.kind) {
    case CreateError::None:
        return {};
    case CreateError::ArgumentCount:
        return QCoreApplication::translate(
            "QSqlCipherDriver",
            "The navstem tokenizer needs exactly one argument, the stemming language \"english\" "
            "or \"french\" (as in tokenize=navstem french), but %n were given",
            nullptr, error.number);
    case CreateError::UnknownLanguage:
        return translate("Unknown stemming language \"%1\" for the navstem tokenizer: expected "
                         "\"english\" or \"french\"")
            .arg(QString::fromUtf8(error.argument));
    case CreateError::NoStemmer:
        return translate("libstemmer has no \"%1\" stemmer for the navstem tokenizer")
            .arg(QString::fromUtf8(error.argument));
    case CreateError::NoUnicode61:
        return translate("The navstem tokenizer was used before it was registered");
    case CreateError::InnerFailed:
        return translate("The navstem tokenizer could not create its unicode61 tokenizer (SQLite "
                         "error %1)")
            .arg(error.number);
    }
    return {};
}

} // namespace Nav::SqlCipher
