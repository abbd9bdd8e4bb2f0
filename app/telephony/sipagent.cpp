// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/sipagent.h"

#include "telephony/audioendpoint.h"
#include "telephony/jitterbuffer.h"
#include "telephony/mediaquality.h"
#include "telephony/sipphone.h"
#include "telephony/siptls.h"
#include "telephony/voiceprocessor.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <opus/opus.h>
#include <re.h>
#include <rem.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <utility>

Q_LOGGING_CATEGORY(lcSip, "nav.telephony.sip", QtInfoMsg)

namespace Nav::Telephony {

namespace {

constexpr const char *kAllow = "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER\r\n";
constexpr const char *kUserAgent = "Navigator";
constexpr int kMaxCalls = 4;
constexpr uint32_t kPtimeMs = 20;
constexpr size_t kRtpHeader = 12;
// STUN on the media sockets: how long an offer or answer waits for the public address, and how
// often the binding is refreshed (NATs forget idle UDP mappings after 30 s or more)
constexpr uint64_t kStunWaitMs = 500;
constexpr uint32_t kStunKeepAliveSeconds = 15;
constexpr int kStunLayer = 30;
// how late after its time a frame may be played on arrival before the tick conceals it
constexpr uint64_t kPlayoutSlackMs = 5;
// how long the microphone counts as driving a call's sending after its last frame
constexpr uint64_t kMicDrivenMs = 3 * kPtimeMs;

uint64_t backoffMs(int failures)
{
    // 1, 2, 4, 8, 16, 32, 60 s, each with ±20 % jitter so a room of workstations does not
    // come back in step after a registrar restart.
    const uint64_t base = std::min<uint64_t>(60000, 1000ULL << std::min(failures, 6));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return uint64_t(double(base) * jitter);
}

// "ip:port", as SDP and logs write it.
QString addressText(const sa *address)
{
    char text[64] = "";
    (void)re_snprintf(text, sizeof(text), "%J", address);
    return QString::fromLatin1(text);
}

QString plText(const pl &p)
{
    return p.p ? QString::fromUtf8(p.p, qsizetype(p.l)) : QString();
}

// The local address the system would use to reach `dst` (UDP connect, no packet sent).
bool sourceAddressFor(const sa &dst, sa *src)
{
    const int fd = ::socket(sa_af(&dst), SOCK_DGRAM, 0);
    if (fd < 0)
        return false;
    bool ok = ::connect(fd, &dst.u.sa, dst.len) == 0;
    if (ok) {
        sa local;
        sa_init(&local, sa_af(&dst));
        socklen_t len = sizeof(local.u);
        ok = ::getsockname(fd, &local.u.sa, &len) == 0;
        if (ok) {
            local.len = len;
            sa_cpy(src, &local);
            sa_set_port(src, 0);
        }
    }
    ::close(fd);
    return ok;
}

// host (name or literal) and port to an address, blocking (the SIP thread only, at start).
bool resolve(const QString &host, quint16 port, sa *out)
{
    const QByteArray h = host.toUtf8();
    if (sa_set_str(out, h.constData(), port) == 0)
        return true;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *res = nullptr;
    if (::getaddrinfo(h.constData(), nullptr, &hints, &res) != 0 || !res)
        return false;
    bool ok = false;
    for (addrinfo *ai = res; ai && !ok; ai = ai->ai_next) {
        if (ai->ai_family == AF_INET || ai->ai_family == AF_INET6) {
            ok = sa_set_sa(out, ai->ai_addr) == 0;
            if (ok)
                sa_set_port(out, port);
        }
    }
    ::freeaddrinfo(res);
    return ok;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The agent's libre-typed state (libre's headers have no include guards: kept out of sipagent.h)

struct AgentPrivate
{
    tmr reg;
    tmr probe;
    tmr close;
    tmr reap;
    tmr conference;
    uint64_t conferenceNext = 0;
    int16_t mic[AudioEndpoint::kFrameSamples] = {};
    int16_t mix[AudioEndpoint::kFrameSamples] = {};
    sa localAddress{}; // where the registrar is reached from; calls' media binds here too
    ::tls *tlsContext = nullptr; // SIP over TLS: our reference (the transport holds another)
    sa stunServer{};            // resolved at open(); port 0 when there is none
    AgentPrivate()
    {
        tmr_init(&reg);
        tmr_init(&probe);
        tmr_init(&close);
        tmr_init(&reap);
        tmr_init(&conference);
    }
    ~AgentPrivate()
    {
        tmr_cancel(&reg);
        tmr_cancel(&probe);
        tmr_cancel(&close);
        tmr_cancel(&reap);
        tmr_cancel(&conference);
        mem_deref(tlsContext);
    }
};

// ---------------------------------------------------------------------------------------------
// One call: its SIP session, SDP, RTP socket and the 20 ms send clock.

struct AgentCall
{
    SipAgent *agent = nullptr;
    CallInfo info;
    sipsess *sess = nullptr;
    sdp_session *sdp = nullptr;
    sdp_media *media = nullptr;
    struct rtp_sock *rtp = nullptr;
    telev *tel = nullptr;
    mbuf *tx = nullptr;
    tmr tick;
    tmr stats;
    uint64_t nextTickAt = 0;
    // When the microphone last drove this call's sending (the tick sends only when it has not
    // for a while), and when the tick must play a frame if no packet has come to be played.
    uint64_t captureDrivenAt = 0;
    uint64_t playDue = 0;
    uint32_t ts = 0;
    uint32_t telTs = 0;
    bool telActive = false;
    bool marker = true;
    int pt = -1;
    int telPt = -1;
    bool ulaw = true;
    // Opus (RFC 7587): an 8 kHz mono encoder and decoder made when it is negotiated; the RTP
    // clock is 48 kHz, so a 20 ms frame advances the timestamp by 960, and received timestamps
    // are brought to 8 kHz for the jitter buffer from the first one seen.
    bool opus = false;
    OpusEncoder *opusEnc = nullptr;
    OpusDecoder *opusDec = nullptr;
    bool haveOpusBase = false;
    uint32_t opusBase = 0;
    sa raddr{};
    bool mediaReady = false;
    bool localHold = false;
    bool established = false;
    bool ended = false;
    bool sessionClosed = false; // libre closed the session itself
    bool peerHasTelev = false;
    // receive statistics (RFC 3550 A.1, simplified)
    bool haveSeq = false;
    uint16_t maxSeq = 0;
    uint32_t cycles = 0;
    uint32_t baseSeq = 0;
    uint32_t received = 0;
    uint32_t sent = 0;
    int16_t pcm[AudioEndpoint::kFrameSamples] = {};
    int16_t rx[960] = {};
    int16_t playout[AudioEndpoint::kFrameSamples] = {};
    JitterBuffer jitter; // what was received, in order, played out every packet time
    sipsub *refer = nullptr; // the REFER of a transfer in progress, and its NOTIFYs
    // Attended transfer: the consult call this call's other party is being handed to (it ends
    // with this one when the transfer succeeds). 0 for a blind transfer.
    int consultId = 0;
    // SRTP (RFC 3711) keyed by SDES (RFC 4568): our key goes in our SDP's a=crypto, the other
    // side's comes in theirs. UDP helpers on the RTP and RTCP sockets encrypt what leaves and
    // decrypt what arrives once both keys are known (info.encrypted).
    SrtpMode srtpMode = SrtpMode::Off;
    struct srtp *srtpTx = nullptr;
    struct srtp *srtpRx = nullptr;
    udp_helper *srtpRtpHelper = nullptr;
    udp_helper *srtpRtcpHelper = nullptr;
    QByteArray localKey;  // 16 bytes of key, 14 of salt
    QByteArray remoteKey;
    QByteArray suite;     // AES_CM_128_HMAC_SHA1_80 or _32, as negotiated
    // The dialog's tags once established, for a Replaces naming it (libre has no accessor).
    QByteArray localTag;
    QByteArray remoteTag;
    int16_t heard[AudioEndpoint::kFrameSamples] = {}; // this call's frame in a conference tick
    // STUN: binding requests from the RTP and RTCP sockets, repeated as NAT keep-alives for
    // the whole call (held calls send no RTP); the offer or answer waits for the RTP socket's
    // public address, at most kStunWaitMs.
    stun_keepalive *stunRtp = nullptr;
    stun_keepalive *stunRtcp = nullptr;
    tmr stunWait;
    bool stunPending = false;      // the offer or answer waits
    bool rtpMapped = false;        // since the wait began
    bool rtcpMapped = false;
    bool inviteWhenMapped = false;
    bool answerWhenMapped = false;

    AgentCall()
    {
        tmr_init(&tick);
        tmr_init(&stats);
        tmr_init(&stunWait);
    }
    ~AgentCall() { release(); }

    void release()
    {
        tmr_cancel(&tick);
        tmr_cancel(&stats);
        tmr_cancel(&stunWait);
        sess = static_cast<sipsess *>(mem_deref(sess));
        info.encrypted = false;
        stunRtp = static_cast<stun_keepalive *>(mem_deref(stunRtp));
        stunRtcp = static_cast<stun_keepalive *>(mem_deref(stunRtcp));
        // the helpers before their sockets
        srtpRtpHelper = static_cast<udp_helper *>(mem_deref(srtpRtpHelper));
        srtpRtcpHelper = static_cast<udp_helper *>(mem_deref(srtpRtcpHelper));
        rtp = static_cast<struct rtp_sock *>(mem_deref(rtp));
        tel = static_cast<telev *>(mem_deref(tel));
        refer = static_cast<sipsub *>(mem_deref(refer));
        if (opusEnc)
            opus_encoder_destroy(std::exchange(opusEnc, nullptr));
        if (opusDec)
            opus_decoder_destroy(std::exchange(opusDec, nullptr));
        srtpTx = static_cast<struct srtp *>(mem_deref(srtpTx));
        srtpRx = static_cast<struct srtp *>(mem_deref(srtpRx));
        sdp = static_cast<sdp_session *>(mem_deref(sdp));
        media = nullptr;
        tx = static_cast<mbuf *>(mem_deref(tx));
    }

    // Until when the microphone drives this call's sending (0: it never did).
    uint64_t micDrivenUntil() const { return captureDrivenAt ? captureDrivenAt + kMicDrivenMs : 0; }

    // RTP timestamp units in one 20 ms frame: Opus runs a 48 kHz clock, G.711 8 kHz
    uint32_t frameTicks() const { return opus ? 960 : AudioEndpoint::kFrameSamples; }

