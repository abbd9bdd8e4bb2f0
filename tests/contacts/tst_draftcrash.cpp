// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The crash test of issue 4: a child process types into a draft, saving after every
// character, and is killed with SIGKILL; the store opened again holds the draft byte for byte.
// The child reports a save only after its future has resolved, so the test fails if a save
// resolves before its bytes are committed (batched, debounced, or left in memory).
#include "contacts/contactservice.h"
#include "fixedclock.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Nav;
using namespace Nav::Contacts;

namespace {

const QString kDraftId = QStringLiteral("6f0c8b9e-2d1a-4c3b-9e8f-7a6b5c4d3e2f");
const QString kText = QStringLiteral("Évaluation: logement d'urgence, 3 enfants… Besoin d'un "
                                     "refuge ce soir; la travailleuse sociale rappellera à 9 h. ");

// What the navigator has typed after `characters` key presses.
QByteArray typed(int characters)
{
    QString text;
    while (text.size() < characters)
        text += kText;
    return text.left(characters).toUtf8();
}

QString storePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("navigator.db"));
}

Storage::Database::Options storeOptions(const QString &profileDir, const QByteArray &key)
{
    Storage::Database::Options o;
    o.filePath = storePath(profileDir);
    o.key = key;
    o.migrations = Storage::workstationMigrations();
    return o;
}

// The child: opens the store and types until it is killed, one acknowledged save per character.
int runChild(const QString &profileDir, const QByteArray &key)
{
    Storage::Database db;
    auto opened = db.open(storeOptions(profileDir, key));
    opened.waitForFinished();
    if (!opened.result()) {
        std::fprintf(stderr, "child: store did not open: %s\n",
                     qPrintable(opened.result().error().detail));
        return 2;
    }
    Core::SystemClock clock;
    ContactService service(db, clock);
    for (int characters = 1; characters < 200000; ++characters) {
        Draft draft;
        draft.id = kDraftId;
        draft.kind = QStringLiteral("contact");
        draft.payload = typed(characters);
        auto saved = service.saveDraft(draft);
        saved.waitForFinished(); // the point of the test: acknowledge only what has resolved
        if (!saved.result()) {
            std::fprintf(stderr, "child: save failed: %s\n",
                         qPrintable(saved.result().error().detail));
            return 3;
        }
        std::fprintf(stdout, "saved %d %lld\n", characters, qlonglong(draft.payload.size()));
        std::fflush(stdout);
    }
    return 4; // never killed: the parent fails on the exit status
}

} // namespace

class tst_DraftCrash : public QObject
{
    Q_OBJECT

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void killedWhileTypingKeepsTheDraftByteForByte()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QByteArray key(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              key.size() / int(sizeof(quint32)));

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--child"), profile.path(),
                            QString::fromLatin1(key.toHex())});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray pending;
        QList<int> acknowledged;
        bool protocolOk = true;
        const auto readLines = [&] {
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.size() != 3 || parts[0] != "saved") {
                    protocolOk = false;
                    continue;
                }
                const int characters = parts[1].toInt();
                if (typed(characters).size() != parts[2].toLongLong())
                    protocolOk = false;
                acknowledged << characters;
            }
        };
        connect(&child, &QProcess::readyReadStandardOutput, this, readLines);
        QElapsedTimer typing;
        typing.start();
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(acknowledged.size() >= 40
                                      || child.state() == QProcess::NotRunning,
                                  "the child did not report 40 saves", 60000);
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());

        child.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readLines(); // everything the child printed before it died
        QVERIFY(protocolOk);
        QVERIFY(acknowledged.size() >= 40);
        for (int i = 0; i < acknowledged.size(); ++i)
            QCOMPARE(acknowledged[i], i + 1);
        const int last = acknowledged.last();
        qInfo("child killed after %d acknowledged saves in %lld ms (including its start)", last,
              typing.elapsed());

        // Killed mid-write, the files are still encrypted: no typed text in the clear.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QByteArray bytes = fileBytes(storePath(profile.path()) + suffix);
            QVERIFY2(!bytes.contains("logement"), qPrintable(suffix));
            QVERIFY(!bytes.startsWith("SQLite format 3"));
        }

        Storage::Database db;
        auto opened = await(db.open(storeOptions(profile.path(), key)));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        Test::FixedClock clock;
        ContactService service(db, clock);
        auto drafts = await(service.drafts());
        QVERIFY2(drafts, qPrintable(drafts ? QString() : drafts.error().detail));
        QCOMPARE(drafts->size(), 1);
        const Draft &restored = drafts->first();
        QCOMPARE(restored.id, kDraftId);
        QCOMPARE(restored.kind, QStringLiteral("contact"));
        // The last acknowledged save, or the one in flight when the kill came (committed but
        // not yet reported). Anything shorter means an acknowledged save was lost.
        const QByteArray acked = typed(last);
        const QByteArray inFlight = typed(last + 1);
        QVERIFY2(restored.payload == acked || restored.payload == inFlight,
                 qPrintable(QStringLiteral("restored %1 bytes, acknowledged %2 bytes")
                                .arg(restored.payload.size())
                                .arg(acked.size())));
        qInfo("restored the %s save (%lld bytes)",
              restored.payload == acked ? "last acknowledged" : "in-flight",
              qlonglong(restored.payload.size()));
        QVERIFY(restored.payload.startsWith(QStringLiteral("Évaluation").toUtf8()));
        QCOMPARE(QString::fromUtf8(restored.payload).toUtf8(), restored.payload); // valid UTF-8
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray::fromHex(argv[3]));
    }
    QCoreApplication app(argc, argv);
    tst_DraftCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftcrash.moc"
