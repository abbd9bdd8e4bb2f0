// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/syncengine.h"

#include "core/clock.h"
#include "storage/database.h"
#include "sync/directorypull.h"
#include "sync/outboxpush.h"
#include "sync/serverclient.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcNavSyncEngine, "nav.sync.engine")

namespace Nav::Sync {

namespace {

const QLatin1String kLastSuccess("sync.last_success");

} // namespace

SyncEngine::SyncEngine(ServerClient &client, Storage::Database &db, const Core::Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_clock(clock)
{
    qRegisterMetaType<Nav::Sync::SyncEngine::Status>();
    m_pull = new DirectoryPull(*this, db, this);
    m_push = new OutboxPush(db, *this, clock, this);

    m_pullTimer.setObjectName(QStringLiteral("directoryPullTimer"));
    m_pullTimer.setInterval(5 * 60 * 1000);
    connect(&m_pullTimer, &QTimer::timeout, this, [this] {
        if (m_client.isSignedIn())
            m_pull->start();
    });

    m_heartbeat.setObjectName(QStringLiteral("agentHeartbeatTimer"));
    m_heartbeat.setInterval(60 * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncEngine::sendAgentState);
    connect(&m_client, &ServerClient::signedIn, this, [this] { onSignedIn(); });
    connect(&m_client, &ServerClient::signedOut, this, [this] { onSignedOut({}); });
    connect(&m_client, &ServerClient::sessionExpired, this,
            [this](const QString &message) { onSignedOut(message); });

    connect(m_pull, &DirectoryPull::stateChanged, this, [this] { updateBusy(); });
    connect(m_pull, &DirectoryPull::progressChanged, this,
            [this](const DirectoryPull::Progress &p) {
                Status s = m_status;
                s.pullDone = p.changes;
                s.pullTotal = p.total;
                setStatus(s);
            });
    connect(m_pull, &DirectoryPull::finished, this, [this](const DirectoryPull::Summary &summary) {
        pullFinished(!summary.cancelled, summary.upserts + summary.tombstones, {});
    });
    connect(m_pull, &DirectoryPull::failed, this,
            [this](const QString &message) { pullFinished(false, 0, message); });

    connect(m_push, &OutboxPush::stateChanged, this, [this] { updateBusy(); });
    connect(m_push, &OutboxPush::summaryChanged, this, [this](const Storage::OutboxSummary &o) {
        Status s = m_status;
        s.pending = o.pending;
        s.held = o.held;
        setStatus(s);
    });
    connect(m_push, &OutboxPush::runFinished, this,
            [this](int sent, const QString &error) { pushFinished(sent, error); });
    connect(m_push, &OutboxPush::followUpMerged, this,
            [this](const QString &, const QString &message) { Q_EMIT followUpMerged(message); });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setPullInterval(int ms)
{
    m_pullTimer.setInterval(ms);
}

void SyncEngine::setPushPoll(int ms)
{
    m_pushPollMs = ms;
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_pull->setServerKey(m_client.baseUrl().toString());
    m_db.run<QString>([](QSqlDatabase &db) { return SyncState::value(db, kLastSuccess); })
        .then(this, [this](const Result<QString> &stored) {
            if (!stored || stored->isEmpty())
                return;
            Status s = m_status;
            s.lastSuccess = QDateTime::fromString(*stored, Qt::ISODate);
            setStatus(s);
        });
    m_pullTimer.start();
    m_push->start(m_pushPollMs);
    // the session's first state (from offline): where the day's time-in-state begins
    m_agentStateSince = m_clock.now();
    recordAgentState(m_agentState, m_agentStateSince);
    if (m_client.isSignedIn())
        onSignedIn();
}

void SyncEngine::syncNow()
{
    if (!m_client.isSignedIn()) {
        Status s = m_status;
        s.connection = Connection::SignedOut;
        setError(s, [] { return notSignedInWords(); });
        setStatus(s);
        Q_EMIT syncFailed(s.lastError);
        return;
    }
    m_roundPull = true;
    m_pullOk = false;
    m_pull->setServerKey(m_client.baseUrl().toString());
    m_pull->start(); // no-op when one is running: its end starts the push
    if (!m_pull->isRunning())
        m_push->retryAll();
}

void SyncEngine::pushSoon()
{
    m_push->pushNow();
}

void SyncEngine::onSignedIn()
{
    const QString userId = m_client.user().value(QStringLiteral("id")).toVariant().toString();
    m_push->setUserId(userId);
    Status s = m_status;
    if (s.connection == Connection::SignedOut)
        s.connection = Connection::Online; // the sign-in itself was an answer
    if (s.lastError == notSignedInWords())
        s.lastError.clear();
    setStatus(s);
    if (m_started) {
        syncNow();
        sendAgentState();
        m_heartbeat.start();
    }
}

void SyncEngine::onSignedOut(const QString &message)
{
    m_heartbeat.stop();
    m_pull->cancel();
    Status s = m_status;
    s.connection = Connection::SignedOut;
    if (!message.isEmpty())
        setError(s, {}, message);
    setStatus(s);
}

void SyncEngine::setAgentState(Core::AgentState state)
{
    if (state == m_agentState)
        return;
    m_agentState = state;
    m_agentStateSince = m_clock.now();
    Q_EMIT agentStateChanged(state);
    if (m_started)
        recordAgentState(state, m_agentStateSince);
    sendAgentState();
}

void SyncEngine::recordAgentState(Core::AgentState state, const QDateTime &at)
{
    // Every change goes through the outbox under its own UUID: it reaches the server once, in
    // order, even after a day offline; the heartbeat only says the current one.
    Storage::OutboxItem item;
    item.kind = QStringLiteral("agent-status");
    item.recordKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.method = "PUT";
    item.path = QStringLiteral("/api/v1/agent-status/changes/") + item.recordKey;
    QJsonObject body{{QStringLiteral("state"), Core::agentStateCode(state)},
                     {QStringLiteral("at"), at.toMSecsSinceEpoch()}};
    // whose change it is: a different navigator signing in later must not send it as theirs
    const QString userId = m_client.user().value(QStringLiteral("id")).toVariant().toString();
    if (!userId.isEmpty())
        body.insert(QStringLiteral("user_id"), userId);
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QDateTime now = m_clock.now();
    m_db.run<bool>([item, now](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Storage::Outbox::put(db, item, now); !r)
                return Unexpected(r.error());
            return true;
        })
        .then(this, [this](const Result<bool> &queued) {
            if (!queued)
                qCWarning(lcNavSyncEngine) << "agent state change not queued:" << queued.error().message;
            else if (m_client.isSignedIn())
                pushSoon();
        });
}

void SyncEngine::sendAgentState()
{
    if (!m_client.isSignedIn())
        return;
    if (!m_heartbeat.isActive()) // stopped by sendOffline(): a new state means "still here"
        m_heartbeat.start();
    ApiRequest r;
    r.method = "PUT";
    r.path = QStringLiteral("/api/v1/agent-status");
    QJsonObject body{{QStringLiteral("state"), Core::agentStateCode(m_agentState)}};
    if (m_agentStateSince.isValid())
        body.insert(QStringLiteral("since"), m_agentStateSince.toMSecsSinceEpoch());
    r.body = QJsonDocument(body);
    send(r, this, [this](const ApiReply &reply) {
        if (!reply.isSuccess())
            qCInfo(lcNavSyncEngine) << "agent state not recorded: HTTP" << reply.status << reply.errorCode;
        Q_EMIT agentStateAnswered(reply.isSuccess());
    });
}

void SyncEngine::sendOffline(std::function<void()> done)
{
    m_heartbeat.stop();
    // kept for the history too (sent with the outbox, now or at the next start)
    if (m_started && m_agentState != Core::AgentState::Offline)
        recordAgentState(Core::AgentState::Offline, m_clock.now());
    if (!m_client.isSignedIn()) {
        if (done)
            done();
        return;
    }
    ApiRequest r;
    r.method = "PUT";
    r.path = QStringLiteral("/api/v1/agent-status");
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("state"), Core::agentStateCode(Core::AgentState::Offline)}});
    m_client.send(r, this, [done = std::move(done)](const ApiReply &reply) {
        if (!reply.isSuccess())
            qCInfo(lcNavSyncEngine) << "offline state not recorded: HTTP" << reply.status << reply.errorCode;
        if (done)
            done();
    });
}

