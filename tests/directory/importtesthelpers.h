// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// What the importer tests share: fixtures under tests/data/<folder>/, reading a file that must
// import, finding a service, and readable LocalizedText in QCOMPARE failures.

#include "directory/model.h"

#include <QDir>
#include <QTest>

namespace Nav::Directory {
inline char *toString(const LocalizedText &t)
{
    return QTest::toString(QStringLiteral("en \"%1\" / fr \"%2\"").arg(t.en, t.fr));
}
} // namespace Nav::Directory

namespace Nav::Test {

// Derived names its fixture folder with `static constexpr const char *kFixtureFolder`.
template<typename Derived, typename Importer>
struct ImporterTestHelpers
{
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    }
    static Directory::LocalizedText text(const char *en, const char *fr)
    {
        return {QString::fromUtf8(en), QString::fromUtf8(fr)};
    }
    static QString sourceDir()
    {
        const QString env = qEnvironmentVariable("NAV_SOURCE_DIR");
        return env.isEmpty() ? QStringLiteral(NAV_SOURCE_DIR_FALLBACK) : env;
    }
    static QString fixture(const QString &name)
    {
        return QDir(sourceDir()).filePath(QStringLiteral("tests/data/%1/%2")
                                              .arg(QLatin1String(Derived::kFixtureFolder), name));
    }
    static Directory::DirectoryBatch readOk(const QString &path)
    {
        auto batch = Importer::read(path);
        if (!batch)
            qWarning() << "unexpected error:" << batch.error().message;
        return batch.value_or(Directory::DirectoryBatch{});
    }
    static const Directory::Service *service(const Directory::DirectoryBatch &b, const QString &id)
    {
        for (const Directory::Service &s : b.services) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};

} // namespace Nav::Test
