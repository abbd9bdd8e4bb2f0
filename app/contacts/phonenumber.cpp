// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/phonenumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

#ifndef NAV_LIBPHONENUMBER_VERSION
#define NAV_LIBPHONENUMBER_VERSION "unknown"
#endif

namespace Nav::Contacts {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

// Far beyond any real number with its punctuation; libphonenumber itself stops at 250.
constexpr qsizetype kMaxTyped = 64;

const char *parseErrorName(PhoneNumberUtil::ErrorType e)
{
    switch (e) {
    case PhoneNumberUtil::NO_PARSING_ERROR: return "none";
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: return "INVALID_COUNTRY_CODE_ERROR";
    case PhoneNumberUtil::NOT_A_NUMBER: return "NOT_A_NUMBER";
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD: return "TOO_SHORT_AFTER_IDD";
    case PhoneNumberUtil::TOO_SHORT_NSN: return "TOO_SHORT_NSN";
    case PhoneNumberUtil::TOO_LONG_NSN: return "TOO_LONG_NSN";
    }
    return "unknown";
}

const char *possibleName(PhoneNumberUtil::ValidationResult r)
{
    switch (r) {
    case PhoneNumberUtil::IS_POSSIBLE: return "IS_POSSIBLE";
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: return "IS_POSSIBLE_LOCAL_ONLY";
    case PhoneNumberUtil::INVALID_COUNTRY_CODE: return "INVALID_COUNTRY_CODE";
    case PhoneNumberUtil::TOO_SHORT: return "TOO_SHORT";
    case PhoneNumberUtil::INVALID_LENGTH: return "INVALID_LENGTH";
    case PhoneNumberUtil::TOO_LONG: return "TOO_LONG";
    }
    return "unknown";
}

// libphonenumber knows "ext", "x", "#" and Spanish/Russian words, not the French "poste"
// that Quebec callers dictate: rewrite it so the extension is recognised (and refused) rather
// than read as extra digits of the number.
QString withFrenchExtensionMarker(const QString &typed)
{
    static const QRegularExpression poste(
        QStringLiteral(R"((?<![\p{L}])(poste|p\.)\s*(?=\d))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString s = typed;
    s.replace(poste, QStringLiteral(" ext. "));
    return s;
}

bool hasWords(const QString &s)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}{2,})"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    return s.contains(word);
}

} // namespace

Result<QString> PhoneNumber::normalise(const QString &typed, const QString &defaultRegion)
{
    const QString text = typed.trimmed();
    const QString detailHead = QStringLiteral("phone normalise (%1 chars, region %2): ")
                                   .arg(text.size())
                                   .arg(defaultRegion);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The phone number is empty."),
                    QStringLiteral("phone normalise: empty"));
    if (text.size() > kMaxTyped)
        return fail(ErrorCode::InvalidInput, tr("The phone number is too long."),
                    detailHead + QStringLiteral("input longer than %1").arg(kMaxTyped));

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    LibNumber number;
    const PhoneNumberUtil::ErrorType parsed =
        util.Parse(withFrenchExtensionMarker(text).toStdString(), region, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        const QString detail = detailHead + QString::fromLatin1(parseErrorName(parsed));
        // Letters left after extensions and vanity numbers ("1-800-FLOWERS") were handled
        // mean the navigator typed words into the field: say so rather than "too long".
        if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && !hasWords(text)) {
            return fail(ErrorCode::InvalidInput,
                        tr("The country code is not valid. Start international numbers with + "
                           "and the country code, or with 011."),
                        detail);
        }
        if (parsed == PhoneNumberUtil::TOO_SHORT_AFTER_IDD
            || parsed == PhoneNumberUtil::TOO_SHORT_NSN) {
            return fail(ErrorCode::InvalidInput,
                        tr("The phone number is too short: check that no digit is missing."),
                        detail);
        }
        if (parsed == PhoneNumberUtil::TOO_LONG_NSN && !hasWords(text))
            return fail(ErrorCode::InvalidInput, tr("The phone number is too long."), detail);
        return fail(ErrorCode::InvalidInput,
                    tr("This is not a phone number. Type only the number: digits, spaces, "
                       "dashes, dots or brackets."),
                    detail);
    }

    // E.164 has no room for an extension; dropping it would lose what the person said.
    if (number.has_extension() && !number.extension().empty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("An extension cannot be saved with the phone number. Remove the extension "
                       "from this field and write it in the notes."),
                    detailHead + QStringLiteral("has extension"));
    }

    const PhoneNumberUtil::ValidationResult possible = util.IsPossibleNumberWithReason(number);
    const QString detail = detailHead + QString::fromLatin1(possibleName(possible));
    switch (possible) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return fail(ErrorCode::InvalidInput,
                    tr("The area code is missing: type the full number with its area code."),
                    detail);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return fail(ErrorCode::InvalidInput,
                    tr("The country code is not valid. Start international numbers with + "
                       "and the country code, or with 011."),
                    detail);
    case PhoneNumberUtil::TOO_SHORT:
        return fail(ErrorCode::InvalidInput,
                    tr("The phone number is too short: check that no digit is missing."),
                    detail);
    case PhoneNumberUtil::INVALID_LENGTH:
        return fail(ErrorCode::InvalidInput,
                    tr("The phone number does not have the right number of digits."), detail);
    case PhoneNumberUtil::TOO_LONG:
        // From Canada, "00" is not the international prefix: a European habit.
        if (text.startsWith(QLatin1String("00")) && region == "CA") {
            return fail(ErrorCode::InvalidInput,
                        tr("The phone number is too long. To dial abroad from Canada, start "
                           "with 011 or + instead of 00."),
                        detail);
        }
        return fail(ErrorCode::InvalidInput, tr("The phone number is too long."), detail);
    }

    if (!util.IsValidNumber(number)) {
        return fail(ErrorCode::InvalidInput,
                    tr("This phone number does not exist: check the area code and the digits."),
                    detailHead + QStringLiteral("not valid for its region"));
    }

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumber::format(const QString &e164, const QString &defaultRegion)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\+[1-9]\d{1,14}$)"));
    if (!shape.match(e164).hasMatch())
        return e164;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    // Valid *for* the region rather than *of* it: toll-free +1 800 numbers belong to every
    // NANP country and libphonenumber names the US as their region.
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    const bool national = util.IsValidNumberForRegion(number, region);
    std::string out;
    util.Format(number, national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::libraryVersion()
{
    return QStringLiteral(NAV_LIBPHONENUMBER_VERSION);
}

} // namespace Nav::Contacts
