// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The real navigator binary, as a user starts it, against the real gnome-keyring of this test
// session (tests/support/session.sh --keyring). Rendering is offscreen.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_NavigatorApp : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.remove(QStringLiteral("QT_PLUGIN_PATH")); // the app must find its own driver
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_CA.UTF-8"));
        return e;
    }

    static QString logOf(const QString &profile)
    {
        QFile f(QDir(profile).filePath(QStringLiteral("logs/navigator.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Starts navigator on a profile, waits until the store is open (or failed), then stops it.
    static QString runUntilOpen(const QString &profile, const QStringList &extra = {})
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(NAV_NAVIGATOR_EXE),
                QStringList{QStringLiteral("--profile"), profile} + extra);
        if (!p.waitForStarted(10000))
            return QStringLiteral("did not start");
        // The store logs exactly one of these per start, once everything it records is saved.
        const auto outcomes = [&] {
            const QString log = logOf(profile);
            return log.count(QStringLiteral("nav.storage.store: store open"))
                   + log.count(QStringLiteral("store failed"));
        };
        const qsizetype before = outcomes();
        const bool done = QTest::qWaitFor(
            [&] { return outcomes() > before || p.state() == QProcess::NotRunning; }, 20000);
        p.terminate();
        p.waitForFinished(5000);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return done ? QString::fromUtf8(p.readAll()) : QStringLiteral("timed out");
    }

private Q_SLOTS:
    void versionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment e = env();
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.remove(QStringLiteral("DISPLAY"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(NAV_NAVIGATOR_EXE), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("navigator " NAV_VERSION));

        p.start(QStringLiteral(NAV_NAVIGATOR_EXE), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("--profile <dossier>")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("--demo")));
    }

    void unknownLanguageIsRefusedClearly()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(NAV_NAVIGATOR_EXE),
                {QStringLiteral("--profile"), dir.path(), QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--lang takes fr or en"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("navigator.db"))));
    }

    // A server address that would send passwords in clear over the network is refused before
    // anything starts, with the reason; nothing is saved.
    void plainHttpServerIsRefusedClearly()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(NAV_NAVIGATOR_EXE),
                {QStringLiteral("--profile"), dir.path(), QStringLiteral("--server"),
                 QStringLiteral("http://navigator.example.org")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("--server: Use https://"), err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("navigator.db"))));
    }

    // First start creates the key in the real keyring and an encrypted file; the second start
    // (a new process) finds the same key and opens the same file.
    void keyLivesInTheKeyringAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("demo"));
        const QString first = runUntilOpen(profile, {QStringLiteral("--demo")});
        QString log = logOf(profile);
        QVERIFY2(log.contains(QStringLiteral("opened navigator.db")), qPrintable(first + log));
        QVERIFY(log.contains(QStringLiteral("first run: creating a data key")));

        QFile db(QDir(profile).filePath(QStringLiteral("navigator.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
        db.close();
        QFile pj(QDir(profile).filePath(QStringLiteral("profile.json")));
        QVERIFY(pj.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(pj.readAll()).object();
        QVERIFY(o.value(QStringLiteral("dataFileCreated")).toBool());
        QVERIFY(!o.contains(QStringLiteral("key")));
        // No key material or hex key anywhere in the profile's plain files.
        QFile settings(QDir(profile).filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().toLower().contains("key"));

        const QString second = runUntilOpen(profile);
        log = logOf(profile);
        QCOMPARE(log.count(QStringLiteral("opened navigator.db")), 2);
        QCOMPARE(log.count(QStringLiteral("first run: creating a data key")), 1);
        QVERIFY(!log.contains(QStringLiteral("store failed")));
    }

    // The profile's data file deleted behind Navigator's back: reported, not re-created.
    void vanishedDataFileIsNotRecreated()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        runUntilOpen(profile);
        QVERIFY(QFile::remove(QDir(profile).filePath(QStringLiteral("navigator.db"))));
        QFile::remove(QDir(profile).filePath(QStringLiteral("navigator.db-wal")));
        QFile::remove(QDir(profile).filePath(QStringLiteral("navigator.db-shm")));
        runUntilOpen(profile);
        QVERIFY(logOf(profile).contains(QStringLiteral("store failed: store-file-missing")));
        QVERIFY(!QFile::exists(QDir(profile).filePath(QStringLiteral("navigator.db"))));
    }
};

QTEST_GUILESS_MAIN(tst_NavigatorApp)
#include "tst_navigatorapp.moc"
