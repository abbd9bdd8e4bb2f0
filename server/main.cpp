// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// navigator-server: the central server and its administration commands.

#include "api/api.h"
#include "core/accounts.h"
#include "core/appinfo.h"
#include "core/migrations.h"
#include "http/httpfront.h"
#include "servercli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Nav::Server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

// Migrates and reads the signing key on the main thread's connection, then closes it.
bool prepare(ServerDb &db, ServerSettings &settings)
{
    auto conn = db.connection();
    if (!conn) {
        std::fprintf(stderr, "navigator-server: %s (%s)\n", qPrintable(conn.error().message), qPrintable(conn.error().detail));
        return false;
    }
    if (auto m = Migrations::apply(*conn, db.dialect()); !m) {
        std::fprintf(stderr, "navigator-server: %s (%s)\n", qPrintable(m.error().message), qPrintable(m.error().detail));
        return false;
    }
    auto key = signingKey(*conn);
    if (!key) {
        std::fprintf(stderr, "navigator-server: %s\n", qPrintable(key.error().message));
        return false;
    }
    settings.signingKey = *key;
    return true;
}

int serve(ServerDb &db, const QCommandLineParser &args)
{
    ServerSettings settings;
    if (!prepare(db, settings))
        return 2;
    db.closeConnection();
    if (args.isSet(QStringLiteral("max-body")))
        settings.limits.maxBodyBytes = args.value(QStringLiteral("max-body")).toLongLong();

    const QString listen = args.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port < 0 || port > 65535) {
        std::fprintf(stderr, "navigator-server: --listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080\n");
        return 2;
    }
    const int workers = qBound(1, args.value(QStringLiteral("workers")).toInt(), 64);

    Router router;
    registerRoutes(router);
    AccessLog log(args.value(QStringLiteral("access-log")));
    HttpService service(router, db, settings, log);
    auto bound = service.start(address, quint16(port), workers);
    if (!bound) {
        std::fprintf(stderr, "navigator-server: %s\n", qPrintable(bound.error().message));
        return 2;
    }

    if (::pipe(g_signalPipe) != 0)
        return 2;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    std::printf("navigator-server: listening on %s:%u\n", qPrintable(address.toString()), unsigned(*bound));
    std::fflush(stdout);
    std::fprintf(stderr, "navigator-server: %d workers, database %s\n", workers, qPrintable(db.config().display()));
    const int rc = QCoreApplication::exec();
    service.stop();
    std::fprintf(stderr, "navigator-server: stopped\n");
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("navigator-server"));
    QCoreApplication::setApplicationVersion(Nav::Core::AppInfo::version());

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "The Navigator central server.\n\n"
        "Commands:\n"
        "  serve                         run the HTTP API (default)\n"
        "  migrate                       create or update the database schema\n"
        "  team add NAME                 add a team\n"
        "  team list\n"
        "  user add USERNAME --team NAME --role navigator|team-lead|administrator [--cleared]\n"
        "                                (the password is read from standard input)\n"
        "  user passwd USERNAME          set a new password (standard input)\n"
        "  user disable|enable USERNAME\n"
        "  user list\n"
        "  import --format hsds|icarol|airs PATH   load the directory the workstations receive\n"
        "  import --format demo COUNT    load a generated demo directory of COUNT services"));
    args.addHelpOption();
    args.addVersionOption();
    const QString defaultDb = qEnvironmentVariable("NAVIGATOR_SERVER_DB",
        QStringLiteral("sqlite:") + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/navigator-server.db"));
    args.addOptions({
        {QStringLiteral("db"), QStringLiteral("Database URL: sqlite:/path/file.db or postgresql://user@host:port/name (default: $NAVIGATOR_SERVER_DB or %1).").arg(defaultDb), QStringLiteral("url"), defaultDb},
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default 127.0.0.1:8080; port 0 picks one)."), QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("workers"), QStringLiteral("Worker threads (default 4)."), QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (default 1048576)."), QStringLiteral("bytes")},
        {QStringLiteral("access-log"), QStringLiteral("Access log file, or - for standard error (default: none)."), QStringLiteral("path")},
        {QStringLiteral("team"), QStringLiteral("Team of the user."), QStringLiteral("name")},
        {QStringLiteral("role"), QStringLiteral("navigator, team-lead or administrator."), QStringLiteral("role")},
        {QStringLiteral("cleared"), QStringLiteral("The user may see confidential directory fields.")},
        {QStringLiteral("display-name"), QStringLiteral("Name shown for the user."), QStringLiteral("text")},
        {QStringLiteral("format"), QStringLiteral("Import format: hsds, icarol or airs."), QStringLiteral("format")},
    });
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, migrate, team, user or import."));
    args.process(app);

    auto config = DbConfig::parse(args.value(QStringLiteral("db")));
    if (!config) {
        std::fprintf(stderr, "navigator-server: %s\n", qPrintable(config.error().message));
        return 2;
    }
    if (config->dialect == Dialect::Sqlite)
        QDir().mkpath(QFileInfo(config->path).absolutePath());
    ServerDb db(*config);

    const QStringList words = args.positionalArguments();
    if (words.isEmpty() || words.first() == QLatin1String("serve"))
        return serve(db, args);
    return runAdminCommand(db, words, args);
}