bool SyncEngine::sendOfflineAndWait(int waitMs)
{
    QEventLoop loop;
    // The answer may come after this returns: it must find nothing of this frame.
    auto answered = std::make_shared<bool>(false);
    QPointer<QEventLoop> waiting(&loop);
    sendOffline([answered, waiting] {
        *answered = true;
        if (waiting)
            waiting->quit();
    });
    if (*answered)
        return true;
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!*answered)
        qCInfo(lcNavSyncEngine) << "no answer to the offline state within" << waitMs << "ms";
    return *answered;
}

void SyncEngine::send(const ApiRequest &request, QObject *context, Callback done)
{
    QPointer<SyncEngine> self(this);
    m_client.send(request, context, [self, done = std::move(done)](const ApiReply &reply) {
        if (self)
            self->observe(reply);
        done(reply);
    });
}

void SyncEngine::observe(const ApiReply &reply)
{
    Status s = m_status;
    if (!reply.isSuccess())
        m_observedError = reply.message;
    switch (reply.failure) {
    case ApiReply::Failure::Network:
    case ApiReply::Failure::Timeout:
    case ApiReply::Failure::Tls:
        s.connection = Connection::Offline;
        setError(s, wordsOf(reply), reply.message);
        break;
    case ApiReply::Failure::NotSignedIn:
        s.connection = Connection::SignedOut;
        setError(s, wordsOf(reply), reply.message);
        break;
    case ApiReply::Failure::Cancelled:
        break;
    default:
        // Any HTTP answer, even an error, means the server is there.
        if (reply.status != 0)
            s.connection = Connection::Online;
        if (reply.failure == ApiReply::Failure::ServerError
            || reply.failure == ApiReply::Failure::BadResponse)
            setError(s, wordsOf(reply), reply.message);
        break;
    }
    setStatus(s);
}

