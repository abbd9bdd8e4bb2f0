// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "fixedclock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/schema.h"
#include "sync/followupmerge.h"
#include "sync/outboxpush.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Nav;
using Storage::Outbox;
using Storage::OutboxItem;
using Sync::ApiReply;
using Sync::ApiRequest;

namespace {

// Answers each request with the next scripted reply (200 {} when the script is empty), later
// on the event loop like a real transport; keeps every request it saw.
class ScriptedTransport final : public Sync::ApiTransport
{
public:
    QList<ApiRequest> seen;
    QList<ApiReply> script;
    // When set, replies wait until release() (a request still on its way).
    bool holdReplies = false;

    void send(const ApiRequest &request, QObject *context, Callback done) override
    {
        seen.append(request);
        ApiReply reply;
        if (script.isEmpty()) {
            reply.status = 200;
            reply.json = QJsonDocument(QJsonObject{});
        } else {
            reply = script.takeFirst();
        }
        auto answer = [reply, done = std::move(done)] { done(reply); };
        if (holdReplies)
            m_held.append({QPointer<QObject>(context), std::move(answer)});
        else
            QTimer::singleShot(0, context, std::move(answer));
    }

    void release()
    {
        holdReplies = false;
        const auto held = std::exchange(m_held, {});
        for (const auto &[context, answer] : held)
            if (context)
                QTimer::singleShot(0, context, answer);
    }

private:
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_held;
};

ApiReply ok(int status = 200, const QByteArray &etag = {})
{
    ApiReply r;
    r.status = status;
    r.json = QJsonDocument(QJsonObject{});
    if (!etag.isEmpty())
        r.headers.insert("etag", etag);
    return r;
}

ApiReply noAnswer()
{
    ApiReply r;
    r.failure = ApiReply::Failure::Network;
    r.message = QStringLiteral("The server cannot be reached.");
    return r;
}

ApiReply refused(int status, const QString &code, const QJsonObject &extra = {})
{
    ApiReply r;
    r.status = status;
    r.failure = status >= 500 ? ApiReply::Failure::ServerError : ApiReply::Failure::Refused;
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("no")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        error.insert(it.key(), it.value());
    r.json = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}});
    r.errorCode = code;
    r.message = QStringLiteral("Refused: %1").arg(code);
    return r;
}

QJsonObject attempt(const QString &at, const QString &reach)
{
    return {{QStringLiteral("at"), at}, {QStringLiteral("reach"), reach}};
}

} // namespace

