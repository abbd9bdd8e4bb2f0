// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The workstation's sync in a process of its own (navigator-cli sync: the same DirectoryPull
// and OutboxPush as the workstation, the profile's key in this session's real gnome-keyring),
// against the real navigator-server binary: killed with SIGKILL in the middle of the first
// sync, it resumes on the next run from the last page it applied: every active service of
// the server arrives, none twice, the feed's cursor ends where the server's does. A wrong
// password and a server that is down are said plainly, with a non-zero exit.

#include "server/serverprocess.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav::Test;

namespace {

const QString kUser = QStringLiteral("cli.sync.nav");
const QString kPassword = QStringLiteral("pw-Cli-sync-4711");
constexpr int kServices = 3000;

struct Run
{
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
};

} // namespace

class tst_CliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbUrl;
    ServerProcess m_server;

    qint64 serverValue(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("cli-sync-server")));
        if (!q.exec(sql) || !q.next()) {
            qWarning("server sql: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    // Runs navigator-cli sync; with killAfterPages > 0, SIGKILLs it once that many pages have
    // been reported applied.
    Run sync(const QString &profile, const QString &password, int killAfterPages = 0)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_PLUGIN_PATH")); // the CLI finds its own driver
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_CA.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NAV_CLI_EXE),
                {QStringLiteral("sync"), QStringLiteral("--profile"), profile, QStringLiteral("--server"),
                 m_server.baseUrl().toString(), QStringLiteral("--user"), kUser, QStringLiteral("--page"),
                 QStringLiteral("100")});
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(password.toUtf8() + '\n');
        p.closeWriteChannel();
        const QRegularExpression page(QStringLiteral("page (\\d+) applied"));
        while (p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            r.out += QString::fromUtf8(p.readAllStandardOutput());
            if (killAfterPages > 0) {
                int pages = 0;
                for (auto it = page.globalMatch(r.out); it.hasNext();)
                    pages = qMax(pages, it.next().captured(1).toInt());
                if (pages >= killAfterPages) {
                    p.kill(); // SIGKILL: no chance to finish anything
                    r.killed = true;
                    break;
                }
            }
        }
        p.waitForFinished(60000);
        r.out += QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    static qint64 lastNumber(const QString &text, const QString &pattern)
    {
        qint64 v = -1;
        for (auto it = QRegularExpression(pattern).globalMatch(text); it.hasNext();)
            v = it.next().captured(1).toLongLong();
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        QString error;
        QVERIFY2(ServerProcess::prepareDatabase(m_dbUrl, kServices, QStringLiteral("Nord"),
                                                {{kUser, QStringLiteral("navigator"), {}}}, kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-sync-server"));
        db.setDatabaseName(m_dbUrl.mid(7));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QSqlDatabase::database(QStringLiteral("cli-sync-server"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("cli-sync-server"));
    }

    void wrongPasswordAndDeadServerAreSaidPlainly()
    {
        const QString profile = m_dir.filePath(QStringLiteral("wrong"));
        Run r = sync(profile, QStringLiteral("not-the-password"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The user name or the password is wrong.")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("not-the-password")));
    }

    void killedMidSyncResumesAndLosesNothing()
    {
        const QString profile = m_dir.filePath(QStringLiteral("profile"));
        const qint64 serverSeq = serverValue(QStringLiteral("SELECT last_seq FROM dir_state WHERE id = 1"));
        // The feed sends retired services (server status "inactive") as tombstones, every
        // other one as a record: those are the services a workstation must have.
        const qint64 serverActive = serverValue(QStringLiteral("SELECT count(*) FROM dir_service WHERE status <> 'inactive'"));
        QVERIFY(serverSeq >= kServices);
        QVERIFY(serverActive > kServices * 9 / 10);

        // First run: killed after 8 pages of 100 have been applied.
        const Run first = sync(profile, kPassword, 8);
        QVERIFY2(first.killed, qPrintable(first.out + first.err));
        const qint64 killedAt = lastNumber(first.out, QStringLiteral("cursor (\\d+)"));
        QVERIFY2(killedAt >= 800 && killedAt < serverSeq, qPrintable(first.out));
        QVERIFY(!first.out.contains(QStringLiteral("active service")));

        // Second run: resumes where the first stopped (the session is in the keychain: an
        // empty password line resumes it), not from 0; finishes at the server's cursor.
        const Run second = sync(profile, QString());
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        const QRegularExpression firstPage(QStringLiteral("page 1 applied, (\\d+) changes, cursor (\\d+)"));
        const auto m = firstPage.match(second.out);
        QVERIFY2(m.hasMatch(), qPrintable(second.out));
        const qint64 resumedFrom = m.captured(2).toLongLong() - m.captured(1).toLongLong();
        QVERIFY2(resumedFrom >= killedAt, qPrintable(second.out)); // nothing applied twice
        QVERIFY2(resumedFrom <= killedAt + 100, qPrintable(second.out)); // at most the page in flight
        QCOMPARE(lastNumber(second.out, QStringLiteral("cursor (\\d+)")), serverSeq);
        // Every active service of the server is here: nothing lost.
        QCOMPARE(lastNumber(second.out, QStringLiteral("directory: (\\d+) active service")), serverActive);

        // A third run has nothing left to do.
        const Run third = sync(profile, QString());
        QVERIFY2(third.exitCode == 0, qPrintable(third.out + third.err));
        QVERIFY2(third.out.contains(QStringLiteral("directory: 0 updated or added, 0 retired")), qPrintable(third.out));
        QCOMPARE(lastNumber(third.out, QStringLiteral("directory: (\\d+) active service")), serverActive);

        // The server is down (gone, as after a crash: how it stops is the server tests' business):
        // said plainly, exit 1, and the directory stays as it was.
        m_server.kill9();
        QVERIFY(!m_server.isRunning());
        const Run down = sync(profile, QString());
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("cannot be reached")), qPrintable(down.err));
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_clisync.moc"
