// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// navigator-cli: the headless companion of the workstation (in the spirit of keepassxc-cli).
// It opens the same profile, with the same key from the keychain, through the same services.
//
//   navigator-cli import --profile DIR --format hsds|icarol|airs [--report FILE] PATH
//   navigator-cli search --profile DIR [--lang fr|en] [--near PLACE] [--radius KM] [--open-now]
//                        [--category CODE] [--language CODE] [--age N] [--free] [--limit N]
//                        [--cleared] [--json] QUERY
//   navigator-cli places --profile DIR MUNICIPALITIES.csv [FSA.csv]
//   navigator-cli demo   --profile DIR [--services N] [--seed N]
//   navigator-cli sync   --profile DIR --server URL --user NAME [--page N]   (password on stdin;
//                        an empty line resumes the session kept in the keychain)

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/language.h"
#include "core/logging.h"
#include "core/preferences.h"
#include "directory/directoryservice.h"
#include "platform/keychainsecretstore.h"
#include "storage/encryptedstore.h"
#include "storage/profile.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/outboxpush.h"
#include "sync/serverclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtCore/qcoreapplication.h>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Nav;
using namespace Nav::Directory;

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("navigator-cli: ") + text + QLatin1Char('\n')), stderr);
}

QJsonObject hitJson(const SearchHit &hit, const QString &lang)
{
    const Service &s = hit.record.service;
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name.text(lang)},
                  {QStringLiteral("organization"), hit.record.organization.name.text(lang)},
                  {QStringLiteral("score"), std::round(hit.score * 1000) / 1000}};
    if (hit.distanceKm)
        o.insert(QStringLiteral("distance_km"), std::round(*hit.distanceKm * 10) / 10);
    o.insert(QStringLiteral("open_now"), hit.open == OpenState::Open     ? QJsonValue(true)
                                         : hit.open == OpenState::Closed ? QJsonValue(false)
                                                                         : QJsonValue());
    QJsonArray langs;
    for (const Language &l : s.languages)
        langs << l.code;
    o.insert(QStringLiteral("languages"), langs);
    if (s.lastVerified.isValid())
        o.insert(QStringLiteral("last_verified"), s.lastVerified.toString(Qt::ISODate));
    QJsonArray phones;
    for (const Phone &p : s.phones)
        phones << p.number;
    for (const Location &l : hit.record.locations) {
        for (const Phone &p : l.phones)
            phones << p.number;
    }
    o.insert(QStringLiteral("phones"), phones);
    return o;
}

class Cli : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QCommandLineParser &parser, QString command)
        : m_parser(parser)
        , m_command(std::move(command))
    {
    }

    int start()
    {
        const QString dir = m_parser.value(QStringLiteral("profile"));
        if (dir.isEmpty()) {
            err(tr("--profile DIR is required."));
            return 2;
        }
        auto profile = Storage::Profile::open(dir);
        if (!profile) {
            err(profile.error().message);
            return 1;
        }
        m_profile = std::move(*profile);
        Core::installLogging(m_profile->logDirectory());
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
        m_secrets = std::make_unique<Platform::KeychainSecretStore>(QStringLiteral("Navigator"));
        m_store = std::make_unique<Storage::EncryptedStore>(*m_profile, *m_secrets, m_clock,
                                                            Storage::workstationMigrations());
        m_directory = std::make_unique<DirectoryService>(m_store->database(), m_clock);
        connect(m_store.get(), &Storage::EncryptedStore::openFailed, this, [this](const Error &e) {
            err(e.message);
            QCoreApplication::exit(1);
        });
        connect(m_store.get(), &Storage::EncryptedStore::opened, this, [this] {
            // Sync never searches: it does not need the search index in memory.
            if (m_command == QLatin1String("sync"))
                return run();
            m_directory->refresh().then(this, [this](const Result<void> &r) {
                if (!r)
                    return finish(r.error());
                run();
            });
        });
        m_store->open();
        return -1; // keep running
    }

