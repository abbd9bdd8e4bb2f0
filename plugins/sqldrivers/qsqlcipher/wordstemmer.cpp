// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "wordstemmer.h"

#include <libstemmer.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <new>

namespace Nav::Stemming {
namespace {

bool equalsAsciiNoCase(std::string_view text, std::string_view lowerAscii)
{
    if (text.size() != lowerAscii.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerAscii[i])
            return false;
    }
    return true;
}

struct Spelling
{
    std::string_view utf8;
    std::string_view ascii;
};

// Lower-case letters that have no canonical decomposition, so unicode61 leaves them alone.
constexpr std::array<Spelling, 14> kSpellings{{
    {"\xC5\x93", "oe"},      // œ
    {"\xC3\xA6", "ae"},      // æ
    {"\xC3\x9F", "ss"},      // ß
    {"\xC3\xB8", "o"},       // ø
    {"\xC4\x91", "d"},       // đ
    {"\xC5\x82", "l"},       // ł
    {"\xC4\xB1", "i"},       // ı
    {"\xEF\xAC\x80", "ff"},  // ﬀ
    {"\xEF\xAC\x81", "fi"},  // ﬁ
    {"\xEF\xAC\x82", "fl"},  // ﬂ
    {"\xEF\xAC\x83", "ffi"}, // ﬃ
    {"\xEF\xAC\x84", "ffl"}, // ﬄ
    {"\xEF\xAC\x85", "st"},  // ﬅ
    {"\xEF\xAC\x86", "st"},  // ﬆ
}};

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Step 1: writes `token` with the letters of kSpellings replaced into `out`.
void expandSpellings(std::string_view token, std::string &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < token.size()) {
        if (static_cast<unsigned char>(token[i]) < 0x80) {
            out.push_back(token[i++]);
            continue;
        }
        bool isReplaced = false;
        for (const Spelling &spelling : kSpellings) {
            if (token.substr(i).starts_with(spelling.utf8)) {
                out.append(spelling.ascii);
                i += spelling.utf8.size();
                isReplaced = true;
                break;
            }
        }
        if (!isReplaced)
            out.push_back(token[i++]);
    }
}

// Step 2: only plain a-z words are stemmed.
bool isStemmable(std::string_view word)
{
    if (word.size() < 2 || word.size() > WordStemmer::kMaxStemmedBytes)
        return false;
    for (const char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

// Step 3.
std::string_view withoutFrenchPlural(std::string_view word)
{
    if (word.size() >= 5 && word.back() == 's' && word[word.size() - 2] != 's')
        word.remove_suffix(1);
    else if (word.size() <= 5 && word.ends_with("eux")) // jeux, lieux, feux; not heureux
        word.remove_suffix(1);
    return word;
}

// Step 5. Snowball's French algorithm leaves many verb forms and some noun forms apart
// ("demandent"/"demande", "hébergée"/"hébergé", "famille"/"familial", "accueillent"/"accueil"):
// trim the commonest leftovers, and only from stems long enough that the rest stays specific
// ("parent" and "enfant" keep their -ent/-ant).
void normalizeFrench(std::string &stem)
{
    constexpr std::size_t kMinRemainder = 4;
    const auto removeSuffix = [&stem](std::string_view suffix) {
        if (stem.size() < suffix.size() + kMinRemainder
            || !std::string_view(stem).ends_with(suffix)) {
            return false;
        }
        stem.resize(stem.size() - suffix.size());
        return true;
    };

    // Adjectives in -aire meet their nouns: alimentaire/alimentation, communautaire/communauté.
    removeSuffix("air");
    // Then at most one inflection.
    constexpr std::array<std::string_view, 7> kSuffixes{"ent", "ant", "ial", "er", "ez", "ie",
                                                        "e"};
    for (const std::string_view suffix : kSuffixes) {
        if (removeSuffix(suffix))
            break;
    }

    constexpr std::size_t kMinUndoubled = 3;
    if (stem.size() >= kMinUndoubled + 1) {
        const char last = stem.back();
        if (last == stem[stem.size() - 2]
            && (last == 'l' || last == 'n' || last == 'm' || last == 't')) {
            stem.pop_back();
        }
    }
}

} // namespace

std::optional<StemLanguage> stemLanguageFromName(std::string_view name)
{
    if (equalsAsciiNoCase(name, "english"))
        return StemLanguage::English;
    if (equalsAsciiNoCase(name, "french"))
        return StemLanguage::French;
    return std::nullopt;
}

WordStemmer::WordStemmer(StemLanguage language, std::size_t cacheSlots)
    : m_stemmer(sb_stemmer_new(language == StemLanguage::French ? "french" : "english", "UTF_8"))
    , m_language(language)
    , m_cacheSlots(cacheSlots)
{}

WordStemmer::~WordStemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

void WordStemmer::stem(std::string_view token, std::string &out)
{
    std::string_view word = token;
    if (!isAscii(token)) {
        expandSpellings(token, m_expanded);
        word = m_expanded;
    }
    if (!m_stemmer || !isStemmable(word)) {
        out.assign(word);
        return;
    }
    if (word.size() > kCachedBytes || m_cacheSlots == 0) {
        stemUncached(word, out);
        return;
    }

    if (!m_cache) {
        m_cache.reset(new (std::nothrow) CacheSlot[m_cacheSlots]);
        if (!m_cache) {
            stemUncached(word, out);
            return;
        }
    }
    // FNV-1a: short keys, good spread, a few cycles per byte.
    std::uint32_t hash = 2166136261u;
    for (const char c : word)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    CacheSlot &slot = m_cache[hash % m_cacheSlots];
    if (slot.wordSize == word.size() && std::memcmp(slot.word, word.data(), word.size()) == 0) {
        out.assign(slot.stem, slot.stemSize);
        return;
    }
    if (stemUncached(word, out) && out.size() <= kCachedBytes) {
        slot.wordSize = static_cast<unsigned char>(word.size());
        std::memcpy(slot.word, word.data(), word.size());
        slot.stemSize = static_cast<unsigned char>(out.size());
        std::memcpy(slot.stem, out.data(), out.size());
    }
}

bool WordStemmer::stemUncached(std::string_view word, std::string &out)
{
    const bool isFrench = m_language == StemLanguage::French;
    if (isFrench)
        word = withoutFrenchPlural(word);
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer,
                                               reinterpret_cast<const sb_symbol *>(word.data()),
                                               static_cast<int>(word.size()));
    if (!stemmed) { // libstemmer is out of memory: index the word as it is rather than nothing
        out.assign(word);
        return false;
    }
    out.assign(reinterpret_cast<const char *>(stemmed),
               static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
    if (isFrench)
        normalizeFrench(out);
    return true;
}

} // namespace Nav::Stemming
