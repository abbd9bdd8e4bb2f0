// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/phonenumber.h"

#include <QRegularExpression>
#include <QTest>

using Nav::Contacts::PhoneNumber;

class tst_PhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");    // empty: refused
        QTest::addColumn<QString>("problem"); // words the refusal must contain
        const QString ca = QStringLiteral("CA");
        auto ok = [&](const char *name, const QString &typed, const char *e164,
                      const QString &region) {
            QTest::newRow(name) << typed << region << QString::fromLatin1(e164) << QString();
        };
        auto no = [&](const char *name, const QString &typed, const char *problem,
                      const QString &region) {
            QTest::newRow(name) << typed << region << QString() << QString::fromUtf8(problem);
        };
        // The usual Canadian ways to type one number.
        const char *ottawa = "+16135550123";
        ok("spaces and dash", QStringLiteral("613 555-0123"), ottawa, ca);
        ok("brackets", QStringLiteral("(613) 555 0123"), ottawa, ca);
        ok("brackets dash", QStringLiteral("(613) 555-0123"), ottawa, ca);
        ok("dots", QStringLiteral("613.555.0123"), ottawa, ca);
        ok("dashes", QStringLiteral("613-555-0123"), ottawa, ca);
        ok("slash", QStringLiteral("613/555-0123"), ottawa, ca);
        ok("digits only", QStringLiteral("6135550123"), ottawa, ca);
        ok("leading 1", QStringLiteral("1 613 555 0123"), ottawa, ca);
        ok("leading 1 dashes", QStringLiteral("1-613-555-0123"), ottawa, ca);
        ok("leading 1 digits", QStringLiteral("16135550123"), ottawa, ca);
        ok("plus one", QStringLiteral("+1 613 555 0123"), ottawa, ca);
        ok("plus one brackets", QStringLiteral("+1 (613) 555-0123"), ottawa, ca);
        ok("already E.164", QStringLiteral("+16135550123"), ottawa, ca);
        ok("surrounding spaces", QStringLiteral("   613 555 0123  "), ottawa, ca);
        ok("no-break spaces", QStringLiteral("613\u00a0555\u00a00123"), ottawa, ca);
        ok("full-width digits", QStringLiteral("６１３５５５０１２３"), ottawa, ca);
        ok("tel URI", QStringLiteral("tel:+1-613-555-0123"), ottawa, ca);
        ok("Montreal", QStringLiteral("514 555-0199"), "+15145550199", ca);
        ok("Toronto 416", QStringLiteral("416-555-0100"), "+14165550100", ca);
        ok("Quebec 418", QStringLiteral("(418) 555-0142"), "+14185550142", ca);
        ok("lowercase region", QStringLiteral("514 555 0199"), "+15145550199",
           QStringLiteral("ca"));
        // Toll-free.
        ok("toll-free 800", QStringLiteral("1-800-555-0199"), "+18005550199", ca);
        ok("toll-free 888 brackets", QStringLiteral("1 (888) 555-0123"), "+18885550123", ca);
        ok("toll-free 877 no 1", QStringLiteral("877 555 0123"), "+18775550123", ca);
        ok("toll-free vanity letters", QStringLiteral("1-800-FLOWERS"), "+18003569377", ca);
        // Abroad.
        ok("France with +33", QStringLiteral("+33 1 23 45 67 89"), "+33123456789", ca);
        ok("France dialled with 011", QStringLiteral("011 33 1 23 45 67 89"), "+33123456789", ca);
        ok("France national, region FR", QStringLiteral("01 23 45 67 89"), "+33123456789",
           QStringLiteral("FR"));
        ok("United Kingdom", QStringLiteral("+44 20 7946 0958"), "+442079460958", ca);

        // Refusals, each with its own reason.
        no("empty", QString(), "empty", ca);
        no("only spaces", QStringLiteral("   "), "empty", ca);
        no("extension x", QStringLiteral("514 555 0199 x123"), "extension", ca);
        no("extension ext.", QStringLiteral("514-555-0199 ext. 123"), "extension", ca);
        no("extension poste", QStringLiteral("514-555-0199 poste 123"), "extension", ca);
        no("extension Poste capital", QStringLiteral("514-555-0199, Poste 4"), "extension", ca);
        no("extension #", QStringLiteral("514 555 0199 #123"), "extension", ca);
        no("no area code", QStringLiteral("555-0199"), "area code", ca);
        no("too short", QStringLiteral("514 555"), "too short", ca);
        no("service code 211", QStringLiteral("211"), "too short", ca);
        no("too long", QStringLiteral("514 555 01999"), "too long", ca);
        no("European 00 prefix", QStringLiteral("0033 1 23 45 67 89"), "011", ca);
        no("hundred digits", QStringLiteral("1").repeated(100), "too long", ca);
        no("letters", QStringLiteral("abc"), "not a phone number", ca);
        no("words after number", QStringLiteral("514 555 0199 call after 5pm"),
           "not a phone number", ca);
        no("two numbers", QStringLiteral("514 555 0199 / 514 555 0198"), "too long", ca);
        no("zero", QStringLiteral("0"), "not a phone number", ca);
        no("plus alone", QStringLiteral("+"), "not a phone number", ca);
        no("unknown country code", QStringLiteral("+999 123 4567"), "country code", ca);
        no("exchange 123 does not exist", QStringLiteral("514-123-4567"), "does not exist", ca);
        no("area code 000", QStringLiteral("000-555-0199"), "", ca);
        no("no region, no plus", QStringLiteral("514 555 0199"), "country code",
           QStringLiteral("ZZ"));
    }

    void normalise()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, problem);
        const auto result = PhoneNumber::normalise(typed, region);
        if (!e164.isEmpty()) {
            QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
            QCOMPARE(*result, e164);
            // Normalising again changes nothing.
            QCOMPARE(PhoneNumber::normalise(*result, region).value_or(QString()), e164);
            return;
        }
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
        QCOMPARE(result.error().code, Nav::ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY2(result.error().message.contains(problem, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        // The detail goes to logs: never the digits typed.
        static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
        QVERIFY2(!result.error().detail.contains(fourDigits), qPrintable(result.error().detail));
    }

    void format_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("shown");
        const QString ca = QStringLiteral("CA");
        QTest::newRow("Canadian at home") << QStringLiteral("+15145550199") << ca
                                          << QStringLiteral("(514) 555-0199");
        QTest::newRow("toll-free") << QStringLiteral("+18005550199") << ca
                                   << QStringLiteral("(800) 555-0199");
        QTest::newRow("French from Canada") << QStringLiteral("+33123456789") << ca
                                            << QStringLiteral("+33 1 23 45 67 89");
        QTest::newRow("Canadian from France") << QStringLiteral("+15145550199")
                                              << QStringLiteral("FR")
                                              << QStringLiteral("+1 514-555-0199");
        QTest::newRow("not E.164 unchanged") << QStringLiteral("514 555 0199") << ca
                                             << QStringLiteral("514 555 0199");
        QTest::newRow("empty unchanged") << QString() << ca << QString();
        QTest::newRow("garbage unchanged") << QStringLiteral("+abc") << ca
                                           << QStringLiteral("+abc");
    }

    void format()
    {
        QFETCH(QString, e164);
        QFETCH(QString, region);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumber::format(e164, region), shown);
    }

    void libraryVersion()
    {
        const QString v = PhoneNumber::libraryVersion();
        // Debian's package version ("8.12.57+ds-3") or the library's ("8.12").
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(v).hasMatch(),
                 qPrintable(v));
    }
};

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
