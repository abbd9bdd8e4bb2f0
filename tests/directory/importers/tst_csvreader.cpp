// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/csvreader.h"

#include <QBuffer>
#include <QTest>

using Nav::Directory::CsvReader;

class tst_CsvReader : public QObject
{
    Q_OBJECT

    static QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr,
                                      QList<bool> *badEncoding = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringList> rows;
        auto header = reader.readHeader();
        if (!header) {
            if (error)
                *error = header.error().message;
            return rows;
        }
        rows << *header;
        for (;;) {
            auto row = reader.next();
            if (!row) {
                if (error)
                    *error = row.error().message;
                break;
            }
            if (!*row)
                break;
            rows << (*row)->fields;
            if (badEncoding)
                *badEncoding << (*row)->badEncoding;
        }
        return rows;
    }

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2\r\n") << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << QStringList{QStringLiteral("x, y"), QStringLiteral("2")};
        QTest::newRow("escaped quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("2")};
        QTest::newRow("line break in field") << QByteArray("a,b\n\"line 1\nline 2\",2\n") << QStringList{QStringLiteral("line 1\nline 2"), QStringLiteral("2")};
        QTest::newRow("quote inside unquoted field") << QByteArray("a,b\nScreen 5\" TV Fund,2\n") << QStringList{QStringLiteral("Screen 5\" TV Fund"), QStringLiteral("2")};
        QTest::newRow("accents") << QByteArray("a,b\nMontréal,Québec\n") << QStringList{QStringLiteral("Montréal"), QStringLiteral("Québec")};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringList{QString(), QString(), QString()};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    }

    void rows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, second);
        QString error;
        const auto rows = readAll(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), second);
    }

    void unterminatedQuoteSaysTheLine()
    {
        QString error;
        readAll(QByteArray("a,b\n1,2\n\"open,3\n4,5\n"), &error);
        QVERIFY(error.contains(QStringLiteral("Line 3")));
    }

    void invalidUtf8IsFlaggedNotFatal()
    {
        QList<bool> bad;
        QString error;
        const auto rows = readAll(QByteArray("a,b\nok,1\nbad\xff\xfe,2\nok,3\n"), &error, &bad);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(bad, (QList<bool>{false, true, false}));
    }

    void emptyFileIsAnError()
    {
        QString error;
        readAll(QByteArray(), &error);
        QVERIFY(!error.isEmpty());
    }

    void lookupIgnoresCase()
    {
        QBuffer buffer;
        buffer.setData("ResourceAgencyNum,PublicName\n12,Food Bank\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.readHeader());
        auto row = reader.next();
        QVERIFY(row && *row);
        QCOMPARE(reader.value(**row, QStringLiteral("publicname")), QStringLiteral("Food Bank"));
        QCOMPARE(reader.value(**row, QStringLiteral("missing")), QString());
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