void SyncEngine::pullFinished(bool ok, qint64 changes, const QString &error)
{
    m_pullError = error;
    Status s = m_status;
    s.pullDone = 0;
    s.pullTotal = -1;
    if (isNews(error, s))
        setError(s, {}, error);
    setStatus(s);
    if (changes > 0)
        Q_EMIT directoryChanged();
    if (!error.isEmpty()) {
        qCInfo(lcNavSyncEngine) << "directory pull failed";
        Q_EMIT syncFailed(error);
    }
    m_pullOk = ok && error.isEmpty();
    if (m_roundPull) {
        // The "sync now" round goes on with the outbox, whatever the pull did.
        m_push->retryAll();
    } else if (m_pullOk) {
        maybeRecordSuccess();
    }
}

void SyncEngine::pushFinished(int sent, const QString &error)
{
    m_pushError = error;
    if (!error.isEmpty()) {
        Status s = m_status;
        if (isNews(error, s))
            setError(s, {}, error);
        setStatus(s);
        if (m_roundPull)
            Q_EMIT syncFailed(error);
        m_roundPull = false;
        return;
    }
    const bool round = m_roundPull;
    m_roundPull = false;
    // A push with nothing to send never talked to the server: it proves nothing.
    if ((round && m_pullOk) || (!round && sent > 0))
        maybeRecordSuccess();
}

// Both directions went through: that is a successful sync. The time is kept in the store.
void SyncEngine::maybeRecordSuccess()
{
    if (!m_pullError.isEmpty() || !m_pushError.isEmpty())
        return;
    if (!m_client.isSignedIn())
        return;
    Status s = m_status;
    s.lastSuccess = m_clock.now().toUTC();
    s.lastError.clear();
    if (s.connection != Connection::SignedOut)
        s.connection = Connection::Online;
    setStatus(s);
    const QString stamp = s.lastSuccess.toString(Qt::ISODate);
    m_db.run<bool>([stamp](QSqlDatabase &db) -> Result<bool> {
        if (auto r = SyncState::setValue(db, kLastSuccess, stamp); !r)
            return Unexpected(r.error());
        return true;
    });
}

void SyncEngine::updateBusy()
{
    Status s = m_status;
    s.busy = m_pull->isRunning() || m_push->state() == OutboxPush::State::Pushing;
    if (!m_pull->isRunning()) {
        s.pullDone = 0;
        s.pullTotal = -1;
    }
    setStatus(s);
}

void SyncEngine::setStatus(const Status &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

QString SyncEngine::notSignedInWords()
{
    return tr("You are not signed in to the server. Sign in to send your work and "
              "receive directory updates.");
}

// The words of a reply, again in the current language; none when the reply carried words of
// its own (e.g. a refused session) that describe() would not give back.
std::function<QString()> SyncEngine::wordsOf(const ApiReply &reply)
{
    if (ServerClient::describe(reply) != reply.message)
        return {};
    return [reply] { return ServerClient::describe(reply); };
}

void SyncEngine::setError(Status &status, std::function<QString()> words, const QString &text)
{
    m_errorWords = std::move(words);
    status.lastError = m_errorWords ? m_errorWords() : text;
}

// An error a pull or push run ends with that the status does not already say, in any language.
bool SyncEngine::isNews(const QString &error, const Status &status) const
{
    if (error.isEmpty() || error == status.lastError)
        return false;
    return !(m_errorWords && error == m_observedError);
}

void SyncEngine::retranslate()
{
    if (!m_errorWords || m_status.lastError.isEmpty())
        return;
    Status s = m_status;
    s.lastError = m_errorWords();
    setStatus(s);
}

QString SyncEngine::connectionText(Connection connection)
{
    switch (connection) {
    case Connection::SignedOut:
        return tr("Not signed in");
    case Connection::Online:
        return tr("Online");
    case Connection::Offline:
        return tr("Offline");
    }
    return {};
}

QString SyncEngine::details(const Status &status)
{
    QStringList parts;
    if (status.busy) {
        if (status.pullTotal > 0)
            parts << tr("receiving directory updates: %1 of about %2")
                         .arg(QLocale().toString(status.pullDone), QLocale().toString(status.pullTotal));
        else
            parts << tr("syncing…");
    }
    if (status.lastSuccess.isValid()) {
        const QDateTime local = status.lastSuccess.toLocalTime();
        const QLocale locale;
        const QString when = local.date() == QDate::currentDate()
                                 ? locale.toString(local.time(), QLocale::ShortFormat)
                                 : locale.toString(local, QLocale::ShortFormat);
        parts << tr("last sync %1").arg(when);
    } else {
        parts << tr("never synced");
    }
    if (status.pending > 0)
        parts << tr("%n item(s) waiting to be sent", nullptr, status.pending);
    if (status.held > 0)
        parts << tr("%n item(s) refused by the server", nullptr, status.held);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Nav::Sync
