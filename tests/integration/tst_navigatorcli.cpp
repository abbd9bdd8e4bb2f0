// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// navigator-cli as an administrator uses it, on a profile keyed through the real gnome-keyring
// of this test session (tests/support/session.sh --keyring).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_NavigatorCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("QT_PLUGIN_PATH")); // it must find its own driver
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_CA.UTF-8"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(NAV_CLI_EXE), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString source(const QString &rel)
    {
        return QDir(QString::fromLocal8Bit(qgetenv("NAV_SOURCE_DIR"))).filePath(rel);
    }

private Q_SLOTS:
    void initTestCase() { m_profile = m_dir.filePath(QStringLiteral("profile")); }

    void importHsdsExamples()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--profile"), m_profile,
                           QStringLiteral("--format"), QStringLiteral("hsds"),
                           source(QStringLiteral("../shared/reference/hsds-3.0/examples/csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("services/s")));
        // The same file again changes nothing.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--profile"), m_profile,
                               QStringLiteral("--format"), QStringLiteral("hsds"),
                               source(QStringLiteral("../shared/reference/hsds-3.0/examples/csv"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("imported: 0  updated: 0")), qPrintable(again.out));
    }

    void importIcarolWithQuarantineReport()
    {
        const QString report = m_dir.filePath(QStringLiteral("quarantine.csv"));
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--profile"), m_profile,
                           QStringLiteral("--format"), QStringLiteral("icarol"), QStringLiteral("--report"),
                           report, source(QStringLiteral("tests/data/icarol/problems.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("quarantine report: ")));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("record_id,record_type,field,reason"));
        QVERIFY(csv.count('\n') > 2);
    }

    void importFailuresExitNonZero()
    {
        Run r = cli({QStringLiteral("import"), QStringLiteral("--profile"), m_profile,
                     QStringLiteral("--format"), QStringLiteral("icarol"),
                     source(QStringLiteral("tests/data/icarol/unterminated-quote.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("never closed")), qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("--profile"), m_profile,
                 QStringLiteral("--format"), QStringLiteral("nope"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
    }

    void searchPrintsRankedJson()
    {
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--services"), QStringLiteral("800")})
                     .exitCode,
                 0);
        const Run r = cli({QStringLiteral("search"), QStringLiteral("--profile"), m_profile,
                           QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--near"),
                           QStringLiteral("Montréal"), QStringLiteral("--json"),
                           QStringLiteral("banque"), QStringLiteral("alimentaire")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QVERIFY2(!results.isEmpty(), qPrintable(r.out));
        QVERIFY(results.first().toObject().contains(QStringLiteral("distance_km")));
        double previous = 1e9;
        for (const QJsonValue &v : results)
            previous = std::min(previous, v.toObject().value(QStringLiteral("score")).toDouble());
        QVERIFY(previous >= 0);

        const Run plain = cli({QStringLiteral("search"), QStringLiteral("--profile"), m_profile,
                               QStringLiteral("--open-now"), QStringLiteral("shelter")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(QStringLiteral("result")));

        const Run unknown = cli({QStringLiteral("search"), QStringLiteral("--profile"), m_profile,
                                 QStringLiteral("--near"), QStringLiteral("Atlantis"), QStringLiteral("food")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("Unknown place")));
    }
};

QTEST_GUILESS_MAIN(tst_NavigatorCli)
#include "tst_navigatorcli.moc"
