// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/sipphone.h"

#include "telephony/sipagent.h"

#include <re.h>

#include <QLoggingCategory>

#include <future>

Q_DECLARE_LOGGING_CATEGORY(lcSip)

namespace Nav::Telephony {

namespace {

struct Posted
{
    std::function<void(SipAgent &)> fn;
};

struct LoopContext
{
    SipAgent *agent = nullptr;
};

void mqueueHandler(int id, void *data, void *arg)
{
    (void)id;
    auto *posted = static_cast<Posted *>(data);
    auto *ctx = static_cast<LoopContext *>(arg);
    if (ctx->agent)
        posted->fn(*ctx->agent);
    delete posted;
}

bool isDialable(const QString &target)
{
    return !target.trimmed().isEmpty();
}

} // namespace

SipPhone::SipPhone(AudioEndpoint *audio, QObject *parent)
    : QObject(parent)
    , m_audio(audio)
{
    qRegisterMetaType<Nav::Telephony::RegistrationStatus>();
    qRegisterMetaType<Nav::Telephony::CallInfo>();
    qRegisterMetaType<Nav::Telephony::MediaStats>();
}

SipPhone::~SipPhone()
{
    shutdown(2000);
}

Result<void> SipPhone::start(const SipAccount &account)
{
    if (auto ok = account.validate(); !ok)
        return ok;
    shutdown(2000);
    m_calls.clear();
    m_localPort.store(0);
    std::promise<bool> ready;
    std::future<bool> started = ready.get_future();
    m_thread = std::thread([this, account, p = std::move(ready)]() mutable {
        // The loop and every libre object live on this thread only.
        LoopContext ctx;
        if (libre_init() != 0) {
            p.set_value(false);
            return;
        }
        struct mqueue *mq = nullptr;
        if (mqueue_alloc(&mq, mqueueHandler, &ctx) != 0) {
            libre_close();
            p.set_value(false);
            return;
        }
        {
            std::lock_guard lock(m_mqMutex);
            m_mq = mq;
        }
        SipAgent agent(this, m_audio, account);
        ctx.agent = &agent;
        p.set_value(true);
        const int err = agent.open();
        if (err)
            qCWarning(lcSip, "SIP stack did not start (errno %d); the state says why", err);
        re_main(nullptr);
        {
            std::lock_guard lock(m_mqMutex);
            m_mq = nullptr;
        }
        agent.release();
        ctx.agent = nullptr;
        mem_deref(mq); // pending posts are freed by their destructors below
        libre_close();
        QMetaObject::invokeMethod(this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
    });
    if (!started.get()) {
        m_thread.join();
        return fail(ErrorCode::Unknown, tr("The phone could not start on this workstation."),
                    QStringLiteral("libre_init or mqueue_alloc failed"));
    }
    return {};
}

bool SipPhone::post(std::function<void(SipAgent &)> fn)
{
    std::lock_guard lock(m_mqMutex);
    if (!m_mq)
        return false;
    auto *posted = new Posted{std::move(fn)};
    if (mqueue_push(m_mq, 0, posted) != 0) {
        delete posted;
        return false;
    }
    return true;
}

void SipPhone::shutdown(int maxWaitMs)
{
    if (!m_thread.joinable())
        return;
    const bool posted = post([maxWaitMs](SipAgent &agent) { agent.close(maxWaitMs); });
    if (!posted)
        qCWarning(lcSip, "SIP thread did not take the shutdown");
    m_thread.join();
    // calls still shown as active are over now
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        if (it->isActive()) {
            it->state = CallState::Ended;
            it->endReason = EndReason::HungUpHere;
            it->ended = QDateTime::currentDateTimeUtc();
            Q_EMIT callEnded(*it);
        }
    }
    m_calls.clear();
    RegistrationStatus s;
    s.state = RegistrationState::Stopped;
    s.since = QDateTime::currentDateTimeUtc();
    reportRegistration(s);
}

QList<CallInfo> SipPhone::calls() const
{
    QList<CallInfo> list = m_calls.values();
    std::sort(list.begin(), list.end(),
              [](const CallInfo &a, const CallInfo &b) { return a.id < b.id; });
    return list;
}

int SipPhone::dial(const QString &target)
{
    if (!isRunning() || !isDialable(target))
        return 0;
    const int id = m_nextCallId.fetch_add(1);
    const QByteArray t = target.trimmed().toUtf8();
    if (!post([id, t](SipAgent &agent) { agent.dial(id, t); }))
        return 0;
    return id;
}

void SipPhone::answer(int callId)
{
    post([callId](SipAgent &agent) { agent.answer(callId); });
}

void SipPhone::decline(int callId, bool busy)
{
    post([callId, busy](SipAgent &agent) { agent.reject(callId, busy ? 486 : 603); });
}

void SipPhone::hangup(int callId)
{
    post([callId](SipAgent &agent) { agent.hangup(callId); });
}

void SipPhone::setHold(int callId, bool hold)
{
    post([callId, hold](SipAgent &agent) { agent.setHold(callId, hold); });
}

void SipPhone::setMuted(int callId, bool muted)
{
    post([callId, muted](SipAgent &agent) { agent.setMuted(callId, muted); });
}

void SipPhone::sendDtmf(int callId, QChar digit)
{
    const char c = digit.toUpper().toLatin1();
    if (!QByteArrayView("0123456789*#ABCD").contains(c) || c == 0)
        return;
    post([callId, c](SipAgent &agent) { agent.sendDtmf(callId, c); });
}

void SipPhone::transfer(int callId, const QString &target)
{
    const QByteArray t = target.trimmed().toUtf8();
    if (t.isEmpty())
        return;
    post([callId, t](SipAgent &agent) { agent.transfer(callId, t); });
}

void SipPhone::setVoiceProcessing(bool echoCancellation, bool noiseSuppression)
{
    post([echoCancellation, noiseSuppression](SipAgent &agent) {
        agent.setVoiceProcessing(echoCancellation, noiseSuppression);
    });
}

void SipPhone::transferToCall(int callId, int consultId)
{
    post([callId, consultId](SipAgent &agent) { agent.transferToCall(callId, consultId); });
}

void SipPhone::setConference(bool on)
{
    post([on](SipAgent &agent) { agent.setConference(on); });
}

void SipPhone::setAcceptingCalls(bool accepting, const QString &forwardTo)
{
    const QByteArray fwd = forwardTo.trimmed().toUtf8();
    m_accepting.store(accepting);
    post([fwd](SipAgent &agent) { agent.setForwardTo(fwd); });
}

void SipPhone::reportRegistration(const RegistrationStatus &status)
{
    m_registration = status;
    Q_EMIT registrationChanged(status);
}

void SipPhone::reportCall(const CallInfo &info)
{
    const bool known = m_calls.contains(info.id);
    if (!info.isActive()) {
        if (!known)
            Q_EMIT callAdded(info);
        m_calls.remove(info.id);
        Q_EMIT callEnded(info);
        return;
    }
    m_calls.insert(info.id, info);
    if (known)
        Q_EMIT callChanged(info);
    else
        Q_EMIT callAdded(info);
}

} // namespace Nav::Telephony