    bool canSend() const
    {
        return mediaReady && !localHold && media && (sdp_media_dir(media) & SDP_SENDONLY);
    }
};

namespace {

void txTick(void *arg);
void statsTick(void *arg);
void playOnArrival(AgentCall *call);
void scheduleTick(AgentCall *call, uint64_t now, bool fromTick = false);

void rtpReceived(const sa *src, const rtp_header *hdr, mbuf *mb, void *arg)
{
    (void)src;
    auto *call = static_cast<AgentCall *>(arg);
    if (call->ended)
        return;
    // sequence bookkeeping for the loss figure
    if (!call->haveSeq) {
        call->haveSeq = true;
        call->maxSeq = hdr->seq;
        call->baseSeq = hdr->seq;
    } else {
        const uint16_t delta = uint16_t(hdr->seq - call->maxSeq);
        if (delta < 0x8000) {
            if (hdr->seq < call->maxSeq)
                call->cycles += 0x10000;
            call->maxSeq = hdr->seq;
        }
    }
    ++call->received;

    if (call->telPt >= 0 && hdr->pt == call->telPt) {
        int event = -1;
        bool end = false;
        if (call->tel && telev_recv(call->tel, mb, &event, &end) == 0 && !end) {
            const int digit = telev_code2digit(event);
            if (digit > 0) {
                SipPhone *phone = call->agent->phone();
                const int id = call->info.id;
                QMetaObject::invokeMethod(
                    phone, [phone, id, digit] { phone->dtmfReceived(id, QChar(digit)); },
                    Qt::QueuedConnection);
            }
        }
        return;
    }
    if (hdr->pt != call->pt || !call->agent->ownsAudio(call))
        return;
    const uint8_t *p = mbuf_buf(mb);
    if (call->opus) {
        // up to 120 ms in a packet; a packet that does not decode is left to concealment
        const int got = opus_decode(call->opusDec, p, opus_int32(mbuf_get_left(mb)), call->rx,
                                    int(sizeof(call->rx) / sizeof(call->rx[0])), 0);
        if (got <= 0)
            return;
        if (!call->haveOpusBase) {
            call->haveOpusBase = true;
            call->opusBase = hdr->ts;
        }
        // 48 kHz to 8 kHz, from the first timestamp (wraps cleanly for the first 24 h)
        const uint32_t ts8 = uint32_t(hdr->ts - call->opusBase) / 6;
        call->jitter.put(hdr->seq, ts8, call->rx, size_t(got), int64_t(tmr_jiffies()));
        playOnArrival(call);
        return;
    }
    const size_t n = std::min(mbuf_get_left(mb), sizeof(call->rx) / sizeof(call->rx[0]));
    if (call->ulaw) {
        for (size_t i = 0; i < n; ++i)
            call->rx[i] = g711_ulaw2pcm(p[i]);
    } else {
        for (size_t i = 0; i < n; ++i)
            call->rx[i] = g711_alaw2pcm(p[i]);
    }
    call->jitter.put(hdr->seq, hdr->ts, call->rx, n, int64_t(tmr_jiffies()));
    playOnArrival(call);
}

void rtcpReceived(const sa *, rtcp_msg *, void *) {}

// What arrived is played as soon as the jitter buffer lets it go (it keeps back only what the
// network's jitter calls for), not at the next tick: the tick plays only when packets stop
// coming (a lost one is then concealed in its time).
void playOnArrival(AgentCall *call)
{
    if (call->info.inConference || !call->agent->ownsAudio(call))
        return;
    const uint64_t now = tmr_jiffies();
    int frames = 0;
    for (; frames < 4 && call->jitter.ready(); ++frames) {
        call->jitter.get(call->playout, int64_t(now));
        call->agent->audio()->play(call->playout, AudioEndpoint::kFrameSamples);
    }
    if (frames > 0) {
        call->playDue = now + kPtimeMs + kPlayoutSlackMs;
        scheduleTick(call, now);
    }
}

// One packet to the other party: a pending DTMF event first, else `pcm` (a conference's mix)
// or what the microphone captured.
void sendFrame(AgentCall *call, const int16_t *pcm = nullptr)
{
    mbuf *mb = call->tx;
    if (call->tel && call->telPt >= 0) {
        mb->pos = mb->end = kRtpHeader;
        bool marker = false;
        if (telev_poll(call->tel, &marker, mb) == 0 && mb->end > kRtpHeader) {
            if (!call->telActive || marker) {
                call->telActive = true;
                call->telTs = call->ts;
            }
            mb->pos = kRtpHeader;
            if (rtp_send(call->rtp, &call->raddr, false, marker, uint8_t(call->telPt),
                         call->telTs, mb) == 0)
                ++call->sent;
            call->ts += call->frameTicks();
            return;
        }
        call->telActive = false;
    }
    if (pcm)
        std::copy(pcm, pcm + AudioEndpoint::kFrameSamples, call->pcm);
    else if (call->agent->ownsAudio(call))
        call->agent->audio()->capture(call->pcm, AudioEndpoint::kFrameSamples);
    else
        std::fill(std::begin(call->pcm), std::end(call->pcm), int16_t(0));
    if (call->info.muted)
        std::fill(std::begin(call->pcm), std::end(call->pcm), int16_t(0));
    mb->pos = mb->end = kRtpHeader;
    uint8_t *out = mb->buf + kRtpHeader;
    if (call->opus) {
        const opus_int32 bytes = opus_encode(call->opusEnc, call->pcm,
                                             int(AudioEndpoint::kFrameSamples), out,
                                             opus_int32(mb->size - kRtpHeader - 16));
        if (bytes <= 0) {
            call->ts += call->frameTicks();
            return;
        }
        mb->end = kRtpHeader + size_t(bytes);
    } else {
        for (size_t i = 0; i < AudioEndpoint::kFrameSamples; ++i)
            out[i] = call->ulaw ? g711_pcm2ulaw(call->pcm[i]) : g711_pcm2alaw(call->pcm[i]);
        mb->end = kRtpHeader + AudioEndpoint::kFrameSamples;
    }
    mb->pos = kRtpHeader;
    if (rtp_send(call->rtp, &call->raddr, false, call->marker, uint8_t(call->pt), call->ts, mb)
        == 0)
        ++call->sent;
    call->marker = false;
    call->ts += call->frameTicks();
}

void txTick(void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    if (call->ended)
        return;
    const uint64_t now = tmr_jiffies();
    if (call->nextTickAt == 0)
        call->nextTickAt = now;
    // catch up at most a few frames after a stall, then resynchronise the clock
    int frames = 0;
    while (call->nextTickAt <= now && frames < 3) {
        if (call->info.inConference) {
            // the conference tick mixes, sends and plays for every call in it
            call->nextTickAt += kPtimeMs;
            ++frames;
            continue;
        }
        // the microphone sends as it delivers (SipAgent::onCaptureReady); the tick sends when it
        // does not (no microphone, another call had it, a device without a ready signal)
        if (call->canSend() && now >= call->micDrivenUntil())
            sendFrame(call);
        // a frame out of the jitter buffer when none was played on arrival in its time
        // (concealment of a lost packet, silence while nothing comes)
        if (call->agent->ownsAudio(call) && now >= call->playDue) {
            call->jitter.get(call->playout, int64_t(now));
            call->agent->audio()->play(call->playout, AudioEndpoint::kFrameSamples);
            call->playDue = now + kPtimeMs;
        }
        call->nextTickAt += kPtimeMs;
        ++frames;
    }
    if (call->nextTickAt <= now)
        call->nextTickAt = now + kPtimeMs;
    scheduleTick(call, now, true);
}

// While the microphone sends and arrivals play, the tick has nothing to do until one of them
// stops: it sleeps till then. The tick calls this, and so do arrivals and the microphone as
// they push their deadlines back, so the sleeping tick moves with them (it used to wake every
// 25 ms to find nothing to do: a thread wake-up is most of what a frame costs).
void scheduleTick(AgentCall *call, uint64_t now, bool fromTick)
{
    // (libre clears a timer before calling its handler: the tick itself always goes on)
    if (!fromTick && !tmr_isrunning(&call->tick))
        return; // media not started, or the call is over
    uint64_t wake = call->nextTickAt;
    if (!call->info.inConference && call->captureDrivenAt != 0 && call->agent->ownsAudio(call)) {
        const uint64_t quiet = std::min(call->playDue, call->micDrivenUntil());
        wake = std::max(wake, quiet);
    }
    tmr_start(&call->tick, wake > now ? wake - now : 0, txTick, call);
}

void statsTick(void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    if (call->ended)
        return;
    MediaStats s;
    s.callId = call->info.id;
    s.packetsSent = call->sent;
    s.packetsReceived = call->received;
    if (call->haveSeq) {
        const uint32_t extendedMax = call->cycles + call->maxSeq;
        const uint32_t expected = extendedMax - call->baseSeq + 1;
        const int64_t lost = int64_t(expected) - int64_t(call->received);
        s.lossPercent = expected ? std::max<double>(0, 100.0 * double(lost) / expected) : 0;
        struct rtcp_stats st{};
        // the jitter libre computes for the stream it receives
        if (rtcp_stats(call->rtp, 0, &st) == 0)
            s.jitterMs = st.rx.jit / 1000.0;
        const JitterBuffer::Stats &jb = call->jitter.stats();
        s.bufferMs = jb.targetMs;
        s.bufferWaitMs = jb.meanWaitMs;
        const uint32_t frames = jb.played + jb.concealed;
        s.concealedPercent = frames ? 100.0 * jb.concealed / frames : 0;
        // what the navigator hears: packets lost or too late, and the delay of the buffer
        s.mos = estimateMos(std::max(s.lossPercent, s.concealedPercent), s.jitterMs, jb.targetMs);
    }
    SipPhone *phone = call->agent->phone();
    QMetaObject::invokeMethod(
        phone, [phone, s] { phone->statsUpdated(s); }, Qt::QueuedConnection);
    tmr_start(&call->stats, 1000, statsTick, call);
}

// RFC 7983: a first byte of 0-3 is STUN (the NAT keep-alives share the media sockets), 128-191
// RTP or RTCP. STUN passes SRTP untouched both ways.
bool isStun(const mbuf *mb)
{
    return mbuf_get_left(mb) >= 20 && mbuf_buf(mb)[0] < 4;
}

// SRTP on the call's sockets: what leaves is encrypted, what arrives decrypted, once both keys
// are known. Until then (or when an "optional" call settled on plain RTP) packets pass as they
// are, except that a call that requires SRTP never sends nor accepts a clear one.
bool srtpSend(int *err, sa *dst, mbuf *mb, void *arg, bool rtcp)
{
    (void)dst;
    auto *call = static_cast<AgentCall *>(arg);
    if (isStun(mb))
        return false;
    if (!call->info.encrypted) {
        *err = 0;
        return call->srtpMode == SrtpMode::Required; // true: handled (dropped)
    }
    const size_t start = mb->pos;
    const int e = rtcp ? srtcp_encrypt(call->srtpTx, mb) : srtp_encrypt(call->srtpTx, mb);
    mb->pos = start;
    if (e) {
        *err = e;
        return true;
    }
    return false;
}

bool srtpReceive(sa *src, mbuf *mb, void *arg, bool rtcp)
{
    (void)src;
    auto *call = static_cast<AgentCall *>(arg);
    if (isStun(mb))
        return false;
    if (!call->info.encrypted)
        return call->srtpMode == SrtpMode::Required;
    const size_t start = mb->pos;
    const int e = rtcp ? srtcp_decrypt(call->srtpRx, mb) : srtp_decrypt(call->srtpRx, mb);
    mb->pos = start;
    return e != 0; // a packet that does not authenticate is dropped
}

bool srtpSendRtp(int *err, sa *dst, mbuf *mb, void *arg) { return srtpSend(err, dst, mb, arg, false); }
bool srtpSendRtcp(int *err, sa *dst, mbuf *mb, void *arg) { return srtpSend(err, dst, mb, arg, true); }
bool srtpReceiveRtp(sa *src, mbuf *mb, void *arg) { return srtpReceive(src, mb, arg, false); }
bool srtpReceiveRtcp(sa *src, mbuf *mb, void *arg) { return srtpReceive(src, mb, arg, true); }

struct Crypto
{
    QByteArray tag, suite, key;
};

// "1 AES_CM_128_HMAC_SHA1_80 inline:<base64 key||salt>[|lifetime][|MKI:length]" with a suite
// we do (the AES-CM 128 suites), the first one offered.
bool pickCrypto(const char *name, const char *value, void *arg)
{
    (void)name;
    const QList<QByteArray> parts = QByteArray(value).simplified().split(' ');
    if (parts.size() < 3 || !parts.at(2).startsWith("inline:"))
        return false;
    if (parts.at(1) != "AES_CM_128_HMAC_SHA1_80" && parts.at(1) != "AES_CM_128_HMAC_SHA1_32")
        return false;
    const QByteArray key = QByteArray::fromBase64(parts.at(2).mid(7).split('|').first());
    if (key.size() != 30)
        return false;
    *static_cast<Crypto *>(arg) = Crypto{parts.at(0), parts.at(1), key};
    return true;
}

// SDES: the other side's key from its SDP; when answering, ours goes back with its tag and
// suite. False when SRTP is required and the other side offers none we can do.
bool applyCrypto(AgentCall *call, bool answering)
{
    if (call->srtpMode == SrtpMode::Off)
        return true;
    Crypto c;
    if (!sdp_media_rattr_apply(call->media, "crypto", pickCrypto, &c)) {
        if (call->srtpMode == SrtpMode::Required)
            return false;
        if (answering)
            sdp_media_del_lattr(call->media, "crypto"); // plain RTP, said plainly
        call->info.encrypted = false;
        return true;
    }
    if (answering) {
        (void)sdp_media_set_lattr(call->media, true, "crypto", "%s %s inline:%s",
                                  c.tag.constData(), c.suite.constData(),
                                  call->localKey.toBase64().constData());
    }
    const srtp_suite suite = c.suite.endsWith("_32") ? SRTP_AES_CM_128_HMAC_SHA1_32
                                                     : SRTP_AES_CM_128_HMAC_SHA1_80;
    if (c.suite != call->suite || !call->srtpTx) {
        call->srtpTx = static_cast<struct srtp *>(mem_deref(call->srtpTx));
        if (srtp_alloc(&call->srtpTx, suite,
                       reinterpret_cast<const uint8_t *>(call->localKey.constData()),
                       size_t(call->localKey.size()), 0))
            return false;
    }
    if (c.suite != call->suite || c.key != call->remoteKey || !call->srtpRx) {
        call->srtpRx = static_cast<struct srtp *>(mem_deref(call->srtpRx));
        if (srtp_alloc(&call->srtpRx, suite, reinterpret_cast<const uint8_t *>(c.key.constData()),
                       size_t(c.key.size()), 0))
            return false;
    }
    call->suite = c.suite;
    call->remoteKey = c.key;
    call->info.encrypted = true;
    return true;
}

bool isOurCodec(const sdp_format *f)
{
    return f->sup && (str_casecmp(f->name, "PCMU") == 0 || str_casecmp(f->name, "PCMA") == 0
                      || (str_casecmp(f->name, "opus") == 0 && f->srate == 48000));
}

// Opus at 8 kHz mono (what the sound path carries), tuned for speech over a lossy link.
bool useOpus(AgentCall *call)
{
    int err = OPUS_OK;
    if (!call->opusEnc) {
        call->opusEnc = opus_encoder_create(AudioEndpoint::kSampleRate, 1, OPUS_APPLICATION_VOIP, &err);
        if (err != OPUS_OK || !call->opusEnc)
            return false;
        opus_encoder_ctl(call->opusEnc, OPUS_SET_INBAND_FEC(1));
        opus_encoder_ctl(call->opusEnc, OPUS_SET_PACKET_LOSS_PERC(5));
        opus_encoder_ctl(call->opusEnc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    }
    if (!call->opusDec) {
        call->opusDec = opus_decoder_create(AudioEndpoint::kSampleRate, 1, &err);
        if (err != OPUS_OK || !call->opusDec)
            return false;
    }
    return true;
}

// Which of our formats the answer (or the offer we answer) settled on, and its keys.
bool applyNegotiation(AgentCall *call, bool answering)
{
    // the first common audio format is the codec; telephone-event alone is not
    const sdp_format *fmt = nullptr;
    const list *lst = sdp_media_format_lst(call->media, false);
    for (le *e = list_head(lst); e && !fmt; e = e->next) {
        auto *f = static_cast<sdp_format *>(e->data);
        if (isOurCodec(f))
            fmt = f;
    }
    if (!fmt)
        return false;
    call->pt = fmt->pt;
    call->opus = str_casecmp(fmt->name, "opus") == 0;
    call->ulaw = str_casecmp(fmt->name, "PCMU") == 0;
    if (call->opus && !useOpus(call))
        return false;
    call->info.codec = QStringLiteral("%1/%2").arg(QString::fromLatin1(fmt->name)).arg(fmt->srate);
    // RFC 4733 events share the audio's clock: ours run at 8 kHz, so with Opus (48 kHz)
    // digits go as SIP INFO
    const sdp_format *tel = call->opus ? nullptr : sdp_media_rformat(call->media, "telephone-event");
    call->telPt = tel ? tel->pt : -1;
    call->peerHasTelev = tel != nullptr;
    call->raddr = *sdp_media_raddr(call->media);
    const enum sdp_dir dir = sdp_media_rdir(call->media);
    call->info.remoteHold = !(dir & SDP_SENDONLY) || !sa_isset(&call->raddr, SA_ADDR)
                            || sa_is_any(&call->raddr);
    call->mediaReady = sa_isset(&call->raddr, SA_ALL) && !sa_is_any(&call->raddr);
    return applyCrypto(call, answering);
}

void startMedia(AgentCall *call)
{
    if (!tmr_isrunning(&call->tick)) {
        call->nextTickAt = 0;
        tmr_start(&call->tick, 0, txTick, call);
    }
    if (!tmr_isrunning(&call->stats))
        tmr_start(&call->stats, 1000, statsTick, call);
}

int offerHandler(mbuf **descp, const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    const bool gotOffer = mbuf_get_left(msg->mb) > 0;
    if (gotOffer) {
        const int err = sdp_decode(call->sdp, msg->mb, true);
        if (err)
            return err;
        if (!applyNegotiation(call, true))
            return EPROTO;
    }
    const int err = sdp_encode(descp, call->sdp, !gotOffer);
    call->agent->callChanged(call);
    return err;
}

int answerHandler(const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    const int err = sdp_decode(call->sdp, msg->mb, false);
    if (err)
        return err;
    if (!applyNegotiation(call, false))
        return EPROTO;
    call->agent->callChanged(call);
    return 0;
}

void progressHandler(const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    if (msg->scode == 180 || msg->scode == 183) {
        call->info.state = CallState::RemoteRinging;
        call->agent->callChanged(call);
    }
}

void establishedHandler(const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    if (msg) {
        // our INVITE's 200 (we are From) or the caller's ACK (we are To)
        const bool outgoing = call->info.direction == CallDirection::Outgoing;
        const pl &local = outgoing ? msg->from.tag : msg->to.tag;
        const pl &remote = outgoing ? msg->to.tag : msg->from.tag;
        call->localTag = QByteArray(local.p, qsizetype(local.l));
        call->remoteTag = QByteArray(remote.p, qsizetype(remote.l));
    }
    call->established = true;
    if (call->info.state != CallState::Held)
        call->info.state = CallState::Connected;
    if (!call->info.answered.isValid())
        call->info.answered = QDateTime::currentDateTimeUtc();
    startMedia(call);
    call->agent->callChanged(call);
}

void infoHandler(struct sip *sip, const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    // application/dtmf-relay: "Signal=5\r\nDuration=160"
    if (msg_ctype_cmp(&msg->ctyp, "application", "dtmf-relay")) {
        pl body;
        pl_set_mbuf(&body, msg->mb);
        pl sig;
        if (re_regex(body.p, body.l, "Signal=[0-9*#A-Da-d]1", &sig) == 0 && sig.l == 1) {
            SipPhone *phone = call->agent->phone();
            const int id = call->info.id;
            const QChar digit = QChar::fromLatin1(sig.p[0]).toUpper();
            QMetaObject::invokeMethod(
                phone, [phone, id, digit] { phone->dtmfReceived(id, digit); },
                Qt::QueuedConnection);
        }
        (void)sip_reply(sip, msg, 200, "OK");
        return;
    }
    (void)sip_reply(sip, msg, 415, "Unsupported Media Type");
}

void closeHandler(int err, const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    call->sessionClosed = true;
    call->ended = true;
    call->info.state = CallState::Ended;
    call->info.ended = QDateTime::currentDateTimeUtc();
    const int code = msg ? msg->scode : 0;
    call->info.sipCode = code;
    if (!call->established && call->info.direction == CallDirection::Incoming) {
        call->info.endReason = EndReason::Abandoned;
    } else if (call->established) {
        call->info.endReason = err && err != ECONNRESET ? EndReason::Failed
                                                        : EndReason::HungUpThere;
    } else if (code == 486 || code == 600) {
        call->info.endReason = EndReason::Busy;
    } else if (code == 404 || code == 604) {
        call->info.endReason = EndReason::NotFound;
    } else if (code >= 300) {
        call->info.endReason = EndReason::Rejected;
    } else {
        call->info.endReason = EndReason::Unreachable;
    }
    qCInfo(lcSip, "call %d ended (SIP code %d, errno %d)", call->info.id, code, err);
    tmr_cancel(&call->tick);
    tmr_cancel(&call->stats);
    call->agent->callChanged(call);
    call->agent->scheduleReap();
}

// The transferee reports how the transferred call goes (RFC 3515: a message/sipfrag body
// with a status line). A 2xx means the other party is now with the target: our leg ends.
void referNotify(struct sip *sip, const sip_msg *msg, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    (void)sip_treply(nullptr, sip, msg, 200, "OK");
    if (call->ended)
        return;
    pl code;
    if (re_regex(reinterpret_cast<const char *>(mbuf_buf(msg->mb)), mbuf_get_left(msg->mb),
                 "SIP/2.0 [0-9]+", &code))
        return;
    const uint32_t status = pl_u32(&code);
    if (status < 200)
        return; // trying, ringing
    if (status < 300) {
        qCInfo(lcSip, "call %d transferred", call->info.id);
        call->agent->finishTransfer(call, 0);
    } else {
        qCInfo(lcSip, "call %d: transfer failed (%u)", call->info.id, status);
        call->agent->finishTransfer(call, int(status));
    }
}

void referClose(int err, const sip_msg *msg, const sipevent_substate *substate, void *arg)
{
    (void)substate;
    auto *call = static_cast<AgentCall *>(arg);
    if (call->ended || !call->info.transferring)
        return;
    // the REFER was refused (or the subscription ended without a final report)
    const int code = msg && msg->scode >= 300 ? int(msg->scode) : (err ? 503 : 0);
    if (code)
        call->agent->finishTransfer(call, code);
}

int16_t saturate(int v)
{
    return int16_t(std::clamp(v, -32768, 32767));
}

void conferenceTick(void *arg)
{
    static_cast<SipAgent *>(arg)->onConferenceTick();
}

int authTrampoline(char **user, char **password, const char *realm, void *arg)
{
    return static_cast<SipAgent *>(arg)->authenticate(user, password, realm);
}

void registerResponse(int err, const sip_msg *msg, void *arg)
{
    static_cast<SipAgent *>(arg)->onRegisterResponse(err, msg);
}

int registerSend(enum sip_transp tp, const sa *src, const sa *dst, mbuf *mb, void *arg)
{
    (void)dst;
    return static_cast<SipAgent *>(arg)->onRegisterSend(mb, src, int(tp));
}

void probeResponse(int err, const sip_msg *msg, void *arg)
{
    static_cast<SipAgent *>(arg)->onProbeResponse(err, msg);
}

bool requestTrampoline(const sip_msg *msg, void *arg)
{
    return static_cast<SipAgent *>(arg)->onRequest(msg);
}

void connectTrampoline(const sip_msg *msg, void *arg)
{
    static_cast<SipAgent *>(arg)->onIncomingInvite(msg);
}

void exitTrampoline(void *arg)
{
    static_cast<SipAgent *>(arg)->onSipExit();
}

void regTimer(void *arg) { static_cast<SipAgent *>(arg)->onRegisterTimer(); }
void probeTimer(void *arg) { static_cast<SipAgent *>(arg)->onProbeTimer(); }
void closeTimer(void *arg) { static_cast<SipAgent *>(arg)->onCloseTimer(); }
void reapTimer(void *arg) { static_cast<SipAgent *>(arg)->onReapTimer(); }
void captureReady(int flags, void *arg)
{
    (void)flags;
    static_cast<SipAgent *>(arg)->onCaptureReady();
}
void stunRtpMapped(int err, const sa *map, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    call->agent->onStunMapped(call, err, map, false);
}
void stunRtcpMapped(int err, const sa *map, void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    call->agent->onStunMapped(call, err, map, true);
}
void stunWaitOver(void *arg)
{
    auto *call = static_cast<AgentCall *>(arg);
    call->agent->onStunWaitOver(call);
}

int newCallMedia(AgentCall *call, const sa *laddr)
{
    int err = sdp_session_alloc(&call->sdp, laddr);
    sa rtpAddr = *laddr;
    sa_set_port(&rtpAddr, 0);
    if (!err)
        err = rtp_listen(&call->rtp, IPPROTO_UDP, &rtpAddr, 16384, 32767, true, rtpReceived,
                         rtcpReceived, call);
    if (!err) {
        sa local = *laddr;
        sa_set_port(&local, sa_port(rtp_local(call->rtp)));
        call->info.mediaAddress = addressText(&local);
    }
    call->srtpMode = call->agent->account().srtp;
    // "required" offers RTP/SAVP (a peer without SRTP refuses the call); "optional" offers
    // RTP/AVP with a key, which a peer that can encrypt takes up (best-effort SDES)
    if (!err)
        err = sdp_media_add(&call->media, call->sdp, "audio", sa_port(rtp_local(call->rtp)),
                            call->srtpMode == SrtpMode::Required ? "RTP/SAVP" : "RTP/AVP");
    if (!err && call->srtpMode != SrtpMode::Off) {
        call->localKey.resize(30);
        QRandomGenerator::system()->generate(call->localKey.begin(), call->localKey.end());
        err = sdp_media_set_lattr(call->media, true, "crypto",
                                  "1 AES_CM_128_HMAC_SHA1_80 inline:%s",
                                  call->localKey.toBase64().constData());
        if (!err)
            err = udp_register_helper(&call->srtpRtpHelper,
                                      static_cast<udp_sock *>(rtp_sock(call->rtp)), 20,
                                      srtpSendRtp, srtpReceiveRtp, call);
        if (!err)
            err = udp_register_helper(&call->srtpRtcpHelper,
                                      static_cast<udp_sock *>(rtcp_sock(call->rtp)), 20,
                                      srtpSendRtcp, srtpReceiveRtcp, call);
    }
    // G.711 first, then Opus: Opus is taken when the other side puts it first (or has nothing
    // else), or offered first when the account prefers it. What Navigator plays and records is
    // 8 kHz, so it asks for narrowband.
    const auto addOpus = [&] {
        if (!err)
            err = sdp_format_add(nullptr, call->media, false, "111", "opus", 48000, 2, nullptr,
                                 nullptr, nullptr, false,
                                 "maxplaybackrate=8000;sprop-maxcapturerate=8000;useinbandfec=1");
    };
    const bool opusFirst = call->agent->account().preferOpus;
    if (opusFirst)
        addOpus();
    if (!err)
        err = sdp_format_add(nullptr, call->media, false, "0", "PCMU", 8000, 1, nullptr,
                             nullptr, nullptr, false, nullptr);
    if (!err)
        err = sdp_format_add(nullptr, call->media, false, "8", "PCMA", 8000, 1, nullptr,
                             nullptr, nullptr, false, nullptr);
    if (!opusFirst)
        addOpus();
    if (!err)
        err = sdp_format_add(nullptr, call->media, false, "101", "telephone-event", 8000, 1,
                             nullptr, nullptr, nullptr, false, "0-15");
    if (!err)
        err = telev_alloc(&call->tel, kPtimeMs);
    if (!err)
        call->tx = mbuf_alloc(kRtpHeader + 512);
    if (!call->tx)
        err = err ? err : ENOMEM;
    if (!err) {
        rtcp_start(call->rtp, "navigator", nullptr);
        call->ts = QRandomGenerator::global()->generate();
    }
    return err;
}

QString callerNumber(const sip_taddr &from)
{
    return plText(from.uri.user);
}

} // namespace

// ---------------------------------------------------------------------------------------------

SipAgent::SipAgent(SipPhone *phone, AudioEndpoint *audio, const SipAccount &account)
    : m_phone(phone)
    , m_voice(std::make_unique<VoiceProcessor>(audio, account.echoCancellation,
                                               account.noiseSuppression))
    , m_audio(m_voice.get())
    , m_account(account)
    , m_p(std::make_unique<AgentPrivate>())
{
    m_aor = account.addressOfRecord().toUtf8();
    m_registrarUri = account.registrarUri().toUtf8();
    m_routeUri = m_registrarUri + ";lr";
    m_cuser = account.user.toUtf8();
}

SipAgent::~SipAgent()
{
    release();
}

void SipAgent::setVoiceProcessing(bool echoCancellation, bool noiseSuppression)
{
    m_voice->setOptions(echoCancellation, noiseSuppression);
}

int SipAgent::open()
{
    sa registrar;
    if (!resolve(m_account.registrarHost(), m_account.registrarPort(), &registrar)) {
        setRegistration(RegistrationState::Failed, 0, QStringLiteral("cannot resolve registrar"));
        return EADDRNOTAVAIL;
    }
    sa laddr;
    if (!sourceAddressFor(registrar, &laddr)) {
        setRegistration(RegistrationState::Unreachable, 0, QStringLiteral("no route"));
        return ENETUNREACH;
    }
    // Host names need a DNS client (libre 1.1 does not read /etc/hosts): use the system's
    // servers. IP literals work without one.
    dnsc *dns = nullptr;
    {
        char domain[64] = "";
        sa servers[4];
        uint32_t count = 4;
        if (dns_srv_get(domain, sizeof(domain), servers, &count) == 0 && count > 0)
            (void)dnsc_alloc(&dns, nullptr, servers, count);
    }
    m_p->localAddress = laddr;
    if (!m_account.stunServer.isEmpty()) {
        const auto [host, port] = m_account.stunHostPort();
        if (!resolve(host, port, &m_p->stunServer)) {
            // calls still work where no NAT is in the way: say so in the log, go on
            qCWarning(lcSip, "the STUN server's name does not resolve: calls offer the local "
                             "address");
            sa_init(&m_p->stunServer, AF_UNSPEC);
        }
    }
    int err = sip_alloc(&m_sip, dns, 32, 32, 32, kUserAgent, exitTrampoline, this);
    mem_deref(dns);
    if (err)
        return err;
    err = sip_transp_add(m_sip, SIP_TRANSP_UDP, &laddr);
    if (!err && m_account.transport == SipTransport::Tcp)
        err = sip_transp_add(m_sip, SIP_TRANSP_TCP, &laddr);
    if (!err && m_account.transport == SipTransport::Tls) {
        err = makeClientTls(&m_p->tlsContext, m_account.trustedAuthorities,
                            m_account.registrarHost().toUtf8());
        if (err) {
            setRegistration(RegistrationState::Failed, 0,
                            QStringLiteral("TLS set-up failed (errno %1)").arg(err));
            return err;
        }
        err = sip_transp_add(m_sip, SIP_TRANSP_TLS, &laddr, m_p->tlsContext);
    }
    if (!err)
        err = sipsess_listen(&m_sessSock, m_sip, 32, connectTrampoline, this);
    // the microphone's "a frame is ready" drives sending (see onCaptureReady)
    if (!err && m_audio->captureReadyFd() >= 0
        && fd_listen(m_audio->captureReadyFd(), FD_READ, captureReady, this) == 0)
        m_captureFd = m_audio->captureReadyFd();
    // before our own request listener, which answers what no one else claimed
    if (!err)
        err = sipevent_listen(&m_eventSock, m_sip, 32, 32, nullptr, nullptr);
    if (!err)
        err = sip_listen(&m_lsnr, m_sip, true, requestTrampoline, this);
    if (!err)
        err = sip_dialog_alloc(&m_regDialog, m_registrarUri.constData(), m_aor.constData(),
                               m_account.displayName.isEmpty()
                                   ? nullptr
                                   : m_account.displayName.toUtf8().constData(),
                               m_aor.constData(), nullptr, 0);
    if (!err)
        err = sip_auth_alloc(&m_regAuth, authTrampoline, this, false);
    if (err) {
        setRegistration(RegistrationState::Failed, 0,
                        QStringLiteral("SIP stack set-up failed (errno %1)").arg(err));
        return err;
    }
    sendRegister();
    tmr_start(&m_p->probe, uint64_t(m_account.keepAliveInterval) * 1000, probeTimer, this);
    return 0;
}

int SipAgent::authenticate(char **user, char **password, const char *realm)
{
    (void)realm;
    const QByteArray u = m_account.effectiveAuthUser().toUtf8();
    const QByteArray p = m_account.password.toUtf8();
    int err = str_dup(user, u.constData());
    err |= str_dup(password, p.constData());
    return err;
}

void SipAgent::setRegistration(RegistrationState state, int sipCode, const QString &detail,
                               uint64_t retryInMs, int certificateError)
{
    const bool changed = state != m_regState;
    m_regState = state;
    RegistrationStatus s;
    s.state = state;
    s.sipCode = sipCode;
    s.detail = detail;
    s.certificateError = certificateError;
    s.since = QDateTime::currentDateTimeUtc();
    if (retryInMs)
        s.nextAttempt = s.since.addMSecs(qint64(retryInMs));
    if (changed || retryInMs)
        qCInfo(lcSip).noquote() << "registration:" << int(state) << sipCode << detail;
    SipPhone *phone = m_phone;
    QMetaObject::invokeMethod(
        phone, [phone, s] { phone->reportRegistration(s); }, Qt::QueuedConnection);
}

int SipAgent::onRegisterSend(mbuf *mb, const sa *src, int transport)
{
    m_phone->reportLocalPort(sa_port(src));
    const uint32_t expires = m_unregistering ? 0 : uint32_t(m_account.registerExpiry);
    return mbuf_printf(mb, "Contact: <sip:%s@%J%s>;expires=%u\r\n", m_cuser.constData(), src,
                       sip_transp_param(sip_transp(transport)), expires);
}

void SipAgent::sendRegister()
{
    if (!m_sip || m_sipExited)
        return;
    if (m_regInFlight) {
        m_regAgain = true;
        return;
    }
    tmr_cancel(&m_p->reg);
    if (!m_unregistering && m_regState != RegistrationState::Registered)
        setRegistration(RegistrationState::Registering, 0, {});
    m_regInFlight = true;
    if (TlsClientState *tls = clientTlsState(m_p->tlsContext))
        tls->verifyError = 0; // a new connection's handshake says again
    const int err = sip_drequestf(&m_regRequest, m_sip, true, "REGISTER", m_regDialog, 0,
                                  m_regAuth, registerSend, registerResponse, this,
                                  "%sContent-Length: 0\r\n\r\n", kAllow);
    if (err) {
        m_regInFlight = false;
        scheduleRegisterRetry(RegistrationState::Unreachable, 0,
                              QStringLiteral("cannot send REGISTER (errno %1)").arg(err));
    }
}

void SipAgent::scheduleRegisterRetry(RegistrationState state, int sipCode, const QString &detail,
                                     int certificateError)
{
    if (m_closing)
        return;
    const uint64_t wait = backoffMs(m_failCount++);
    setRegistration(state, sipCode, detail, wait, certificateError);
    tmr_start(&m_p->reg, wait, regTimer, this);
}

void SipAgent::onRegisterResponse(int err, const sip_msg *msg)
{
    if (msg && msg->scode < 200)
        return;
    m_regInFlight = false;
    m_regRequest = nullptr;
    if (m_unregistering) {
        qCInfo(lcSip, "un-registered (%d)", msg ? int(msg->scode) : -err);
        finishClose(false);
        return;
    }
    if (m_closing)
        return;
    if (err || !msg) {
        if (const TlsClientState *tls = clientTlsState(m_p->tlsContext); tls && tls->verifyError) {
            // it answered, but not with a certificate Navigator can trust: no credentials went
            scheduleRegisterRetry(RegistrationState::Failed, 0,
                                  QStringLiteral("TLS: certificate refused (X509 error %1)")
                                      .arg(tls->verifyError),
                                  tls->verifyError);
            return;
        }
        scheduleRegisterRetry(RegistrationState::Unreachable, 0,
                              QStringLiteral("no answer from the registrar (errno %1)").arg(err));
        return;
    }
    const int code = msg->scode;
    if (code >= 200 && code < 300) {
        m_failCount = 0;
        m_authFailures = 0;
        m_authResetTried = false;
        m_everRegistered = true;
        m_registrarLost = false;
        uint32_t expires = uint32_t(m_account.registerExpiry);
        if (pl_isset(&msg->expires))
            expires = std::min(expires, pl_u32(&msg->expires));
        // refresh at 90 % of the granted time, and never more often than every 5 s
        const uint64_t refresh = std::max<uint64_t>(5000, uint64_t(expires) * 900);
        tmr_start(&m_p->reg, refresh, regTimer, this);
        setRegistration(RegistrationState::Registered, code, {});
    } else if (code == 401 || code == 407) {
        int aerr = sip_auth_authenticate(m_regAuth, msg);
        if (aerr && !m_authResetTried) {
            // A registrar that restarted challenges afresh without "stale": the credentials
            // libre cached for that realm look wrong to it. Start over once before giving up.
            m_authResetTried = true;
            sip_auth_reset(m_regAuth);
            aerr = sip_auth_authenticate(m_regAuth, msg);
        }
        if (aerr == 0 && m_authFailures++ < 3) {
            sendRegister();
            return;
        }
        // the same challenge again: the password is wrong. Do not hammer the account (it
        // could lock it): wait for new settings, and try again only slowly.
        m_authFailures = 0;
        m_authResetTried = false;
        sip_auth_reset(m_regAuth);
        m_failCount = std::max(m_failCount, 6);
        scheduleRegisterRetry(RegistrationState::Rejected, code, QStringLiteral("authentication"));
    } else if (code == 403) {
        sip_auth_reset(m_regAuth);
        m_failCount = std::max(m_failCount, 6);
        scheduleRegisterRetry(RegistrationState::Rejected, code, QStringLiteral("forbidden"));
    } else if (code == 423) {
        const sip_hdr *minExpires = sip_msg_hdr(msg, SIP_HDR_MIN_EXPIRES);
        const uint32_t min = minExpires ? pl_u32(&minExpires->val) : 0;
        if (min > uint32_t(m_account.registerExpiry) && min < 86400) {
            m_account.registerExpiry = int(min);
            sendRegister();
            return;
        }
        scheduleRegisterRetry(RegistrationState::Failed, code, QStringLiteral("interval too brief"));
    } else {
        scheduleRegisterRetry(RegistrationState::Failed, code, plText(msg->reason).left(60));
    }
    if (m_regAgain && !m_regInFlight) {
        m_regAgain = false;
        sendRegister();
    }
}

void SipAgent::onRegisterTimer()
{
    sendRegister();
}

void SipAgent::sendProbe()
{
    if (!m_sip || m_closing)
        return;
    if (m_probePending && !m_registrarLost) {
        // the last probe got no answer within a whole interval
        m_registrarLost = true;
        if (m_regState == RegistrationState::Registered)
            setRegistration(RegistrationState::Unreachable, 0,
                            QStringLiteral("registrar does not answer keep-alives"),
                            uint64_t(m_account.keepAliveInterval) * 1000);
    }
    m_probePending = true;
    m_probeRequest = nullptr;
    const int err = sip_requestf(&m_probeRequest, m_sip, true, "OPTIONS",
                                 m_registrarUri.constData(), nullptr, nullptr, nullptr,
                                 probeResponse, this,
                                 "To: <%s>\r\nFrom: <%s>;tag=%016llx\r\nCall-ID: %016llx\r\n"
                                 "CSeq: 1 OPTIONS\r\n%s"
                                 "Content-Length: 0\r\n\r\n",
                                 m_registrarUri.constData(), m_aor.constData(),
                                 static_cast<unsigned long long>(rand_u64()),
                                 static_cast<unsigned long long>(rand_u64()), kAllow);
    if (err)
        onProbeResponse(err, nullptr);
}

void SipAgent::onProbeResponse(int err, const sip_msg *msg)
{
    if (m_closing)
        return;
    if (msg && msg->scode < 200)
        return;
    if (err || !msg) {
        if (!m_registrarLost) {
            m_registrarLost = true;
            if (m_regState == RegistrationState::Registered)
                setRegistration(RegistrationState::Unreachable, 0,
                                QStringLiteral("keep-alive failed (errno %1)").arg(err),
                                uint64_t(m_account.keepAliveInterval) * 1000);
        }
        return;
    }
    // any answer at all means the registrar is there
    m_probePending = false;
    if (m_registrarLost) {
        // It was gone: it may have restarted and forgotten us. Register again at once.
        m_registrarLost = false;
        qCInfo(lcSip, "registrar answers again: registering");
        m_failCount = 0;
        sendRegister();
    }
}

void SipAgent::onProbeTimer()
{
    sendProbe();
    tmr_start(&m_p->probe, uint64_t(m_account.keepAliveInterval) * 1000, probeTimer, this);
}

bool SipAgent::onRequest(const sip_msg *msg)
{
    if (pl_strcmp(&msg->met, "OPTIONS") == 0) {
        (void)sip_treplyf(nullptr, nullptr, m_sip, msg, false, 200, "OK",
                          "%sAccept: application/sdp\r\nContent-Length: 0\r\n\r\n", kAllow);
        return true;
    }
    if (pl_strcmp(&msg->met, "ACK") == 0)
        return true;
    // an in-dialog request the session layer did not claim: the dialog does not exist
    if (pl_isset(&msg->to.tag)) {
        (void)sip_reply(m_sip, msg, 481, "Call/Transaction Does Not Exist");
        return true;
    }
    static const char *known[] = {"MESSAGE", "SUBSCRIBE", "NOTIFY", "PUBLISH", "REFER",
                                  "UPDATE", "PRACK", "INFO", "REGISTER"};
    for (const char *method : known) {
        if (pl_strcmp(&msg->met, method) == 0) {
            (void)sip_treplyf(nullptr, nullptr, m_sip, msg, false, 405, "Method Not Allowed",
                              "%sContent-Length: 0\r\n\r\n", kAllow);
            return true;
        }
    }
    (void)sip_treplyf(nullptr, nullptr, m_sip, msg, false, 501, "Not Implemented",
                      "%sContent-Length: 0\r\n\r\n", kAllow);
    return true;
}

AgentCall *SipAgent::replacedBy(const sip_msg *msg) const
{
    const sip_hdr *h = sip_msg_xhdr(msg, "Replaces");
    if (!h)
        return nullptr;
    pl callIdPl, toTag, fromTag;
    if (re_regex(h->val.p, h->val.l, "[^;]+", &callIdPl) != 0
        || msg_param_decode(&h->val, "to-tag", &toTag) != 0
        || msg_param_decode(&h->val, "from-tag", &fromTag) != 0)
        return nullptr;
    const QByteArray callId(callIdPl.p, qsizetype(callIdPl.l));
    const QByteArray ours(toTag.p, qsizetype(toTag.l));
    const QByteArray theirs(fromTag.p, qsizetype(fromTag.l));
    for (const auto &[id, call] : m_calls) {
        if (call->ended || !call->established || !call->sess)
            continue;
        if (callId == sip_dialog_callid(sipsess_dialog(call->sess)) && call->localTag == ours
            && call->remoteTag == theirs)
            return call.get();
    }
    return nullptr;
}

void SipAgent::onIncomingInvite(const sip_msg *msg)
{
    if (m_closing) {
        (void)sip_treply(nullptr, m_sip, msg, 503, "Service Unavailable");
        return;
    }
    // A colleague hands us their caller after consulting us (attended transfer): the caller's
    // INVITE replaces our call with the colleague and is answered at once, whatever the agent
    // state (we are on that call).
    AgentCall *replaced = nullptr;
    if (sip_msg_xhdr(msg, "Replaces")) {
        replaced = replacedBy(msg);
        if (!replaced) {
            (void)sip_treply(nullptr, m_sip, msg, 481, "Call/Transaction Does Not Exist");
            return;
        }
    }
    if (!replaced && !m_phone->m_accepting.load()) {
        if (!m_forwardTo.isEmpty()) {
            (void)sip_treplyf(nullptr, nullptr, m_sip, msg, false, 302, "Moved Temporarily",
                              "Contact: <%s>\r\nContent-Length: 0\r\n\r\n",
                              targetUri(m_forwardTo).constData());
        } else {
            (void)sip_treply(nullptr, m_sip, msg, 486, "Busy Here");
        }
        return;
    }
    if (!replaced && int(m_calls.size()) >= kMaxCalls) {
        (void)sip_treply(nullptr, m_sip, msg, 486, "Busy Here");
        return;
    }
    auto call = std::make_unique<AgentCall>();
    call->agent = this;
    call->info.id = m_phone->m_nextCallId.fetch_add(1);
    call->info.direction = CallDirection::Incoming;
    call->info.state = CallState::Ringing;
    call->info.created = QDateTime::currentDateTimeUtc();
    call->info.remoteUri = plText(msg->from.auri);
    call->info.remoteNumber = callerNumber(msg->from);
    call->info.remoteName = plText(msg->from.dname).remove(u'"').trimmed();

    sa laddr;
    (void)sip_transp_laddr(m_sip, &laddr, msg->tp, &msg->src);
    int err = newCallMedia(call.get(), &laddr);
    if (err) {
        (void)sip_treply(nullptr, m_sip, msg, 500, "Server Internal Error");
        return;
    }
    if (mbuf_get_left(msg->mb) > 0) {
        if (!msg_ctype_cmp(&msg->ctyp, "application", "sdp")) {
            (void)sip_treply(nullptr, m_sip, msg, 415, "Unsupported Media Type");
            return;
        }
        if (sdp_decode(call->sdp, msg->mb, true) != 0) {
            (void)sip_treply(nullptr, m_sip, msg, 400, "Bad Session Description");
            return;
        }
        if (!applyNegotiation(call.get(), true)) {
            (void)sip_treply(nullptr, m_sip, msg, 488, "Not Acceptable Here");
            return;
        }
    }
    err = sipsess_accept(&call->sess, m_sessSock, msg, 180, "Ringing", m_cuser.constData(),
                         "application/sdp", nullptr, authTrampoline, this, false, offerHandler,
                         answerHandler, establishedHandler, infoHandler, nullptr, closeHandler,
                         call.get(), "%s", kAllow);
    if (err) {
        (void)sip_treply(nullptr, m_sip, msg, 500, "Server Internal Error");
        return;
    }
    qCInfo(lcSip, "incoming call %d", call->info.id);
    AgentCall *raw = call.get();
    m_calls.emplace(raw->info.id, std::move(call));
    (void)startStun(raw); // while it rings
    if (!replaced) {
        callChanged(raw);
        return;
    }
    // no ringing: the consult call ends (BYE) and this one is answered in its place
    qCInfo(lcSip, "call %d replaces call %d", raw->info.id, replaced->info.id);
    // answer() ends the replaced call once this one is answered, so that Qt hears of the new
    // call before the end of the one it replaces
    raw->info.replacesCallId = replaced->info.id;
    answer(raw->info.id);
}

QByteArray SipAgent::targetUri(const QByteArray &target) const
{
    const QByteArray t = target.trimmed();
    if (t.startsWith("sip:") || t.startsWith("sips:"))
        return t;
    if (t.contains('@'))
        return "sip:" + t;
    // the registrar's domain, with its port when it is not the default one: a proxy compares
    // host and port to know the request is for its own domain
    QString host = m_account.registrarHost();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const quint16 port = m_account.registrarPort();
    const quint16 standard = m_account.transport == SipTransport::Tls ? 5061 : 5060;
    if (port != standard)
        host += u':' + QString::number(port);
    return "sip:" + t + '@' + host.toUtf8();
}

void SipAgent::dial(int callId, const QByteArray &target)
{
    auto call = std::make_unique<AgentCall>();
    call->agent = this;
    call->info.id = callId;
    call->info.direction = CallDirection::Outgoing;
    call->info.state = CallState::Dialing;
    call->info.created = QDateTime::currentDateTimeUtc();
    const QByteArray uri = targetUri(target);
    call->info.remoteUri = QString::fromUtf8(uri);
    {
        pl p;
        pl_set_str(&p, uri.constData());
        struct uri parsed;
        if (uri_decode(&parsed, &p) == 0)
            call->info.remoteNumber = plText(parsed.user);
    }
    AgentCall *raw = call.get();
    m_calls.emplace(callId, std::move(call));

    if (!m_sip || m_closing) {
        failToStart(raw, EndReason::Unreachable, "phone not running");
        return;
    }
    if (int(m_calls.size()) > kMaxCalls) {
        failToStart(raw, EndReason::Failed, "too many calls");
        return;
    }
    if (newCallMedia(raw, &m_p->localAddress) != 0) {
        failToStart(raw, EndReason::Failed, "media set-up");
        return;
    }
    if (startStun(raw)) {
        raw->inviteWhenMapped = true; // sent when the public address is known
        callChanged(raw);
        return;
    }
    sendInvite(raw);
}

void SipAgent::sendInvite(AgentCall *call)
{
    if (call->ended || call->sess)
        return;
    mbuf *offer = nullptr;
    int err = sdp_encode(&offer, call->sdp, true);
    const char *routes[] = {m_routeUri.constData()};
    const QByteArray name = m_account.displayName.toUtf8();
    const QByteArray uri = call->info.remoteUri.toUtf8();
    if (!err)
        err = sipsess_connect(&call->sess, m_sessSock, uri.constData(),
                              name.isEmpty() ? nullptr : name.constData(), m_aor.constData(),
                              m_cuser.constData(), routes, 1, "application/sdp", offer,
                              authTrampoline, this, false, offerHandler, answerHandler,
                              progressHandler, establishedHandler, infoHandler, nullptr,
                              closeHandler, call, "%s", kAllow);
    mem_deref(offer);
    if (err) {
        failToStart(call, EndReason::Failed, "INVITE could not be sent");
        return;
    }
    qCInfo(lcSip, "outgoing call %d", call->info.id);
    callChanged(call);
}

void SipAgent::failToStart(AgentCall *call, EndReason reason, const char *why)
{
    qCWarning(lcSip, "call %d could not start: %s", call->info.id, why);
    call->ended = true;
    call->info.state = CallState::Ended;
    call->info.endReason = reason;
    call->info.ended = QDateTime::currentDateTimeUtc();
    callChanged(call);
    scheduleReap();
}

bool SipAgent::startStun(AgentCall *call)
{
    if (sa_port(&m_p->stunServer) == 0)
        return false;
    // quick retransmissions: the call waits for the first answer
    struct stun_conf conf{};
    conf.rto = 100;
    conf.rc = 4;
    conf.rm = 16;
    conf.ti = 39500;
    int err = stun_keepalive_alloc(&call->stunRtp, IPPROTO_UDP, rtp_sock(call->rtp), kStunLayer,
                                   &m_p->stunServer, &conf, stunRtpMapped, call);
    if (!err && rtcp_sock(call->rtp))
        err = stun_keepalive_alloc(&call->stunRtcp, IPPROTO_UDP, rtcp_sock(call->rtp),
                                   kStunLayer, &m_p->stunServer, &conf, stunRtcpMapped, call);
    if (err) {
        qCWarning(lcSip, "call %d: STUN could not start (errno %d): offering the local address",
                  call->info.id, err);
        return false;
    }
    stun_keepalive_enable(call->stunRtp, kStunKeepAliveSeconds);
    if (call->stunRtcp)
        stun_keepalive_enable(call->stunRtcp, kStunKeepAliveSeconds);
    call->stunPending = true;
    call->rtpMapped = false;
    call->rtcpMapped = !call->stunRtcp;
    tmr_start(&call->stunWait, kStunWaitMs, stunWaitOver, call);
    return true;
}

void SipAgent::onStunMapped(AgentCall *call, int err, const sa *mapped, bool rtcp)
{
    if (err || !mapped) {
        if (!rtcp && call->stunPending)
            onStunWaitOver(call);
        return;
    }
    if (rtcp) {
        if (call->media)
            sdp_media_set_laddr_rtcp(call->media, mapped);
        call->rtcpMapped = true;
        if (call->stunPending && call->rtpMapped)
            onStunWaitOver(call);
        return;
    }
    const QString address = addressText(mapped);
    const bool changed = call->info.mediaAddressFromStun && call->info.mediaAddress != address;
    if (call->sdp)
        sdp_session_set_laddr(call->sdp, mapped);
    if (call->media)
        sdp_media_set_laddr(call->media, mapped);
    call->info.mediaAddress = address;
    call->info.mediaAddressFromStun = true;
    call->rtpMapped = true;
    if (call->stunPending) {
        if (call->rtcpMapped)
            onStunWaitOver(call);
        return;
    }
    if (changed) {
        // the NAT gave the media socket another public port mid-call; the next re-INVITE (hold,
        // resume) carries it
        qCWarning(lcSip, "call %d: the public address of its media changed", call->info.id);
        callChanged(call);
    }
}

void SipAgent::onStunWaitOver(AgentCall *call)
{
    if (!call->stunPending)
        return;
    call->stunPending = false;
    tmr_cancel(&call->stunWait);
    if (!call->info.mediaAddressFromStun)
        qCWarning(lcSip, "call %d: no answer from the STUN server in %d ms: offering the local "
                         "address", call->info.id, int(kStunWaitMs));
    if (call->ended)
        return;
    if (std::exchange(call->inviteWhenMapped, false))
        sendInvite(call);
    else if (std::exchange(call->answerWhenMapped, false))
        answer(call->info.id);
    else
        callChanged(call); // rings on, with its media address known
}

AgentCall *SipAgent::findCall(int callId) const
{
    const auto it = m_calls.find(callId);
    return it == m_calls.end() || it->second->ended ? nullptr : it->second.get();
}

void SipAgent::answer(int callId)
{
    AgentCall *call = findCall(callId);
    if (!call || call->info.direction != CallDirection::Incoming
        || call->info.state != CallState::Ringing)
        return;
    if (call->stunPending) {
        call->answerWhenMapped = true; // as soon as the public address is known
        return;
    }
    // put any other connected call on hold first: one conversation at a time
    for (auto &[id, other] : m_calls) {
        if (other.get() != call && !other->ended && other->info.state == CallState::Connected
            && id != call->info.replacesCallId)
            setHold(id, true);
    }
    mbuf *desc = nullptr;
    int err = sdp_encode(&desc, call->sdp, false);
    if (!err)
        err = sipsess_answer(call->sess, 200, "OK", desc, "%s", kAllow);
    mem_deref(desc);
    if (err) {
        qCWarning(lcSip, "call %d: answer failed (errno %d)", callId, err);
        return;
    }
    call->info.state = CallState::Connected;
    call->info.answered = QDateTime::currentDateTimeUtc();
    startMedia(call);
    callChanged(call);
    // an INVITE with Replaces: the consult call it names ends now (after Qt heard of this one)
    if (call->info.replacesCallId != 0) {
        if (AgentCall *replaced = findCall(call->info.replacesCallId))
            endHere(replaced, EndReason::Transferred);
    }
}

void SipAgent::reject(int callId, int code)
{
    AgentCall *call = findCall(callId);
    if (!call || call->info.state != CallState::Ringing)
        return;
    (void)sipsess_reject(call->sess, uint16_t(code), code == 486 ? "Busy Here" : "Decline",
                         nullptr);
    call->ended = true;
    call->info.state = CallState::Ended;
    call->info.endReason = EndReason::Declined;
    call->info.sipCode = code;
    call->info.ended = QDateTime::currentDateTimeUtc();
    callChanged(call);
    scheduleReap();
}

void SipAgent::hangup(int callId)
{
    AgentCall *call = findCall(callId);
    if (!call)
        return;
    if (call->info.state == CallState::Ringing) {
        reject(callId, 603);
        return;
    }
    endHere(call, EndReason::HungUpHere);
}

void SipAgent::endHere(AgentCall *call, EndReason reason)
{
    // mem_deref of the session sends CANCEL before an answer and BYE after it
    call->sess = static_cast<sipsess *>(mem_deref(call->sess));
    call->ended = true;
    call->info.state = CallState::Ended;
    call->info.endReason = reason;
    call->info.ended = QDateTime::currentDateTimeUtc();
    tmr_cancel(&call->tick);
    tmr_cancel(&call->stats);
    tmr_cancel(&call->stunWait);
    call->stunPending = false;
    callChanged(call);
    scheduleReap();
}

void SipAgent::transfer(int callId, const QByteArray &target)
{
    AgentCall *call = findCall(callId);
    if (!call || !call->established || !call->sess || !m_eventSock || call->info.transferring)
        return;
    sendRefer(call, targetUri(target), QString::fromUtf8(target));
}

bool SipAgent::sendRefer(AgentCall *call, const QByteArray &referTo, const QString &shownTarget)
{
    call->refer = static_cast<sipsub *>(mem_deref(call->refer));
    const int err = sipevent_drefer(&call->refer, m_eventSock, sipsess_dialog(call->sess),
                                    m_cuser.constData(), authTrampoline, this, false, referNotify,
                                    referClose, call, "Refer-To: <%s>\r\nReferred-By: <%s>\r\n",
                                    referTo.constData(), m_aor.constData());
    if (err) {
        qCWarning(lcSip, "call %d: REFER could not be sent (errno %d)", call->info.id, err);
        call->info.transferFailedCode = 500;
        callChanged(call);
        return false;
    }
    call->info.transferring = true;
    call->info.transferFailedCode = 0;
    call->info.transferTarget = shownTarget;
    callChanged(call);
    return true;
}

namespace {

// A URI header value (RFC 3261 hnv-unreserved / unreserved kept, the rest %-escaped): the
// Replaces inside a Refer-To travels as "?Replaces=<escaped value>".
QByteArray escapeHeaderValue(const QByteArray &value)
{
    return value.toPercentEncoding("[]/?:+$-_.!~*'()");
}

} // namespace

void SipAgent::transferToCall(int callId, int consultId)
{
    AgentCall *call = findCall(callId);
    if (!call || !call->established || !call->sess || !m_eventSock || call->info.transferring)
        return;
    AgentCall *consult = findCall(consultId);
    const auto refuse = [&](const char *why) {
        // the pane said "handing over…": it must hear that nothing was sent
        qCWarning(lcSip, "call %d: no attended transfer to call %d: %s", callId, consultId, why);
        call->info.transferFailedCode = 400;
        callChanged(call);
    };
    if (!consult || consult == call || !consult->established || !consult->sess
        || consult->localTag.isEmpty() || consult->remoteTag.isEmpty()) {
        refuse("the consult call is not connected");
        return;
    }
    // RFC 5589 7.1: REFER the caller to the consulted party, with a Replaces naming our call
    // with that party as the party sees it (its tag is the to-tag, ours the from-tag); it
    // takes the caller's INVITE in place of our consult call.
    const QByteArray callIdB(sip_dialog_callid(sipsess_dialog(consult->sess)));
    const QByteArray replaces = callIdB + ";to-tag=" + consult->remoteTag
                                + ";from-tag=" + consult->localTag;
    QByteArray target = consult->info.remoteUri.toUtf8();
    if (target.isEmpty() || target.contains('?') || target.contains('>')) {
        refuse("the consulted party's address cannot carry Replaces");
        return;
    }
    target += "?Replaces=" + escapeHeaderValue(replaces);
    call->consultId = consultId;
    const QString shown = consult->info.remoteNumber.isEmpty() ? consult->info.remoteUri
                                                               : consult->info.remoteNumber;
    if (!sendRefer(call, target, shown)) {
        call->consultId = 0;
        return;
    }
    qCInfo(lcSip, "call %d: attended transfer to call %d", callId, consultId);
}

void SipAgent::finishTransfer(AgentCall *call, int failedCode)
{
    call->info.transferring = false;
    const int consultId = std::exchange(call->consultId, 0);
    if (failedCode) {
        // the caller is still with us (and the consulted party too): say so, nothing else
        // changes
        call->info.transferFailedCode = failedCode;
        callChanged(call);
        return;
    }
    std::vector<AgentCall *> leaving{call};
    // The consulted party now talks with the caller: our call with it ends too. It is usually
    // ending already (the party's BYE after Replaces); if it does not do Replaces, our BYE.
    if (AgentCall *consult = consultId ? findCall(consultId) : nullptr)
        leaving.push_back(consult);
    for (AgentCall *c : leaving)
        endHere(c, EndReason::Transferred);
}

void SipAgent::setHold(int callId, bool hold)
{
    AgentCall *call = findCall(callId);
    if (!call || !call->established || call->localHold == hold)
        return;
    if (hold && call->info.inConference)
        call->info.inConference = false; // leaves the conference; the tick ends it below two
    sdp_media_set_ldir(call->media, hold ? SDP_SENDONLY : SDP_SENDRECV);
    mbuf *desc = nullptr;
    int err = sdp_encode(&desc, call->sdp, true);
    if (!err)
        err = sipsess_modify(call->sess, desc);
    mem_deref(desc);
    if (err) {
        sdp_media_set_ldir(call->media, hold ? SDP_SENDRECV : SDP_SENDONLY);
        qCWarning(lcSip, "call %d: re-INVITE failed (errno %d)", callId, err);
        return;
    }
    call->localHold = hold;
    call->info.state = hold ? CallState::Held : CallState::Connected;
    call->marker = true;
    callChanged(call);
}

void SipAgent::setConference(bool on)
{
    if (on) {
        int members = 0;
        for (auto &[id, c] : m_calls) {
            if (!c->ended && c->established && !c->info.remoteHold)
                ++members;
        }
        if (members < 2)
            return;
        for (auto &[id, c] : m_calls) {
            if (c->ended || !c->established || c->info.remoteHold)
                continue;
            if (c->localHold)
                setHold(id, false);
            c->info.inConference = true;
            callChanged(c.get());
        }
        m_p->conferenceNext = 0;
        if (!tmr_isrunning(&m_p->conference))
            tmr_start(&m_p->conference, 0, conferenceTick, this);
        qCInfo(lcSip, "conference of %d calls", members);
        return;
    }
    AgentCall *keep = nullptr;
    for (auto &[id, c] : m_calls) {
        if (c->info.inConference && !c->ended) {
            keep = c.get();
            break;
        }
    }
    endConference(keep);
}

void SipAgent::endConference(AgentCall *keep)
{
    tmr_cancel(&m_p->conference);
    // the calls stay connected; all but one go on hold so one conversation has the headset
    for (auto &[id, c] : m_calls) {
        if (!c->info.inConference)
            continue;
        c->info.inConference = false;
        if (!c->ended && c.get() != keep && keep)
            setHold(id, true);
        callChanged(c.get());
    }
}

void SipAgent::onConferenceTick()
{
    // every member's frame, the navigator's microphone, and for each member the others
    std::vector<AgentCall *> members;
    bool muted = false;
    for (auto &[id, c] : m_calls) {
        if (c->info.inConference && !c->ended) {
            members.push_back(c.get());
            muted = muted || c->info.muted;
        }
    }
    if (members.size() < 2) {
        endConference(members.empty() ? nullptr : members.front());
        return;
    }
    const uint64_t now = tmr_jiffies();
    if (m_p->conferenceNext == 0)
        m_p->conferenceNext = now;
    int frames = 0;
    while (m_p->conferenceNext <= now && frames < 3) {
        constexpr std::size_t n = AudioEndpoint::kFrameSamples;
        m_audio->capture(m_p->mic, n);
        if (muted)
            std::fill(std::begin(m_p->mic), std::end(m_p->mic), int16_t(0));
        for (AgentCall *c : members)
            c->jitter.get(c->heard, int64_t(now));
        for (std::size_t i = 0; i < n; ++i) {
            int sum = 0;
            for (AgentCall *c : members)
                sum += c->heard[i];
            m_p->mix[i] = saturate(sum);
        }
        m_audio->play(m_p->mix, n);
        for (AgentCall *c : members) {
            if (!c->canSend())
                continue;
            int16_t out[n];
            for (std::size_t i = 0; i < n; ++i)
                out[i] = saturate(int(m_p->mic[i]) + int(m_p->mix[i]) - int(c->heard[i]));
            sendFrame(c, out);
        }
        m_p->conferenceNext += kPtimeMs;
        ++frames;
    }
    if (m_p->conferenceNext <= now)
        m_p->conferenceNext = now + kPtimeMs;
    tmr_start(&m_p->conference, m_p->conferenceNext - now, conferenceTick, this);
}

void SipAgent::setMuted(int callId, bool muted)
{
    AgentCall *call = findCall(callId);
    if (!call)
        return;
    call->info.muted = muted;
    callChanged(call);
}

void SipAgent::sendDtmf(int callId, char digit)
{
    AgentCall *call = findCall(callId);
    if (!call || !call->established)
        return;
    if (call->peerHasTelev && call->tel) {
        const int code = telev_digit2code(digit);
        if (code < 0)
            return;
        (void)telev_send(call->tel, code, false);
        (void)telev_send(call->tel, code, true);
        return;
    }
    mbuf *body = mbuf_alloc(64);
    if (!body)
        return;
    (void)mbuf_printf(body, "Signal=%c\r\nDuration=160\r\n", digit);
    body->pos = 0;
    (void)sipsess_info(call->sess, "application/dtmf-relay", body, nullptr, nullptr);
    mem_deref(body);
}

void SipAgent::setForwardTo(const QByteArray &forwardTo)
{
    m_forwardTo = forwardTo;
}

void SipAgent::onCaptureReady()
{
    uint64_t count = 0;
    (void)!::read(m_captureFd, &count, sizeof(count));
    AgentCall *owner = nullptr;
    for (const auto &[id, c] : m_calls) {
        if (!c->ended && !c->info.inConference && ownsAudio(c.get())) {
            owner = c.get();
            break;
        }
    }
    if (!owner || !owner->canSend())
        return; // nobody to send to: the tick keeps the line (and drops what waits)
    int frames = 0;
    for (; frames < 4 && m_audio->capturedAvailable() >= AudioEndpoint::kFrameSamples; ++frames)
        sendFrame(owner);
    if (frames > 0) {
        const uint64_t now = tmr_jiffies();
        owner->captureDrivenAt = now;
        scheduleTick(owner, now);
    }
}

bool SipAgent::ownsAudio(const AgentCall *call) const
{
    if (call->info.inConference && !call->ended)
        return true;
    for (const auto &[id, c] : m_calls) {
        if (!c->ended && c->established && !c->localHold
            && c->info.state == CallState::Connected)
            return c.get() == call;
    }
    return false;
}

void SipAgent::callChanged(AgentCall *call)
{
    // the headset is open only while a conversation uses it
    bool audioInUse = false;
    for (const auto &[id, c] : m_calls)
        audioInUse = audioInUse || ownsAudio(c.get());
    m_audio->setActive(audioInUse);

    SipPhone *phone = m_phone;
    CallInfo info = call->info;
    QMetaObject::invokeMethod(
        phone, [phone, info] { phone->reportCall(info); }, Qt::QueuedConnection);
}

void SipAgent::scheduleReap()
{
    tmr_start(&m_p->reap, 0, reapTimer, this);
}

void SipAgent::onReapTimer()
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it->second->ended)
            it = m_calls.erase(it);
        else
            ++it;
    }
}

