// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The one definition of how a search word is stemmed. Plain C++ (no Qt, no SQLite) because it is
// compiled twice: into the QSQLCIPHER plugin, where the `navstem` FTS tokenizer applies it to every
// token it indexes or queries, and into nav_directory, where Text::stem() applies it to words the
// application handles itself. Both sides must agree byte for byte, or a word stemmed by the
// application would never meet the same word in the index.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace Nav::Stemming {

enum class StemLanguage { English, French };

// "english" or "french", ASCII case-insensitive; nothing for any other name.
std::optional<StemLanguage> stemLanguageFromName(std::string_view name);

// Stems tokens as SQLite's unicode61 tokenizer with remove_diacritics=1 produces them (lower
// case, single accents removed, UTF-8). In order:
//  1. Letters without a Unicode decomposition, which unicode61 therefore keeps, are spelt the
//     way people type them: œ→oe, æ→ae, ß→ss, ø→o, đ→d, ł→l, ı→i, and the ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
//     ligatures.
//  2. Tokens that are shorter than 2 bytes, longer than kMaxStemmedBytes, contain a digit or
//     still contain a non-ASCII character are returned as they are (numbers, postal codes,
//     other scripts).
//  3. French only: a final plural -s is dropped before stemming when the word has 5 letters or
//     more and does not end in -ss (Snowball treats "foyers" and "foyer" differently), and the
//     -x of short words in -eux (jeux, lieux, feux) likewise.
//  4. Snowball ("english" or "french" algorithm of libstemmer).
//  5. French only (Snowball keeps verb endings and separates some families), each step only
//     when at least 4 letters remain: a final -air is removed (alimentair → aliment,
//     communautair → communaut), then one of -ent, -ant, -ial, -er, -ez, -ie, -e (demandent →
//     demand, hebergee → heberg, familial → famil, aliment → alim), then a final ll/nn/mm/tt is
//     undoubled when at least 3 letters remain (famill → famil, accueill → accueil).
//     Known limits: short verbs keep -ent ("aident" ≠ "aide", "logent" ≠ "loge") because
//     "parent", "client" or "argent" must keep it; -ons is kept ("demandons", since "maisons"
//     must not become "mais"); a prefix query's term is stemmed like any word, so "heberg*" and
//     "famil*" work but a partial word past the stem ("hebergem*") finds nothing.
//
// French Snowball costs about a microsecond per word, about as much as FTS4 spends on the rest of
// a token, and words repeat a lot: results are kept in a direct-mapped cache of `cacheSlots`
// words of up to kCachedBytes bytes (64 bytes a slot, allocated on first use; 0 disables it).
// It holds what the steps above computed, so it changes speed only, never a result.
//
// Not thread-safe (libstemmer and the cache keep state): use one instance per thread at a time.
// The output buffer is the caller's, so a caller that reuses it does not allocate per token.
class WordStemmer
{
public:
    static constexpr std::size_t kMaxStemmedBytes = 100;
    static constexpr std::size_t kCachedBytes = 31;
    // 1 MiB: enough for most of the vocabulary of a whole directory (the tokenizer's choice).
    static constexpr std::size_t kIndexingCacheSlots = 16384;

    explicit WordStemmer(StemLanguage language, std::size_t cacheSlots = 1024);
    ~WordStemmer();
    WordStemmer(const WordStemmer &) = delete;
    WordStemmer &operator=(const WordStemmer &) = delete;

    // False when libstemmer could not create the algorithm (out of memory, or a libstemmer
    // build without it); stem() then only does steps 1 and 2.
    bool isValid() const { return m_stemmer != nullptr; }
    StemLanguage language() const { return m_language; }

    // Replaces the contents of `out` with the stem of `token`.
    void stem(std::string_view token, std::string &out);

private:
    struct CacheSlot
    {
        unsigned char wordSize = 0; // 0: empty (cached words have at least 2 bytes)
        unsigned char stemSize = 0;
        char word[kCachedBytes];
        char stem[kCachedBytes];
    };

    // False (and `word` itself in `out`) if libstemmer failed, which only happens out of memory.
    bool stemUncached(std::string_view word, std::string &out);

    sb_stemmer *m_stemmer = nullptr;
    StemLanguage m_language;
    std::string m_expanded; // step 1 output, kept to reuse its capacity
    std::size_t m_cacheSlots;
    std::unique_ptr<CacheSlot[]> m_cache;
};

} // namespace Nav::Stemming
