// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>

struct sqlite3;

namespace Nav::SqlCipher {

struct SqlCipherApi;

// The aggregate nav_pack(integer, blob), registered on every connection the driver opens:
//
//     SELECT nav_pack(docid, matchinfo(t, 'pcy')) FROM t WHERE t MATCH ?
//
// returns every row in one blob instead of one result row each. Handing a row to Qt costs a
// step, two QVariants and a QByteArray copy, several times what FTS4 spends finding it; a
// directory search that matches 30,000 services spent most of its time there. Per row, in row
// order: the integer as a native-endian qint64 (NULL counts as 0), the blob's size in bytes as a
// native-endian quint32, then the blob's bytes (a NULL blob is 0 bytes; a text or number is
// taken as SQLite's blob of it). Native byte order: the blob is for the process that asked.
// No row gives an empty blob. Over 2 GiB in total fails with SQLITE_TOOBIG.
//
// Read it with Nav::SqlCipher::PackedRows (packedrows.h), which the application includes.
bool registerPackAggregate(const SqlCipherApi &api, sqlite3 *db, QString *error);

} // namespace Nav::SqlCipher
