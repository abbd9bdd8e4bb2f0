// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "servercli.h"

#include "core/accounts.h"
#include "core/migrations.h"
#include "directory/serverdirectory.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Nav::Server {

namespace {

int report(const Error &e)
{
    std::fprintf(stderr, "navigator-server: %s\n", qPrintable(e.message));
    if (e.code != ErrorCode::InvalidInput && !e.detail.isEmpty())
        std::fprintf(stderr, "navigator-server: detail: %s\n", qPrintable(e.detail));
    return e.code == ErrorCode::InvalidInput ? 1 : 2;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "navigator-server: %s\n(see navigator-server --help)\n", qPrintable(message));
    return 1;
}

// One line from standard input; on a terminal, asked for twice without echo.
QString readPassword()
{
    const bool tty = ::isatty(STDIN_FILENO);
    auto readLine = [tty](const char *prompt) {
        termios old{};
        if (tty) {
            std::fprintf(stderr, "%s", prompt);
            ::tcgetattr(STDIN_FILENO, &old);
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (tty) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
            std::fprintf(stderr, "\n");
        }
        return line;
    };
    const QString first = readLine("Password: ");
    if (tty && readLine("Again: ") != first) {
        std::fprintf(stderr, "navigator-server: the two passwords differ\n");
        return {};
    }
    return first;
}

Result<User> findUser(QSqlDatabase &db, const QString &username)
{
    auto u = Accounts::userByName(db, username);
    if (!u)
        return Unexpected(u.error());
    if (!*u)
        return fail(ErrorCode::InvalidInput, QStringLiteral("There is no user named \"%1\".").arg(username));
    return **u;
}

} // namespace

int runAdminCommand(ServerDb &db, const QStringList &words, const QCommandLineParser &args)
{
    auto conn = db.connection();
    if (!conn)
        return report(conn.error());
    auto before = Migrations::apply(*conn, db.dialect());
    if (!before)
        return report(before.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString cmd = words.value(0);
    const QString sub = words.value(1);
    const QString arg = words.value(2);

    if (cmd == QLatin1String("migrate")) {
        std::printf("schema version %d (was %d)\n", Migrations::latestVersion(), *before);
        return 0;
    }
    if (cmd == QLatin1String("team") && sub == QLatin1String("add")) {
        if (arg.isEmpty())
            return usage(QStringLiteral("team add needs a NAME"));
        auto t = Accounts::addTeam(*conn, arg, now);
        if (!t)
            return report(t.error());
        std::printf("team %s added\n", qPrintable(t->name));
        return 0;
    }
    if (cmd == QLatin1String("team") && sub == QLatin1String("list")) {
        auto teams = Accounts::teams(*conn);
        if (!teams)
            return report(teams.error());
        for (const Team &t : *teams)
            std::printf("%s\n", qPrintable(t.name));
        return 0;
    }
    if (cmd == QLatin1String("user") && sub == QLatin1String("add")) {
        if (arg.isEmpty())
            return usage(QStringLiteral("user add needs a USERNAME"));
        const auto role = roleFromCode(args.value(QStringLiteral("role")));
        if (!role)
            return usage(QStringLiteral("user add needs --role navigator, team-lead or administrator"));
        const QString password = readPassword();
        auto u = Accounts::addUser(*conn, arg, args.value(QStringLiteral("display-name")),
                                   args.value(QStringLiteral("team")), *role,
                                   args.isSet(QStringLiteral("cleared")), password, now);
        if (!u)
            return report(u.error());
        std::printf("user %s added (%s%s)\n", qPrintable(u->username), qPrintable(codeOf(u->role)),
                    u->cleared ? ", cleared for confidential fields" : "");
        return 0;
    }
    if (cmd == QLatin1String("user") && sub == QLatin1String("passwd")) {
        auto u = findUser(*conn, arg);
        if (!u)
            return report(u.error());
        if (auto r = Accounts::setPassword(*conn, u->id, readPassword(), now); !r)
            return report(r.error());
        std::printf("password of %s changed; their sessions are ended\n", qPrintable(u->username));
        return 0;
    }
    if (cmd == QLatin1String("user") && (sub == QLatin1String("disable") || sub == QLatin1String("enable"))) {
        auto u = findUser(*conn, arg);
        if (!u)
            return report(u.error());
        const bool disable = sub == QLatin1String("disable");
        if (auto r = Accounts::setDisabled(*conn, u->id, disable, now); !r)
            return report(r.error());
        std::printf("user %s %s\n", qPrintable(u->username), disable ? "disabled; their sessions are ended" : "enabled");
        return 0;
    }
    if (cmd == QLatin1String("user") && sub == QLatin1String("list")) {
        auto users = Accounts::users(*conn);
        if (!users)
            return report(users.error());
        for (const User &u : *users)
            std::printf("%-24s %-14s %-20s%s%s\n", qPrintable(u.username), qPrintable(codeOf(u.role)),
                        qPrintable(u.teamName.isEmpty() ? QStringLiteral("-") : u.teamName),
                        u.cleared ? " cleared" : "", u.disabled ? " disabled" : "");
        return 0;
    }
    if (cmd == QLatin1String("import")) {
        const QString path = words.value(1);
        if (path.isEmpty())
            return usage(QStringLiteral("import needs a PATH"));
        const QString format = args.value(QStringLiteral("format"));
        auto counts = ServerDirectory::importFile(*conn, format, path, now, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\rimporting… %lld/%lld", static_cast<long long>(done), static_cast<long long>(total));
            return true;
        });
        std::fprintf(stderr, "\n");
        if (!counts)
            return report(counts.error());
        std::printf("imported: %d added, %d updated, %d unchanged, %d retired, %d quarantined\n",
                    counts->added, counts->updated, counts->unchanged, counts->retired, counts->quarantined);
        return 0;
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(words.join(QLatin1Char(' '))));
}

} // namespace Nav::Server
