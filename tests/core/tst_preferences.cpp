// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/preferences.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Nav::Core::Preferences;

class tst_Preferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("empty means not configured") << QString() << true << QString();
        QTest::newRow("https") << QStringLiteral("https://nav.example.org") << true
                               << QStringLiteral("https://nav.example.org");
        QTest::newRow("https with port and path") << QStringLiteral(" https://nav.example.org:8443/api ")
                                                  << true
                                                  << QStringLiteral("https://nav.example.org:8443/api");
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true
                                       << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true
                                        << QStringLiteral("http://localhost:8080");
        QTest::newRow("http remote refused") << QStringLiteral("http://nav.example.org") << false
                                             << QString();
        QTest::newRow("no scheme") << QStringLiteral("nav.example.org") << false << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://nav.example.org") << false << QString();
        QTest::newRow("garbage") << QStringLiteral("https://") << false << QString();
    }

    void serverUrl()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto url = Preferences::parseServerUrl(input);
        QCOMPARE(bool(url), valid);
        if (valid)
            QCOMPARE(url->toString(), normalised);
        else
            QVERIFY(!url.error().message.isEmpty());
    }

    void certificatePin_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        const QString hex = QStringLiteral("ab").repeated(32);
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("hex") << hex << true;
        QTest::newRow("upper with colons")
            << QStringLiteral("AB:").repeated(31) + QStringLiteral("AB") << true;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("not hex") << QStringLiteral("zz").repeated(32) << false;
    }

    void certificatePin()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const auto pin = Preferences::parseCertificatePin(input);
        QCOMPARE(bool(pin), valid);
        if (valid && !input.isEmpty())
            QCOMPARE(pin->size(), 64);
    }

    void valuesPersistAndNoSecretsAreWritten()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Preferences p(ini);
            QSignalSpy changed(&p, &Preferences::changed);
            p.setLanguage(QStringLiteral("fr"));
            p.setDisplayName(QStringLiteral("  Marie-Ève  "));
            p.setTextScale(130);
            p.setServerUrl(QUrl(QStringLiteral("https://nav.example.org")));
            p.setServerUser(QStringLiteral("meve"));
            p.sync();
            QCOMPARE(changed.count(), 5);
        }
        Preferences p(ini);
        QCOMPARE(p.language(), QStringLiteral("fr"));
        QCOMPARE(p.displayName(), QStringLiteral("Marie-Ève"));
        QCOMPARE(p.textScale(), 130);
        QCOMPARE(p.serverUrl(), QUrl(QStringLiteral("https://nav.example.org")));
        QCOMPARE(p.serverUser(), QStringLiteral("meve"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("key="));
        QVERIFY(!text.contains("token"));
    }

    void signInAdoptsTheAccountsName()
    {
        QTemporaryDir dir;
        Preferences p(dir.filePath(QStringLiteral("settings.ini")));
        // empty: the account's name is taken
        QVERIFY(p.adoptAccountName(QStringLiteral("alice"), QStringLiteral("Alice Arsenault")));
        QCOMPARE(p.displayName(), QStringLiteral("Alice Arsenault"));
        QCOMPARE(p.displayNameAccount(), QStringLiteral("alice"));
        // the navigator's own choice for this account stays
        p.setServerUser(QStringLiteral("alice"));
        p.setDisplayName(QStringLiteral("Ali"));
        QVERIFY(!p.adoptAccountName(QStringLiteral("alice"), QStringLiteral("Alice Arsenault")));
        QCOMPARE(p.displayName(), QStringLiteral("Ali"));
        // another account signs in on this workstation: its own name, not Alice's
        QVERIFY(p.adoptAccountName(QStringLiteral("bruno"), QStringLiteral("Bruno Bélanger")));
        QCOMPARE(p.displayName(), QStringLiteral("Bruno Bélanger"));
        // a placeholder tied to no account (the demo's) gives way too
        p.setDisplayName(QStringLiteral("Demo Navigator"), QString());
        QVERIFY(p.adoptAccountName(QStringLiteral("bruno"), QStringLiteral("Bruno Bélanger")));
        // a server that sends no name changes nothing
        QVERIFY(!p.adoptAccountName(QStringLiteral("carole"), QStringLiteral("  ")));
        QCOMPARE(p.displayName(), QStringLiteral("Bruno Bélanger"));
    }

    void unknownValuesFallBack()
    {
        QTemporaryDir dir;
        Preferences p(dir.filePath(QStringLiteral("settings.ini")));
        p.setLanguage(QStringLiteral("de"));
        QCOMPARE(p.language(), QString()); // follow the system
        p.setTextScale(999);
        QCOMPARE(p.textScale(), 100);
    }
};

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"
