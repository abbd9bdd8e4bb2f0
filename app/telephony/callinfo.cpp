// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/callinfo.h"

#include "telephony/siptls.h"

#include <QCoreApplication>
#include <QLocale>

namespace Nav::Telephony {

namespace {
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Telephony::Phone)
};

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}
} // namespace

QString registrationText(const RegistrationStatus &status)
{
    switch (status.state) {
    case RegistrationState::Stopped:
        return Words::tr("Phone off");
    case RegistrationState::Registering:
        return Words::tr("Connecting to the phone system…");
    case RegistrationState::Registered:
        return Words::tr("Ready: calls can come in");
    case RegistrationState::Unreachable:
        if (status.nextAttempt.isValid())
            return Words::tr("The phone system does not answer. Trying again at %1.")
                .arg(timeText(status.nextAttempt));
        return Words::tr("The phone system does not answer. Trying again.");
    case RegistrationState::Rejected:
        return Words::tr("The phone system refused the user name or password (%1). Check them "
                         "in Settings.")
            .arg(status.sipCode);
    case RegistrationState::Failed:
        if (status.certificateError != 0) {
            const QString why = certificateProblemText(status.certificateError);
            if (status.nextAttempt.isValid())
                return Words::tr("Navigator did not connect to the phone system: %1. Trying "
                                 "again at %2.")
                    .arg(why, timeText(status.nextAttempt));
            return Words::tr("Navigator did not connect to the phone system: %1.").arg(why);
        }
        if (status.nextAttempt.isValid())
            return Words::tr("The phone system refused the connection (%1). Trying again at %2.")
                .arg(status.sipCode)
                .arg(timeText(status.nextAttempt));
        return Words::tr("The phone system refused the connection (%1).").arg(status.sipCode);
    case RegistrationState::Unregistering:
        return Words::tr("Disconnecting from the phone system…");
    }
    return {};
}

QString callStateText(CallState state)
{
    switch (state) {
    case CallState::Dialing: return Words::tr("Calling…");
    case CallState::RemoteRinging: return Words::tr("Ringing at the other end…");
    case CallState::Ringing: return Words::tr("Incoming call");
    case CallState::Connected: return Words::tr("In call");
    case CallState::Held: return Words::tr("On hold");
    case CallState::Ended: return Words::tr("Call ended");
    }
    return {};
}

QString endReasonText(EndReason reason, int sipCode)
{
    switch (reason) {
    case EndReason::HungUpHere: return Words::tr("You hung up.");
    case EndReason::HungUpThere: return Words::tr("The other party hung up.");
    case EndReason::Declined: return Words::tr("Declined.");
    case EndReason::Abandoned: return Words::tr("The caller hung up before an answer.");
    case EndReason::Busy: return Words::tr("The line is busy.");
    case EndReason::NotFound: return Words::tr("No such number.");
    case EndReason::Rejected:
        return Words::tr("The call was refused (%1).").arg(sipCode);
    case EndReason::Unreachable: return Words::tr("No answer from the network.");
    case EndReason::Transferred: return Words::tr("Transferred.");
    case EndReason::Failed: return Words::tr("The call failed on this workstation.");
    }
    return {};
}

} // namespace Nav::Telephony