void SipAgent::close(int maxWaitMs)
{
    if (m_closing)
        return;
    m_closing = true;
    tmr_cancel(&m_p->reg);
    tmr_cancel(&m_p->probe);
    for (auto &[id, call] : m_calls) {
        if (!call->ended)
            hangup(id);
    }
    tmr_start(&m_p->close, uint64_t(std::max(0, maxWaitMs)), closeTimer, this);
    if (m_sip && (m_everRegistered || m_regInFlight) && m_regState != RegistrationState::Rejected) {
        setRegistration(RegistrationState::Unregistering, 0, {});
        m_unregistering = true;
        if (m_regInFlight) {
            // answered (or timed out) first; the un-REGISTER follows in onRegisterResponse
            m_regAgain = true;
            return;
        }
        m_regInFlight = true;
        const int err = sip_drequestf(&m_regRequest, m_sip, true, "REGISTER", m_regDialog, 0,
                                      m_regAuth, registerSend, registerResponse, this,
                                      "%sContent-Length: 0\r\n\r\n", kAllow);
        if (err == 0)
            return;
        m_regInFlight = false;
    }
    finishClose(false);
}

void SipAgent::onCloseTimer()
{
    qCInfo(lcSip, "registrar did not answer the un-REGISTER in time: closing anyway");
    finishClose(true);
}

