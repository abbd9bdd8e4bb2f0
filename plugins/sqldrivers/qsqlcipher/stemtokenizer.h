// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>

struct sqlite3;

namespace Nav::SqlCipher {

struct SqlCipherApi;

// The FTS3/FTS4 tokenizer `navstem`, registered on every connection the driver opens:
//
//     CREATE VIRTUAL TABLE t USING fts4(title, body, tokenize=navstem french);
//     CREATE VIRTUAL TABLE t USING fts4(title, body, tokenize=navstem english);
//
// It runs SQLite's unicode61 tokenizer with remove_diacritics=1 (letters and digits make
// tokens, everything else separates, lower case, accents removed: "Hébergement" → "hebergement")
// and then Nav::Stemming::WordStemmer on each token (Snowball plus a French normalisation; see
// wordstemmer.h). Query terms go through the same tokenizer, so "hébergements", "HEBERGER" and
// "hebergement" all meet. A missing, extra or unknown argument makes CREATE VIRTUAL TABLE fail;
// SQLite only says "unknown tokenizer", so the driver then reports stemTokenizerError() instead.
//
// Threading: SQLite creates one tokenizer instance per FTS table per connection, and a
// connection is used by one thread at a time (the driver opens it SQLITE_OPEN_NOMUTEX, and Qt
// forbids sharing a QSqlDatabase across threads). Each instance therefore owns one Snowball
// stemmer (libstemmer is not thread-safe) shared by its cursors, which may be interleaved on that
// thread (offsets(), snippet()); every cursor copies the stem into its own buffer before
// returning it, so interleaving is safe.

// Enables the two-argument fts3_tokenizer() just long enough to register `navstem` on `db`, then
// disables it again (with it enabled, any SQL text could register a native function pointer).
// Returns false with a message in *error when FTS3 or unicode61 is missing.
bool registerStemTokenizer(const SqlCipherApi &api, sqlite3 *db, QString *error);

// Why the last navstem table creation on this thread failed, translated; empty if it did not.
// Reading it clears it.
QString takeStemTokenizerError();

} // namespace Nav::SqlCipher
