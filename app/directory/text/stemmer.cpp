// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/text/stemmer.h"

#include "wordstemmer.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <string>

namespace Nav::Directory::Text {
namespace {

using Stemming::StemLanguage;
using Stemming::WordStemmer;

// libstemmer keeps state in each stemmer: one per thread, created on first use.
WordStemmer &threadStemmer(Language language)
{
    if (language == Language::French) {
        thread_local WordStemmer french(StemLanguage::French);
        return french;
    }
    thread_local WordStemmer english(StemLanguage::English);
    return english;
}

constexpr std::array kEnglishStopWords{
    QLatin1StringView("a"),    QLatin1StringView("an"), QLatin1StringView("and"),
    QLatin1StringView("at"),   QLatin1StringView("by"), QLatin1StringView("for"),
    QLatin1StringView("from"), QLatin1StringView("in"), QLatin1StringView("of"),
    QLatin1StringView("on"),   QLatin1StringView("or"), QLatin1StringView("the"),
    QLatin1StringView("to"),   QLatin1StringView("with"),
};

constexpr std::array kFrenchStopWords{
    QLatin1StringView("a"),   QLatin1StringView("au"),   QLatin1StringView("aux"),
    QLatin1StringView("avec"), QLatin1StringView("d"),   QLatin1StringView("dans"),
    QLatin1StringView("de"),  QLatin1StringView("des"),  QLatin1StringView("du"),
    QLatin1StringView("en"),  QLatin1StringView("et"),   QLatin1StringView("l"),
    QLatin1StringView("la"),  QLatin1StringView("le"),   QLatin1StringView("les"),
    QLatin1StringView("ou"),  QLatin1StringView("par"),  QLatin1StringView("pour"),
    QLatin1StringView("sur"), QLatin1StringView("un"),   QLatin1StringView("une"),
};

} // namespace

QString stem(const QString &foldedWord, Language language)
{
    thread_local std::string stemmed;
    const QByteArray utf8 = foldedWord.toUtf8();
    threadStemmer(language).stem(std::string_view(utf8.constData(),
                                                  static_cast<std::size_t>(utf8.size())),
                                 stemmed);
    return QString::fromUtf8(stemmed.data(), static_cast<qsizetype>(stemmed.size()));
}

bool isStopWord(const QString &foldedWord, Language language)
{
    const auto matches = [&foldedWord](QLatin1StringView stopWord) {
        return foldedWord == stopWord;
    };
    return language == Language::French
               ? std::any_of(kFrenchStopWords.cbegin(), kFrenchStopWords.cend(), matches)
               : std::any_of(kEnglishStopWords.cbegin(), kEnglishStopWords.cend(), matches);
}

} // namespace Nav::Directory::Text
