// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Internals of the HSDS importer shared by its JSON and tabular readers: one record (a JSON
// object or a CSV row turned into one), typed reads with validation that report to the
// quarantine, and the parsers of each HSDS entity. A parser reads the record's own fields and
// whatever children are nested in it (JSON); the tabular reader attaches children by id.

#include "directory/model.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <optional>

namespace Nav::Directory::Hsds {

// One HSDS record.
struct Record
{
    QJsonObject data;
    QString type;  // HSDS table name: "service", "phone", "schedule"…
    QString label; // its id, or where it is ("phones.csv, line 4", "<parent>/phones[2]")
    QString lang;  // "en" or "fr": the language of its untagged text
    bool tagged = true; // has fields named x_en/x_fr (checked once: saves two look-ups a field)
};

// True when one of the keys ends with _en or _fr.
bool hasLanguageTags(const QJsonObject &data);
bool hasLanguageTags(const QStringList &keys);

// State of one import: the batch being filled, the quarantine, the progress callback, and
// look-up tables filled by the readers.
class Context
{
public:
    Context(DirectoryBatch &batch, const ProgressCallback &progress);

    DirectoryBatch &batch;
    QString fileLanguage = QStringLiteral("en");
    int servicesSeen = 0; // service records met, usable or not
    // A child record without an id (a phone, a schedule…) is kept, and said in the report.
    // Off for documents whose writer leaves those ids empty on purpose (the sync feed).
    bool reportChildrenKeptWithoutId = true;
    QHash<QString, QString> taxonomyNames; // taxonomy id -> name
    QHash<QString, QString> unitNames;     // unit id -> name

    // Attributes that named a taxonomy term by id only, resolved once everything is read.
    struct PendingTerm
    {
        QString serviceId;
        QString termId;
        QString label;
    };
    QList<PendingTerm> pendingTerms;

    // Adds a quarantine entry (the same entry only once: nested JSON repeats objects).
    void report(const Record &r, const QString &field, const QString &reason);
    void report(const QString &type, const QString &id, const QString &field,
                const QString &reason);

    // Progress: `total` is set by the reader; step() counts one record and, every 200, asks
    // the callback. Both return false once the callback has asked to stop.
    void setTotal(qint64 total) { m_total = total; }
    bool step(qint64 done = -1);
    bool finish();
    bool isCancelled() const { return m_cancelled; }

    // Adds to the batch, merging with an earlier copy of the same record (nested JSON repeats
    // organizations and locations, sometimes with fewer details).
    void addOrganization(const Organization &o);
    void addProgram(const Program &p);
    void addLocation(const Location &l);
    void addTaxonomyTerm(const TaxonomyTerm &t);

private:
    ProgressCallback m_progress;
    QSet<QString> m_reported;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_sinceReport = 0;
    bool m_cancelled = false;
};

// "fr" for French codes and names (fr, fra, fre, fr-CA, French, français), "en" for English
// ones, empty otherwise.
QString textLanguage(const QString &value);

// A child record of `parent` (nested JSON): inherits its language unless it names its own.
Record childRecord(const Record &parent, const QJsonObject &data, const QString &type,
                   const QString &arrayKey, int index);
// The language a record's own "language" field gives, or `inherited`.
QString recordLanguage(const QJsonObject &data, const QString &type, const QString &inherited);

// --- field reads ----------------------------------------------------------------------------
// Text of `key` (numbers and booleans as written; trimmed). Objects and arrays are reported.
QString text(Context &ctx, const Record &r, const QString &key);
// Text of the first of `keys` that has any, including their _en/_fr siblings.
LocalizedText localized(Context &ctx, const Record &r, std::initializer_list<const char *> keys);
// Single-language text: `key`, else its _en or _fr sibling.
QString plain(Context &ctx, const Record &r, std::initializer_list<const char *> keys);
std::optional<double> number(Context &ctx, const Record &r, const QString &key);
std::optional<int> integer(Context &ctx, const Record &r, const QString &key, int min, int max);
QDate date(Context &ctx, const Record &r, const QString &key);
QDateTime dateTime(Context &ctx, const Record &r, const QString &key);
QTime time(Context &ctx, const Record &r, const QString &key);
// std::nullopt when absent or unreadable (reported).
std::optional<bool> boolean(Context &ctx, const Record &r, const QString &key);
bool confidential(Context &ctx, const Record &r);
QString email(Context &ctx, const Record &r, const QString &key);
// The id of the record, reported when missing.
QString recordId(Context &ctx, const Record &r, bool required);
// Nested objects under `key` (an array of objects, or one object). Anything else is reported.
QList<QJsonObject> nestedList(Context &ctx, const Record &r, const QString &key);
std::optional<QJsonObject> nestedObject(Context &ctx, const Record &r, const QString &key);

// --- value parsers shared with the tabular reader -------------------------------------------
QString normalizeWeekday(const QString &value); // "Monday", "1", "lun" -> "MO"; empty if not one
QString languageCode(const QString &nameOrCode);  // "French" -> "fr", "ur" -> "ur"

// --- entities -------------------------------------------------------------------------------
std::optional<Phone> parsePhone(Context &ctx, const Record &r);
std::optional<Address> parseAddress(Context &ctx, const Record &r, const QString &defaultType);
std::optional<Schedule> parseSchedule(Context &ctx, const Record &r);
std::optional<Language> parseLanguage(Context &ctx, const Record &r);
// 1.x/2.x rows carry languages as a comma list in a "language" column.
QList<Language> parseLanguageList(const QString &value);
std::optional<Contact> parseContact(Context &ctx, const Record &r);
std::optional<CostOption> parseCostOption(Context &ctx, const Record &r);
std::optional<RequiredDocument> parseRequiredDocument(Context &ctx, const Record &r);
std::optional<Accessibility> parseAccessibility(Context &ctx, const Record &r);
std::optional<ServiceArea> parseServiceArea(Context &ctx, const Record &r);
std::optional<TaxonomyTerm> parseTaxonomyTerm(Context &ctx, const Record &r);
std::optional<Capacity> parseCapacity(Context &ctx, const Record &r);
// Organizations, programs and locations nested in what they parse are added to ctx.batch.
std::optional<Organization> parseOrganization(Context &ctx, const Record &r);
std::optional<Program> parseProgram(Context &ctx, const Record &r);
std::optional<Location> parseLocation(Context &ctx, const Record &r);
std::optional<ServiceAtLocation> parseServiceAtLocation(Context &ctx, const Record &r);
// `tabular`: organization_id is required (as in the tabular form of HSDS).
std::optional<Service> parseService(Context &ctx, const Record &r, bool tabular);

// Checks references between records of the batch once everything is read: organizations and
// programs of services, programs and locations, locations of service_at_location, and terms
// named by id in attributes.
void resolveReferences(Context &ctx);

// --- quarantine reasons (translated) --------------------------------------------------------
namespace Reason {
QString missingRequiredSkipped(const QString &field);
QString missingRequiredKept(const QString &field);
QString missingId();
QString duplicateId(const QString &id);
QString danglingSkipped(const QString &kind, const QString &id);
QString danglingDropped(const QString &kind, const QString &id);
QString noParent();
QString unknownLink(const QString &id);
QString badEncoding();
QString notAnObject();
} // namespace Reason

} // namespace Nav::Directory::Hsds