void SipAgent::finishClose(bool force)
{
    if (m_sipExited || !m_sip) {
        re_cancel();
        return;
    }
    m_calls.clear();
    m_lsnr = static_cast<sip_lsnr *>(mem_deref(m_lsnr));
    m_sessSock = static_cast<sipsess_sock *>(mem_deref(m_sessSock));
    m_eventSock = static_cast<sipevent_sock *>(mem_deref(m_eventSock));
    m_regDialog = static_cast<sip_dialog *>(mem_deref(m_regDialog));
    m_regAuth = static_cast<sip_auth *>(mem_deref(m_regAuth));
    if (force) {
        // drop the requests still waiting (an un-REGISTER to a registrar that is gone)
        sip_close(m_sip, true);
        if (!m_sipClosing) {
            m_sipClosing = true;
            sip_close(m_sip, false);
        }
        if (!m_sipExited)
            re_cancel();
        return;
    }
    if (m_sipClosing)
        return;
    // Waits for the transactions in flight (BYE, CANCEL); the exit handler stops the loop.
    // The close timer still bounds it.
    m_sipClosing = true;
    sip_close(m_sip, false); // consumes our reference; the exit handler gives one back
}

void SipAgent::onSipExit()
{
    m_sipExited = true;
    re_cancel();
}

void SipAgent::release()
{
    if (m_captureFd >= 0) {
        fd_close(m_captureFd);
        m_captureFd = -1;
    }
    m_calls.clear();
    m_p.reset();
    m_lsnr = static_cast<sip_lsnr *>(mem_deref(m_lsnr));
    m_sessSock = static_cast<sipsess_sock *>(mem_deref(m_sessSock));
    m_eventSock = static_cast<sipevent_sock *>(mem_deref(m_eventSock));
    m_regDialog = static_cast<sip_dialog *>(mem_deref(m_regDialog));
    m_regAuth = static_cast<sip_auth *>(mem_deref(m_regAuth));
    if (!m_sip)
        return;
    if (!m_sipClosing) {
        sip_close(m_sip, true);
        m_sip = static_cast<::sip *>(mem_deref(m_sip));
        return;
    }
    if (!m_sipExited)
        sip_close(m_sip, true); // the last requests go; the exit handler may run now
    if (m_sipExited)
        m_sip = static_cast<::sip *>(mem_deref(m_sip));
    else
        m_sip = nullptr; // still held by a transaction that libre_close() frees
}

} // namespace Nav::Telephony