class tst_OutboxPush : public QObject
{
    Q_OBJECT

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 10000);
        return f.result();
    }

    void put(const QString &kind, const QString &key, const QJsonObject &body)
    {
        OutboxItem i;
        i.kind = kind;
        i.recordKey = key;
        i.method = "PUT";
        i.path = QStringLiteral("/api/v1/%1s/%2").arg(kind, key);
        i.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QDateTime now = m_clock.now();
        auto r = await(m_db->run<bool>([i, now](QSqlDatabase &db) -> Result<bool> {
            if (auto p = Outbox::put(db, i, now); !p)
                return Unexpected(p.error());
            return true;
        }));
        QVERIFY(r);
    }

    QList<OutboxItem> items()
    {
        return await(m_db->run<QList<OutboxItem>>([](QSqlDatabase &db) { return Outbox::items(db); })).value_or(QList<OutboxItem>{});
    }

    // Runs one push and waits for its end.
    bool runOnce()
    {
        QSignalSpy finished(m_push.get(), &Sync::OutboxPush::runFinished);
        m_push->pushNow();
        return finished.wait(5000) || finished.count() > 0;
    }

    QTemporaryDir m_dir;
    Test::FixedClock m_clock{QDateTime(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Storage::Database> m_db;
    ScriptedTransport m_api;
    std::unique_ptr<Sync::OutboxPush> m_push;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        o.key = QByteArray(32, '\x05');
        o.migrations = Storage::workstationMigrations();
        QVERIFY(await(m_db->open(o)));
        m_api = ScriptedTransport{};
        m_push = std::make_unique<Sync::OutboxPush>(*m_db, m_api, m_clock);
        m_push->setJitter([] { return 1.0; });
    }

    void cleanup()
    {
        m_push.reset();
        m_db.reset();
    }

    void sendsInOrderAndRemovesWhatArrived()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {{QStringLiteral("revision"), 1}});
        put(QStringLiteral("followup"), QStringLiteral("f1"), {{QStringLiteral("contact_id"), QStringLiteral("c1")}});
        put(QStringLiteral("survey"), QStringLiteral("s1"), {});
        QSignalSpy sent(m_push.get(), &Sync::OutboxPush::itemSent);
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 3);
        QCOMPARE(m_api.seen.at(0).path, QStringLiteral("/api/v1/contacts/c1"));
        QCOMPARE(m_api.seen.at(1).path, QStringLiteral("/api/v1/followups/f1"));
        QCOMPARE(m_api.seen.at(0).method, QByteArray("PUT"));
        QCOMPARE(sent.count(), 3);
        QVERIFY(items().isEmpty());
        QCOMPARE(m_push->state(), Sync::OutboxPush::State::Idle);
        QTRY_COMPARE(m_push->summary().pending, 0);
    }

    // No answer: the item waits (backoff), the run stops so order is kept, nothing is lost.
    void noAnswerWaitsWithBackoff()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {});
        put(QStringLiteral("contact"), QStringLiteral("c2"), {});
        m_api.script = {noAnswer()};
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 1); // c2 was not tried after c1 failed
        QCOMPARE(m_push->state(), Sync::OutboxPush::State::Waiting);
        QCOMPARE(m_push->lastError(), QStringLiteral("The server cannot be reached."));
        auto all = items();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).attempts, 1);
        QCOMPARE(all.at(0).nextAttemptAt, m_clock.now().addSecs(2)); // 2 s, jitter 1.0
        // Not due yet: c1 waits, c2 goes.
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 2);
        QCOMPARE(m_api.seen.at(1).path, QStringLiteral("/api/v1/contacts/c2"));
        m_clock.advance(2);
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 3);
        QVERIFY(items().isEmpty());
        QCOMPARE(m_push->state(), Sync::OutboxPush::State::Idle);
    }

    // "Sync now" pressed while a send is on its way that then fails: the failure's retry time
    // must not undo the user's "now" (it used to, and the item waited out its backoff).
    void retryDuringAFailingSendCoversIt()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {});
        m_api.script = {noAnswer()};
        m_api.holdReplies = true;
        m_push->pushNow();
        QTRY_COMPARE(m_api.seen.size(), 1);
        m_push->retryAll();
        m_api.release();
        QTRY_COMPARE(m_api.seen.size(), 2);
        QTRY_VERIFY(items().isEmpty());
        QTRY_COMPARE(m_push->state(), Sync::OutboxPush::State::Idle);
    }

    void serverErrorHonoursRetryAfter()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {});
        ApiReply busy = refused(503, QStringLiteral("database-unavailable"));
        busy.retryAfterSeconds = 60;
        m_api.script = {busy};
        QVERIFY(runOnce());
        QCOMPARE(items().value(0).nextAttemptAt, m_clock.now().addSecs(60));
        QCOMPARE(items().value(0).lastStatus, 503);
    }

    // A refusal is held (kept, shown), and the others still go.
    void refusalIsHeldAndOthersGo()
    {
        put(QStringLiteral("contact"), QStringLiteral("bad"), {});
        put(QStringLiteral("contact"), QStringLiteral("good"), {});
        m_api.script = {refused(422, QStringLiteral("invalid"))};
        QSignalSpy held(m_push.get(), &Sync::OutboxPush::itemHeld);
        QVERIFY(runOnce());
        QCOMPARE(held.count(), 1);
        QCOMPARE(held.at(0).at(1).toString(), QStringLiteral("bad"));
        QCOMPARE(m_api.seen.size(), 2);
        const auto left = items();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.at(0).held);
        QTRY_COMPARE(m_push->summary().held, 1);
        // Retry all: sent again (now accepted).
        QSignalSpy finished(m_push.get(), &Sync::OutboxPush::runFinished);
        m_push->retryAll();
        QVERIFY(finished.wait(5000));
        QVERIFY(items().isEmpty());
    }

    void notSignedInTouchesNothing()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {});
        ApiReply r;
        r.failure = ApiReply::Failure::NotSignedIn;
        r.message = QStringLiteral("Sign in first.");
        m_api.script = {r};
        QVERIFY(runOnce());
        QCOMPARE(m_push->state(), Sync::OutboxPush::State::NeedsSignIn);
        QCOMPARE(items().value(0).attempts, 0);
    }

    // The server has the contact at a higher revision (a restored profile): catch up.
    void contactRevisionCatchesUp()
    {
        put(QStringLiteral("contact"), QStringLiteral("c1"), {{QStringLiteral("revision"), 1}, {QStringLiteral("contact"), QJsonObject{}}});
        m_api.script = {refused(409, QStringLiteral("revision-conflict"),
                                {{QStringLiteral("current"), QJsonObject{{QStringLiteral("revision"), 7}}}})};
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 2);
        QCOMPARE(m_api.seen.at(1).body.object().value(QStringLiteral("revision")).toInt(), 8);
        QVERIFY(items().isEmpty());
    }

    // A lead reassigned the follow-up while the navigator recorded an outcome: both survive.
    void followUpConflictKeepsBothSides()
    {
        m_push->setUserId(QStringLiteral("nav-id"));
        const QJsonObject mine{{QStringLiteral("contact_id"), QStringLiteral("c1")},
                               {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("done")},
                                                                       {QStringLiteral("attempts"), QJsonArray{attempt(QStringLiteral("2026-12-05T14:00:00.000Z"), QStringLiteral("reached"))}}}}};
        put(QStringLiteral("followup"), QStringLiteral("f1"), mine);
        // The workstation knew revision 1 of it.
        QVERIFY(await(m_db->run<bool>([](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Outbox::setRevision(db, QStringLiteral("followup"), QStringLiteral("f1"), 1); !r)
                return Unexpected(r.error());
            return true;
        })));
        const QJsonObject current{{QStringLiteral("revision"), 2},
                                  {QStringLiteral("assigned_to"), QStringLiteral("other-navigator")},
                                  {QStringLiteral("status"), QStringLiteral("open")},
                                  {QStringLiteral("comment"), QStringLiteral("Marie takes it")},
                                  {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("open")},
                                                                          {QStringLiteral("attempts"), QJsonArray{attempt(QStringLiteral("2026-12-04T10:00:00.000Z"), QStringLiteral("no-answer"))}}}}};
        m_api.script = {refused(409, QStringLiteral("revision-conflict"), {{QStringLiteral("current"), current}}), ok(200, "\"3\"")};
        QSignalSpy merged(m_push.get(), &Sync::OutboxPush::followUpMerged);
        QVERIFY(runOnce());
        QCOMPARE(m_api.seen.size(), 2);
        const ApiRequest &first = m_api.seen.at(0);
        QCOMPARE(first.headers.value(0).second, QByteArray("\"1\""));
        const ApiRequest &again = m_api.seen.at(1);
        QCOMPARE(again.headers.value(0).first, QByteArray("If-Match"));
        QCOMPARE(again.headers.value(0).second, QByteArray("\"2\""));
        const QJsonObject sent = again.body.object();
        QVERIFY(!sent.contains(QStringLiteral("assigned_to"))); // the lead's assignment stays
        const QJsonObject doc = sent.value(QStringLiteral("followup")).toObject();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(doc.value(QStringLiteral("attempts")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("attempts")).toArray().at(0).toObject().value(QStringLiteral("reach")).toString(),
                 QStringLiteral("no-answer")); // oldest first
        QCOMPARE(merged.count(), 1);
        const QString message = merged.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("reassigned")) && message.contains(QStringLiteral("comment")), qPrintable(message));
        QVERIFY(items().isEmpty());
        // The server's new revision is what the next update will send.
        QCOMPARE(await(m_db->run<int>([](QSqlDatabase &db) { return Outbox::revision(db, QStringLiteral("followup"), QStringLiteral("f1")); })).value_or(-1), 3);
    }

    // A conflict that keeps coming back is not retried for ever within a run.
    void conflictPingPongIsBounded()
    {
        put(QStringLiteral("followup"), QStringLiteral("f1"), {{QStringLiteral("followup"), QJsonObject{}}});
        const ApiReply conflict = refused(409, QStringLiteral("revision-conflict"),
                                          {{QStringLiteral("current"), QJsonObject{{QStringLiteral("revision"), 2}}}});
        for (int i = 0; i < 20; ++i)
            m_api.script.append(conflict);
        QVERIFY(runOnce());
        QVERIFY(m_api.seen.size() <= 7);
        QVERIFY(items().value(0).held);
    }

    void mergeWithoutLeadChangesSaysSo()
    {
        const QJsonObject mine{{QStringLiteral("contact_id"), QStringLiteral("c1")},
                               {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}}}};
        const QJsonObject current{{QStringLiteral("revision"), 4}, {QStringLiteral("assigned_to"), QStringLiteral("me")},
                                  {QStringLiteral("status"), QStringLiteral("open")},
                                  {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}}}};
        const auto r = Sync::FollowUpMerge::merge(mine, current, QStringLiteral("me"));
        QCOMPARE(r.serverRevision, 4);
        QVERIFY(r.leadChanges.isEmpty());
        QVERIFY(!r.message.isEmpty());
        // A lead's cancellation is not undone by an open follow-up from here.
        const QJsonObject cancelled{{QStringLiteral("revision"), 5}, {QStringLiteral("assigned_to"), QStringLiteral("me")},
                                    {QStringLiteral("status"), QStringLiteral("cancelled")},
                                    {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}}}};
        const auto c = Sync::FollowUpMerge::merge(mine, cancelled, QStringLiteral("me"));
        QCOMPARE(c.body.value(QStringLiteral("followup")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(c.leadChanges.contains(QStringLiteral("status")));
    }
};

QTEST_GUILESS_MAIN(tst_OutboxPush)
#include "tst_outboxpush.moc"
