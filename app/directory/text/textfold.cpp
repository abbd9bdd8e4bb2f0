// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/text/textfold.h"

namespace Nav::Directory::Text {
namespace {

// The combining accents SQLite 3.15.2's unicode61 continues a word with and then drops
// (sqlite3FtsUnicodeIsdiacritic); other combining marks separate words there.
bool isFoldedAccent(char32_t c)
{
    switch (c) {
    case 0x300: case 0x301: case 0x302: case 0x303: case 0x304: case 0x306: case 0x307:
    case 0x308: case 0x309: case 0x30A: case 0x30B: case 0x30C: case 0x30F: case 0x311:
    case 0x31B: case 0x323: case 0x324: case 0x325: case 0x326: case 0x327: case 0x328:
    case 0x32D: case 0x32E: case 0x330: case 0x331:
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

bool isInAccentFoldedBlock(char32_t c)
{
    return (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}

// One word character, folded; 0 when it is an accent to drop.
char32_t foldCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? c + (u'a' - u'A') : c;
    if (isFoldedAccent(c))
        return 0;
    const char32_t folded = QChar::toCaseFolded(c);
    if (isInAccentFoldedBlock(folded) && QChar::decompositionTag(folded) == QChar::Canonical) {
        const QString parts = QChar::decomposition(folded);
        if (parts.size() == 2 && parts.at(0).unicode() < 0x80 && parts.at(0).isLetter()
            && parts.at(1).category() == QChar::Mark_NonSpacing) {
            return parts.at(0).toLower().unicode();
        }
    }
    return folded;
}

// Calls visit(codePoint, index, length) for each code point of `text`.
template<typename Visitor>
void forEachCodePoint(const QString &text, Visitor visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), i, qsizetype(2));
            i += 2;
        } else {
            visit(char32_t(c.unicode()), i, qsizetype(1));
            ++i;
        }
    }
}

} // namespace

QString fold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, qsizetype index, qsizetype length) {
        if (isWordCharacter(c) || isFoldedAccent(c)) {
            if (const char32_t f = foldCharacter(c))
                folded.append(QStringView(QChar::fromUcs4(f)));
        } else {
            folded.append(QStringView(text).sliced(index, length));
        }
    });
    return folded;
}

QStringList words(const QString &text)
{
    QStringList result;
    qsizetype start = -1;
    forEachCodePoint(text, [&](char32_t c, qsizetype index, qsizetype) {
        if (start < 0) {
            if (isWordCharacter(c)) // an accent cannot start a word
                start = index;
        } else if (!isWordCharacter(c) && !isFoldedAccent(c)) {
            result.append(text.sliced(start, index - start));
            start = -1;
        }
    });
    if (start >= 0)
        result.append(text.sliced(start));
    return result;
}

} // namespace Nav::Directory::Text
