// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/vocabularies.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace Nav::Contacts {

// Translation context of the loader's messages.
class VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Contacts::Vocabularies)
};

namespace {

// Splits one CSV line (RFC 4180 quoting, no line breaks inside quotes: labels are one line).
// Returns nullopt when a quote is not closed or text follows a closing quote.
std::optional<QStringList> splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        field.clear();
        if (i < n && line.at(i) == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = line.at(i++);
                if (c == QLatin1Char('"')) {
                    if (i < n && line.at(i) == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        ++i;
                    } else {
                        closed = true;
                        break;
                    }
                } else {
                    field.append(c);
                }
            }
            if (!closed || (i < n && line.at(i) != QLatin1Char(',')))
                return std::nullopt;
        } else {
            while (i < n && line.at(i) != QLatin1Char(','))
                field.append(line.at(i++));
            if (field.contains(QLatin1Char('"')))
                return std::nullopt;
        }
        fields.append(field.trimmed());
        if (i >= n)
            break;
        ++i; // the comma
    }
    return fields;
}

Unexpected lineError(const QString &path, int line, const QString &message, const char *why)
{
    return fail(ErrorCode::InvalidInput,
                VocabularyText::tr("Line %1 of the list “%2”: %3")
                    .arg(line)
                    .arg(QFileInfo(path).fileName(), message),
                QStringLiteral("loadVocabulary: %1:%2: %3").arg(path).arg(line).arg(
                    QString::fromLatin1(why)));
}

} // namespace

QString VocabularyEntry::label(const QString &language) const
{
    if (language == QLatin1String("fr"))
        return french.isEmpty() ? english : french;
    return english.isEmpty() ? french : english;
}

Result<QList<VocabularyEntry>> loadVocabulary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    VocabularyText::tr("The list “%1” cannot be opened.")
                        .arg(QFileInfo(path).fileName()),
                    QStringLiteral("loadVocabulary: %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> rawLines = bytes.split('\n');

    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    QList<VocabularyEntry> entries;
    QSet<QString> codes;
    bool haveHeader = false;
    for (qsizetype index = 0; index < rawLines.size(); ++index) {
        const int lineNo = int(index) + 1;
        QByteArray raw = rawLines.at(index);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (index == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = utf8.decode(raw);
        if (utf8.hasError())
            return lineError(path, lineNo, VocabularyText::tr("the text is not UTF-8."),
                             "invalid UTF-8");
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;

        const std::optional<QStringList> fields = splitCsvLine(line);
        if (!fields)
            return lineError(path, lineNo,
                             VocabularyText::tr("a quotation mark is not closed or misplaced."),
                             "bad quoting");
        if (!haveHeader) {
            if (fields->size() < 3 || fields->at(0).compare(QLatin1String("code"),
                                                            Qt::CaseInsensitive) != 0) {
                return lineError(path, lineNo,
                                 VocabularyText::tr(
                                     "the first row must be the header “code,english,french”."),
                                 "missing header");
            }
            haveHeader = true;
            continue;
        }
        if (fields->size() < 3)
            return lineError(path, lineNo,
                             VocabularyText::tr("three columns are needed: code, English, French."),
                             "fewer than 3 columns");
        VocabularyEntry entry{fields->at(0), fields->at(1), fields->at(2)};
        if (!codeShape.match(entry.code).hasMatch())
            return lineError(path, lineNo,
                             VocabularyText::tr(
                                 "the code must be letters, digits, dashes or underscores."),
                             "bad code");
        if (entry.english.isEmpty())
            return lineError(path, lineNo, VocabularyText::tr("the English label is empty."),
                             "empty english");
        if (entry.french.isEmpty())
            return lineError(path, lineNo, VocabularyText::tr("the French label is empty."),
                             "empty french");
        if (codes.contains(entry.code))
            return lineError(path, lineNo,
                             VocabularyText::tr("the code “%1” is already used above.")
                                 .arg(entry.code),
                             "duplicate code");
        codes.insert(entry.code);
        entries.append(std::move(entry));
    }
    if (entries.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    VocabularyText::tr("The list “%1” has no entries.")
                        .arg(QFileInfo(path).fileName()),
                    QStringLiteral("loadVocabulary: %1: no entries").arg(path));
    }
    return entries;
}

QString bundledNeedCategoriesPath()
{
    return QStringLiteral(":/contacts/need-categories.csv");
}

QString bundledLanguagesPath()
{
    return QStringLiteral(":/contacts/languages.csv");
}

QString bundledHeardOfPath()
{
    return QStringLiteral(":/contacts/heard-of.csv");
}

void sortByLabel(QList<VocabularyEntry> &entries, const QString &language)
{
    const bool french = language == QLatin1String("fr");
    // The collator (ICU) treats accents as secondary differences: "électricité" sorts among
    // the e's, and only breaks ties with "electricite".
    QCollator collator(QLocale(french ? QLocale::French : QLocale::English, QLocale::Canada));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const VocabularyEntry &a, const VocabularyEntry &b) {
                         const int c = collator.compare(a.label(language), b.label(language));
                         return c != 0 ? c < 0 : a.code < b.code;
                     });
}

} // namespace Nav::Contacts