private:
    void finish(const Error &e)
    {
        err(e.message);
        QCoreApplication::exit(1);
    }

    void run()
    {
        const QStringList args = m_parser.positionalArguments().mid(1);
        if (m_command == QLatin1String("import"))
            return runImport(args);
        if (m_command == QLatin1String("search"))
            return runSearch(args);
        if (m_command == QLatin1String("places"))
            return runPlaces(args);
        if (m_command == QLatin1String("demo"))
            return runDemo();
        if (m_command == QLatin1String("sync"))
            return runSync();
    }

    // The workstation's sync, headless: sign in, pull the directory changes (each page applied
    // with its cursor in one transaction: killed at any point, the next run resumes), then
    // push the outbox once. Progress lines go to standard output as pages are applied.
    void runSync()
    {
        const auto url = Core::Preferences::parseServerUrl(m_parser.value(QStringLiteral("server")));
        if (!url || url->isEmpty()) {
            err(url ? tr("--server URL is required.") : url.error().message);
            QCoreApplication::exit(2);
            return;
        }
        const QString user = m_parser.value(QStringLiteral("user")).trimmed();
        QFile in;
        QString password;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (!password.isEmpty() && user.isEmpty()) {
            err(tr("--user NAME is required with a password."));
            QCoreApplication::exit(2);
            return;
        }
        m_client = std::make_unique<Sync::ServerClient>(*m_secrets, m_profile->keySecretName()
                                                                      + QStringLiteral(".server-session"));
        m_pull = std::make_unique<Sync::DirectoryPull>(*m_client, m_store->database());
        m_pull->setServerKey(url->toString());
        if (m_parser.isSet(QStringLiteral("page")))
            m_pull->setPageSize(m_parser.value(QStringLiteral("page")).toInt());
        m_push = std::make_unique<Sync::OutboxPush>(m_store->database(), *m_client, m_clock);
        connect(m_client.get(), &Sync::ServerClient::signInFailed, this,
                [](const Sync::ApiReply &reply) {
                    err(reply.message);
                    QCoreApplication::exit(1);
                });
        connect(m_client.get(), &Sync::ServerClient::signedIn, this, [this] {
            m_push->setUserId(m_client->user().value(QStringLiteral("id")).toVariant().toString());
            m_pull->start();
        });
        connect(m_pull.get(), &Sync::DirectoryPull::progressChanged, this,
                [](const Sync::DirectoryPull::Progress &p) {
                    out(tr("directory: page %1 applied, %2 changes, cursor %3")
                            .arg(p.pages)
                            .arg(p.changes)
                            .arg(p.cursor));
                });
        connect(m_pull.get(), &Sync::DirectoryPull::failed, this, [](const QString &message) {
            err(message);
            QCoreApplication::exit(1);
        });
        connect(m_pull.get(), &Sync::DirectoryPull::finished, this,
                [this](const Sync::DirectoryPull::Summary &s) {
                    out(tr("directory: %1 updated or added, %2 retired, cursor %3")
                            .arg(s.upserts)
                            .arg(s.tombstones)
                            .arg(s.cursor));
                    m_store->database()
                        .run<qint64>([](QSqlDatabase &db) -> Result<qint64> {
                            QSqlQuery q(db);
                            if (!q.exec(QStringLiteral("SELECT count(*) FROM dir_service WHERE "
                                                       "retired_at IS NULL"))
                                || !q.next())
                                return fail(ErrorCode::Database, q.lastError().text());
                            return q.value(0).toLongLong();
                        })
                        .then(this, [this](const Result<qint64> &n) {
                            if (n)
                                out(tr("directory: %n active service(s) on this workstation", nullptr, int(*n)));
                            m_push->pushNow();
                        });
                });
        connect(m_push.get(), &Sync::OutboxPush::runFinished, this,
                [this](int sent, const QString &error) {
                    m_push->stop();
                    out(tr("outbox: %n sent", nullptr, sent));
                    if (!error.isEmpty()) {
                        err(error);
                        QCoreApplication::exit(1);
                        return;
                    }
                    QCoreApplication::exit(0);
                });
        if (password.isEmpty())
            m_client->resume(*url);
        else
            m_client->signIn(*url, user, password);
    }

    void printOutcome(const ImportOutcome &o)
    {
        out(tr("imported: %1  updated: %2  unchanged: %3  retired: %4  quarantined: %5")
                .arg(o.counts.added)
                .arg(o.counts.updated)
                .arg(o.counts.unchanged)
                .arg(o.counts.retired)
                .arg(o.counts.quarantined));
        const qint64 ms = std::max<qint64>(1, o.parseMs + o.applyMs);
        out(tr("%1 services in %2 ms (%3 services/s)")
                .arg(o.servicesInFile)
                .arg(ms)
                .arg(o.servicesInFile * 1000 / ms));
        if (!o.reportPath.isEmpty())
            out(tr("quarantine report: %1").arg(QDir::toNativeSeparators(o.reportPath)));
    }

    void runImport(const QStringList &args)
    {
        const auto format = DirectoryService::formatFromName(m_parser.value(QStringLiteral("format")));
        if (!format || args.size() != 1) {
            err(tr("usage: import --profile DIR --format hsds|icarol|airs [--report FILE] PATH"));
            return QCoreApplication::exit(2);
        }
        QString report = m_parser.value(QStringLiteral("report"));
        if (report.isEmpty()) {
            QDir(m_profile->directory()).mkpath(QStringLiteral("reports"));
            report = QDir(m_profile->directory())
                         .filePath(QStringLiteral("reports/quarantine-%1-%2.csv")
                                       .arg(DirectoryService::formatName(*format),
                                            m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        }
        m_directory->import(*format, args.first(), report)
            .then(this, [this](const Result<ImportOutcome> &o) {
                if (!o)
                    return finish(o.error());
                printOutcome(*o);
                QCoreApplication::exit(0);
            });
    }

    void runPlaces(const QStringList &args)
    {
        if (args.isEmpty() || args.size() > 2) {
            err(tr("usage: places --profile DIR MUNICIPALITIES.csv [FSA.csv]"));
            return QCoreApplication::exit(2);
        }
        m_directory->loadPlaces(args.value(0), args.value(1)).then(this, [this](const Result<int> &n) {
            if (!n)
                return finish(n.error());
            out(tr("places: %1").arg(*n));
            QCoreApplication::exit(0);
        });
    }

    void runDemo()
    {
        const int count = m_parser.isSet(QStringLiteral("services"))
                              ? m_parser.value(QStringLiteral("services")).toInt()
                              : 2000;
        const quint32 seed = m_parser.isSet(QStringLiteral("seed"))
                                 ? m_parser.value(QStringLiteral("seed")).toUInt()
                                 : 211;
        if (count <= 0) {
            err(tr("--services takes a positive number."));
            return QCoreApplication::exit(2);
        }
        m_directory->seedDemo(count, seed).then(this, [this](const Result<ImportOutcome> &o) {
            if (!o)
                return finish(o.error());
            printOutcome(*o);
            QCoreApplication::exit(0);
        });
    }

    void runSearch(const QStringList &args)
    {
        SearchQuery q;
        q.text = args.join(QLatin1Char(' ')) + QLatin1Char(' '); // whole words, not a prefix
        q.language = m_parser.value(QStringLiteral("lang")) == QLatin1String("fr")
                         ? QStringLiteral("fr")
                         : QStringLiteral("en");
        q.openNow = m_parser.isSet(QStringLiteral("open-now"));
        q.freeOnly = m_parser.isSet(QStringLiteral("free"));
        q.confidentialCleared = m_parser.isSet(QStringLiteral("cleared"));
        q.taxonomyCodes = m_parser.values(QStringLiteral("category"));
        q.languages = m_parser.values(QStringLiteral("language"));
        if (m_parser.isSet(QStringLiteral("age")))
            q.age = m_parser.value(QStringLiteral("age")).toInt();
        if (m_parser.isSet(QStringLiteral("limit")))
            q.limit = m_parser.value(QStringLiteral("limit")).toInt();
        if (m_parser.isSet(QStringLiteral("radius")))
            q.radiusKm = m_parser.value(QStringLiteral("radius")).toDouble();
        const QString near = m_parser.value(QStringLiteral("near"));
        if (near.isEmpty())
            return runQuery(q);
        m_directory->resolvePlace(near).then(
            this, [this, near, q](const Result<std::optional<PlaceMatch>> &place) mutable {
                if (!place || !*place) {
                    err(tr("Unknown place \"%1\": give a municipality or a postal code (e.g. H2X "
                           "or K1P 1J1).")
                            .arg(near));
                    return QCoreApplication::exit(2);
                }
                q.near = (*place)->point;
                runQuery(q);
            });
    }

    void runQuery(const SearchQuery &q)
    {
        m_directory->search(q).then(this, [this, q](const Result<SearchResult> &r) {
            if (!r)
                return finish(r.error());
            printResults(q, *r);
            QCoreApplication::exit(0);
        });
    }

    void printResults(const SearchQuery &q, const SearchResult &r)
    {
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray hits;
            for (const SearchHit &h : r.hits)
                hits << hitJson(h, q.language);
            QJsonObject o{{QStringLiteral("total"), r.total},
                          {QStringLiteral("elapsed_ms"), double(r.elapsedUs) / 1000.0},
                          {QStringLiteral("corrections"), QJsonArray::fromStringList(r.corrections)},
                          {QStringLiteral("synonyms"), QJsonArray::fromStringList(r.synonyms)},
                          {QStringLiteral("results"), hits}};
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
            return;
        }
        out(tr("%n result(s) in %1 ms", nullptr, r.total).arg(double(r.elapsedUs) / 1000.0, 0, 'f', 1));
        if (!r.corrections.isEmpty())
            out(tr("also searched for: %1").arg(r.corrections.join(QStringLiteral(", "))));
        int rank = 0;
        for (const SearchHit &h : r.hits) {
            const Service &s = h.record.service;
            QString line = QStringLiteral("%1. %2 — %3").arg(++rank).arg(s.name.text(q.language),
                                                                      h.record.organization.name.text(q.language));
            if (h.distanceKm)
                line += QStringLiteral(" — %1 km").arg(*h.distanceKm, 0, 'f', 1);
            if (h.open == OpenState::Open)
                line += QStringLiteral(" — ") + tr("open now");
            else if (h.open == OpenState::Closed)
                line += QStringLiteral(" — ") + tr("closed now");
            out(line);
        }
    }

    QCommandLineParser &m_parser;
    QString m_command;
    Core::SystemClock m_clock;
    std::unique_ptr<Storage::Profile> m_profile;
    std::unique_ptr<Platform::KeychainSecretStore> m_secrets;
    std::unique_ptr<Storage::EncryptedStore> m_store;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<Sync::ServerClient> m_client;
    std::unique_ptr<Sync::DirectoryPull> m_pull;
    std::unique_ptr<Sync::OutboxPush> m_push;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Navigator"));
    QCoreApplication::setApplicationName(QStringLiteral("navigator-cli"));
    QCoreApplication::setApplicationVersion(Core::AppInfo::version());
    Core::AppInfo::addBundledPluginPaths();
    Core::LanguageManager language;
    language.setLanguage(Core::LanguageManager::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Navigator's command-line companion.\n\nCommands:\n"
           "  import   import a resource file (HSDS JSON or tabular package, iCarol CSV, AIRS XML)\n"
           "  search   search the directory\n"
           "  places   load municipalities and postal-code prefixes for --near\n"
           "  demo     fill the profile with a generated demonstration directory\n"
           "  sync     sign in to the central server, receive directory changes, send the outbox\n"
           "           (the password is read from standard input)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("import, search, places, demo or sync"));
    parser.addOptions({
        {QStringLiteral("profile"), Cli::tr("The profile folder."), Cli::tr("dir")},
        {QStringLiteral("format"), Cli::tr("import: hsds, icarol or airs."), Cli::tr("format")},
        {QStringLiteral("report"), Cli::tr("import: where to write the quarantine report (CSV)."), Cli::tr("file")},
        {QStringLiteral("lang"), Cli::tr("search: the reader's language, fr or en."), Cli::tr("lang")},
        {QStringLiteral("near"), Cli::tr("search: a municipality or postal code to measure distance from."), Cli::tr("place")},
        {QStringLiteral("radius"), Cli::tr("search: with --near, only services within this many km."), Cli::tr("km")},
        {QStringLiteral("open-now"), Cli::tr("search: only services open now.")},
        {QStringLiteral("free"), Cli::tr("search: only free services.")},
        {QStringLiteral("category"), Cli::tr("search: a taxonomy code (repeatable)."), Cli::tr("code")},
        {QStringLiteral("language"), Cli::tr("search: a language of service, ISO 639 (repeatable)."), Cli::tr("code")},
        {QStringLiteral("age"), Cli::tr("search: the person's age."), Cli::tr("years")},
        {QStringLiteral("limit"), Cli::tr("search: how many results (default 50)."), Cli::tr("n")},
        {QStringLiteral("cleared"), Cli::tr("search: show confidential addresses and phones (cleared staff only).")},
        {QStringLiteral("json"), Cli::tr("search: print JSON.")},
        {QStringLiteral("services"), Cli::tr("demo: how many services (default 2000)."), Cli::tr("n")},
        {QStringLiteral("seed"), Cli::tr("demo: the generator's seed (default 211)."), Cli::tr("n")},
        {QStringLiteral("server"), Cli::tr("sync: the central server's address."), Cli::tr("url")},
        {QStringLiteral("user"), Cli::tr("sync: the user name to sign in with."), Cli::tr("name")},
        {QStringLiteral("page"), Cli::tr("sync: directory changes per page (default 500)."), Cli::tr("n")},
    });
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    if (!QStringList{QStringLiteral("import"), QStringLiteral("search"), QStringLiteral("places"),
                     QStringLiteral("demo"), QStringLiteral("sync")}
             .contains(command)) {
        err(Cli::tr("unknown command \"%1\"; see --help.").arg(command));
        return 2;
    }
    Cli cli(parser, command);
    const int early = cli.start();
    if (early >= 0)
        return early;
    return QCoreApplication::exec();
}
