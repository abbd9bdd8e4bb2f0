// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// What the server's changes feed carries (HsdsWriter::service documents) comes back through
// DirectoryPull's conversion (the HSDS importer's service parser) as the same ServiceRecord:
// every field, alerts with their dates and accessibility codes included, without quarantine
// noise. And a feed page that is not what it should be is refused before anything is applied.

#include "directory/demo/demodirectory.h"
#include "directory/export/hsdswriter.h"
#include "directory/store/servicerecord.h"
#include "sync/directorypull.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;
using namespace Nav::Sync;

namespace {

QByteArray feedPage(const QList<ServiceRecord> &records, const QStringList &retired, qint64 from,
                    bool hasMore)
{
    QJsonArray items;
    qint64 seq = from;
    for (const ServiceRecord &r : records) {
        items.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                                 {QStringLiteral("id"), r.service.id},
                                 {QStringLiteral("op"), QStringLiteral("upsert")},
                                 {QStringLiteral("service"), HsdsWriter::service(r)}});
    }
    for (const QString &id : retired) {
        items.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("op"), QStringLiteral("retire")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("next_cursor"), seq},
                                     {QStringLiteral("has_more"), hasMore},
                                     {QStringLiteral("last_seq"), seq + (hasMore ? 100 : 0)}})
        .toJson(QJsonDocument::Compact);
}

// Where two records differ (empty when equal), for a readable failure.
QString difference(const ServiceRecord &a, const ServiceRecord &b)
{
    if (a == b)
        return {};
    const QByteArray x = QJsonDocument(HsdsWriter::service(a)).toJson(QJsonDocument::Compact);
    const QByteArray y = QJsonDocument(HsdsWriter::service(b)).toJson(QJsonDocument::Compact);
    if (x != y) {
        qsizetype i = 0;
        while (i < x.size() && i < y.size() && x.at(i) == y.at(i))
            ++i;
        return QStringLiteral("JSON differs at %1: …%2… vs …%3…")
            .arg(i)
            .arg(QString::fromUtf8(x.mid(std::max<qsizetype>(0, i - 60), 120)),
                 QString::fromUtf8(y.mid(std::max<qsizetype>(0, i - 60), 120)));
    }
    if (!(a.service.alerts == b.service.alerts))
        return QStringLiteral("alerts");
    if (!(a.organization == b.organization))
        return QStringLiteral("organization");
    if (!(a.program == b.program))
        return QStringLiteral("program");
    if (!(a.locations == b.locations))
        return QStringLiteral("locations");
    return QStringLiteral("a field the writer does not write");
}

} // namespace

class tst_FeedRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDirectorySurvivesTheFeed()
    {
        const DirectoryBatch demo = DemoDirectory::generate(400, 211, QDate(2026, 3, 2));
        QList<ServiceRecord> records;
        int alerts = 0;
        int codes = 0;
        for (const Service &s : demo.services) {
            ServiceRecord r = makeRecord(s, demo);
            if (r.service.status == QLatin1String("inactive"))
                continue; // the feed sends those as tombstones
            alerts += int(r.service.alerts.size());
            for (const Location &l : r.locations)
                codes += int(l.accessibility.size());
            records << r;
        }
        QVERIFY(alerts > 0);
        QVERIFY(codes > 0);
        const Result<DirectoryPull::Page> page =
            DirectoryPull::parsePage(feedPage(records, {QStringLiteral("gone-1")}, 10, true), 10);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
        QCOMPARE(page->items, int(records.size()) + 1);
        QCOMPARE(page->upserts, int(records.size()));
        QCOMPARE(page->tombstones, 1);
        QCOMPARE(page->nextCursor, 10 + records.size() + 1);
        QVERIFY(page->hasMore);
        QCOMPARE(page->batch.source, QStringLiteral("server"));
        QVERIFY(!page->batch.fullSnapshot);
        QCOMPARE(page->batch.deletedServiceIds, QStringList{QStringLiteral("gone-1")});
        for (const QuarantineEntry &e : page->batch.quarantine)
            qWarning("quarantine: %s %s %s: %s", qPrintable(e.recordType), qPrintable(e.recordId),
                     qPrintable(e.field), qPrintable(e.reason));
        QCOMPARE(page->batch.quarantine.size(), 0);

        QHash<QString, const Service *> byId;
        for (const Service &s : page->batch.services)
            byId.insert(s.id, &s);
        int failures = 0;
        for (const ServiceRecord &original : std::as_const(records)) {
            const Service *s = byId.value(original.service.id);
            QVERIFY(s);
            const QString d = difference(original, makeRecord(*s, page->batch));
            if (!d.isEmpty() && ++failures <= 5)
                qWarning("%s: %s", qPrintable(original.service.id), qPrintable(d));
        }
        QCOMPARE(failures, 0);
    }

    void badPagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>proxy error</html>");
        QTest::newRow("truncated") << QByteArray("{\"items\":[{\"seq\":1,");
        QTest::newRow("no cursor") << QByteArray("{\"items\":[],\"has_more\":false}");
        QTest::newRow("items not an array") << QByteArray("{\"items\":{},\"next_cursor\":5}");
        QTest::newRow("going back") << QByteArray("{\"items\":[{\"seq\":3,\"id\":\"a\",\"op\":\"retire\"}],\"next_cursor\":3,\"has_more\":false}");
        QTest::newRow("more but empty") << QByteArray("{\"items\":[],\"next_cursor\":9,\"has_more\":true}");
    }

    void badPagesAreRefused()
    {
        QFETCH(QByteArray, body);
        const Result<DirectoryPull::Page> page = DirectoryPull::parsePage(body, 9);
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::InvalidInput);
        QVERIFY(page.error().message.contains(QLatin1String("does not understand")));
    }
};

QTEST_GUILESS_MAIN(tst_FeedRoundTrip)
#include "tst_feedroundtrip.moc"
