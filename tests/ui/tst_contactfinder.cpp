// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The contact finder over the real encrypted store: contacts saved and closed through
// ContactService, then found again as a navigator would, by keyboard and mouse.
#include "contacts/contactservice.h"
#include "contacts/phonenumber.h"
#include "core/language.h"
#include "fixedclock.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "ui/contacts/contactfinder.h"
#include "ui/contacts/contactlistmodel.h"

#include "await.h"
#include "screenshot.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Nav;
using Nav::Test::await;
using Nav::Test::screenshot;
using Core::Disposition;
using Ui::ContactFinder;
using Ui::ContactListModel;

namespace {

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray()
             : (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

// Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

} // namespace

class tst_ContactFinder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Monday 23 November 2026, 14:00 in Toronto.
    Test::FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::UTC)};
    Core::LanguageManager m_language;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Contacts::ContactService> m_service;
    std::unique_ptr<ContactFinder> m_finder;

    // The seeded contacts, by what makes each one findable.
    qint64 m_ottawaCompleted = 0; // (613) 555-0123, 20 Nov, completed, mine
    qint64 m_ottawaWrong = 0;     // same number typed "613.555.0123", 2 Nov, wrong number, mine
    qint64 m_montrealCrisis = 0;  // +1 514 555 0199, 15 Oct, completed, crisis + follow-up, mine
    qint64 m_robocall = 0;        // no number, 22 Nov, robocall, mine
    qint64 m_stillOpen = 0;       // 1-819-555-0142, 23 Nov, saved, not closed, mine
    qint64 m_colleague = 0;       // "6135550123", 21 Nov, completed, another navigator's

    Core::Contact contact(const QString &phone, const QDateTime &start) const
    {
        Core::Contact c;
        c.channel = Core::Channel::Call;
        c.direction = Core::Direction::Inbound;
        c.start = start;
        c.end = start.addSecs(300);
        c.talkSeconds = 300;
        c.inquirer.phone = phone;
        c.needs = {{QStringLiteral("food"), QString(), QStringLiteral("groceries")}};
        return c;
    }

    qint64 close(Core::Contact c, Disposition d)
    {
        c.disposition = d;
        auto r = await(m_service->close(std::move(c)));
        if (!r)
            qWarning("close refused: %s", why(r).constData());
        return r ? r->id : 0;
    }

    ContactFinder *finder() const { return m_finder.get(); }

    template<typename W>
    W *field(const char *name) const
    {
        return m_finder->findChild<W *>(QLatin1String(name));
    }

    QTableView *view() const { return field<QTableView>("finderResultsView"); }

    // Contact ids in the order the table shows them.
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        const QAbstractItemModel *m = view()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong();
        return ids;
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    void setFields(const QString &phone, const QDate &from, const QDate &to,
                   std::optional<Disposition> disposition = std::nullopt)
    {
        field<QLineEdit>("finderPhoneEdit")->setText(phone);
        field<QDateEdit>("finderFromDate")->setDate(from);
        field<QDateEdit>("finderToDate")->setDate(to);
        auto *combo = field<QComboBox>("finderDispositionCombo");
        combo->setCurrentIndex(disposition ? combo->findData(Core::codeOf(*disposition)) : 0);
        QVERIFY(combo->currentIndex() >= 0);
    }

    // Clicks Search and waits for the list it brings.
    void clickSearch()
    {
        const int before = finder()->listsShown();
        QTest::mouseClick(field<QPushButton>("finderSearchButton"), Qt::LeftButton);
        QTRY_COMPARE(finder()->listsShown(), before + 1);
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Search);
        QCOMPARE(finder()->message(), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("finder.db"));
        o.key = QByteArray::fromHex(
            "3c9a51e07b2d84f6a1c5e9d3b7f20a4c6e8d1b3f5a7c9e2d4f6b8a0c1e3d5f7a");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, why(opened));
        QVERIFY(!opened->cipherVersion.isEmpty());

        m_service = std::make_unique<Contacts::ContactService>(*m_db, m_clock);
        m_service->setNavigator(QStringLiteral("nav-7"));

        m_ottawaCompleted = close(contact(QStringLiteral("(613) 555-0123"), noon(11, 20)),
                                  Disposition::Completed);
        Core::Contact wrong = contact(QStringLiteral("613.555.0123"), noon(11, 2));
        wrong.needs.clear();
        m_ottawaWrong = close(wrong, Disposition::WrongNumber);

        Core::Contact crisis = contact(QStringLiteral("+1 514 555 0199"), noon(10, 15));
        crisis.crisis = true;
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = crisis.end;
        f.method = Core::FollowUpMethod::Phone;
        f.due = m_clock.now().date().addDays(3);
        f.reason = QStringLiteral("check shelter");
        crisis.followUp = f;
        m_montrealCrisis = close(crisis, Disposition::Completed);

        Core::Contact robocall = contact(QString(), noon(11, 22));
        robocall.needs.clear();
        m_robocall = close(robocall, Disposition::Robocall);

        auto open = await(m_service->save(contact(QStringLiteral("1-819-555-0142"),
                                                  noon(11, 23))));
        QVERIFY2(open, why(open));
        m_stillOpen = open->id;

        m_service->setNavigator(QStringLiteral("nav-other"));
        m_colleague = close(contact(QStringLiteral("6135550123"), noon(11, 21)),
                            Disposition::Completed);
        m_service->setNavigator(QStringLiteral("nav-7"));

        for (qint64 id : {m_ottawaCompleted, m_ottawaWrong, m_montrealCrisis, m_robocall,
                          m_stillOpen, m_colleague})
            QVERIFY(id > 0);
        // The store really holds them encrypted.
        QFile file(o.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
    }

    void init()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_finder = std::make_unique<ContactFinder>(*m_service);
        m_finder->resize(1000, 520);
        m_finder->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_finder.get()));
        m_finder->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_finder.get()));
    }

    void cleanup() { m_finder.reset(); }

    void cleanupTestCase()
    {
        m_finder.reset();
        m_service.reset();
        m_db.reset();
    }

    void everyInputHasItsName()
    {
        for (const char *name : {"finderPhoneEdit", "finderFromDate", "finderToDate",
                                 "finderDispositionCombo", "finderSearchButton",
                                 "finderResultsView"}) {
            QVERIFY2(m_finder->findChild<QWidget *>(QLatin1String(name)), name);
        }
        QVERIFY(field<QDateEdit>("finderFromDate")->calendarPopup());
        QCOMPARE(field<QDateEdit>("finderToDate")->date(), QDate::currentDate());
        QCOMPARE(field<QDateEdit>("finderFromDate")->date(), QDate::currentDate().addDays(-30));
        // "Any" plus every disposition, "Open" for contacts not closed yet.
        auto *combo = field<QComboBox>("finderDispositionCombo");
        QCOMPARE(combo->count(), 1 + Core::allValues<Disposition>().size());
        QCOMPARE(combo->itemText(combo->findData(Core::codeOf(Disposition::None))),
                 QStringLiteral("Open"));
        QCOMPARE(combo->itemText(combo->findData(Core::codeOf(Disposition::Robocall))),
                 Core::labelOf(Disposition::Robocall));
    }

    void nothingRunsBeforeTheStoreIsReady()
    {
        finder()->search();
        finder()->showRecent();
        QVERIFY(!field<QPushButton>("finderSearchButton")->isEnabled());
        QTest::qWait(50); // nothing was asked: no list can arrive
        QCOMPARE(finder()->listsShown(), 0);
        QCOMPARE(finder()->model()->rowCount(), 0);
    }

    // My own contacts, newest first; a colleague's never show here.
    void recentListsMineNewestFirst()
    {
        QAbstractItemModelTester tester(finder()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Recent);
        QCOMPARE(shownIds(), (QList<qint64>{m_stillOpen, m_robocall, m_ottawaCompleted,
                                            m_ottawaWrong, m_montrealCrisis}));
        QVERIFY(!shownIds().contains(m_colleague));
        QCOMPARE(view()->currentIndex().row(), 0);
        QVERIFY(field<QLabel>("finderSummaryLabel")->text().contains(QLatin1String("5")));
    }

    // What each column shows, in English.
    void rowsShowWhatTheContactWas()
    {
        QAbstractItemModelTester tester(finder()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        finder()->setNeedLabels({{QStringLiteral("food"), QStringLiteral("Food and meals")}});
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        const ContactListModel *m = finder()->model();
        QCOMPARE(m->columnCount(), int(ContactListModel::ColumnCount));
        auto rowOf = [m](qint64 id) {
            for (int row = 0; row < m->rowCount(); ++row) {
                if (m->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong() == id)
                    return row;
            }
            return -1;
        };
        auto text = [m](int row, int column) {
            return m->index(row, column).data().toString();
        };

        const int open = rowOf(m_stillOpen);
        QVERIFY(open >= 0);
        QCOMPARE(text(open, ContactListModel::DispositionColumn), QStringLiteral("Open"));
        QCOMPARE(text(open, ContactListModel::StartColumn),
                 QLocale().toString(noon(11, 23).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(text(open, ContactListModel::ChannelColumn), Core::labelOf(Core::Channel::Call));
        QCOMPARE(text(open, ContactListModel::DirectionColumn),
                 Core::labelOf(Core::Direction::Inbound));
        QCOMPARE(text(open, ContactListModel::NeedColumn), QStringLiteral("Food and meals"));
        // The phone as people read it, not as stored.
        const QString phone = text(open, ContactListModel::PhoneColumn);
        QCOMPARE(phone, Contacts::PhoneNumber::format(QStringLiteral("+18195550142")));
        QVERIFY(phone != QLatin1String("+18195550142"));
        QVERIFY(phone.contains(QLatin1String("555")));
        QCOMPARE(text(open, ContactListModel::MarkersColumn), QString());

        const int crisis = rowOf(m_montrealCrisis);
        QCOMPARE(text(crisis, ContactListModel::DispositionColumn),
                 Core::labelOf(Disposition::Completed));
        const QString markers = text(crisis, ContactListModel::MarkersColumn);
        QVERIFY2(markers.contains(QLatin1String("Crisis")), qPrintable(markers));
        QVERIFY2(markers.contains(QLatin1String("Follow-up")), qPrintable(markers));
        QVERIFY(m->index(crisis, 0).data(ContactListModel::CrisisRole).toBool());
        QVERIFY(m->index(crisis, 0).data(ContactListModel::FollowUpRole).toBool());

        const int robocall = rowOf(m_robocall);
        QCOMPARE(text(robocall, ContactListModel::PhoneColumn), QString());
        QCOMPARE(text(robocall, ContactListModel::NeedColumn), QString());
        QCOMPARE(text(robocall, ContactListModel::DispositionColumn),
                 Core::labelOf(Disposition::Robocall));
        // A category without a label shows its code.
        finder()->setNeedLabels({});
        QCOMPARE(text(open, ContactListModel::NeedColumn), QStringLiteral("food"));
        QCOMPARE(m->headerData(ContactListModel::PhoneColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Phone"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("disposition"); // -1 = any
        QTest::addColumn<QStringList>("expected");

        const QDate wideFrom(2026, 10, 1);
        const QDate wideTo(2026, 11, 30);
        const int any = -1;
        // The same Ottawa number, typed three other ways: every navigator's contacts match.
        QTest::newRow("phone dashes")
            << QStringLiteral("613-555-0123") << wideFrom << wideTo << any
            << QStringList{QStringLiteral("ottawaCompleted"), QStringLiteral("ottawaWrong"),
                           QStringLiteral("colleague")};
        QTest::newRow("phone with country code")
            << QStringLiteral("+1 (613) 555 0123") << wideFrom << wideTo << any
            << QStringList{QStringLiteral("ottawaCompleted"), QStringLiteral("ottawaWrong"),
                           QStringLiteral("colleague")};
        QTest::newRow("phone last digits")
            << QStringLiteral("0199") << wideFrom << wideTo << any
            << QStringList{QStringLiteral("montrealCrisis")};
        QTest::newRow("phone and dates")
            << QStringLiteral("6135550123") << QDate(2026, 11, 10) << QDate(2026, 11, 20) << any
            << QStringList{QStringLiteral("ottawaCompleted")};
        // Both ends are included, as local calendar days.
        QTest::newRow("dates inclusive")
            << QString() << QDate(2026, 11, 2) << QDate(2026, 11, 20) << any
            << QStringList{QStringLiteral("ottawaCompleted"), QStringLiteral("ottawaWrong")};
        QTest::newRow("one day") << QString() << QDate(2026, 11, 22) << QDate(2026, 11, 22) << any
                                 << QStringList{QStringLiteral("robocall")};
        QTest::newRow("completed")
            << QString() << wideFrom << wideTo << int(Disposition::Completed)
            << QStringList{QStringLiteral("ottawaCompleted"), QStringLiteral("montrealCrisis"),
                           QStringLiteral("colleague")};
        QTest::newRow("wrong number")
            << QString() << wideFrom << wideTo << int(Disposition::WrongNumber)
            << QStringList{QStringLiteral("ottawaWrong")};
        QTest::newRow("still open") << QString() << wideFrom << wideTo << int(Disposition::None)
                                    << QStringList{QStringLiteral("stillOpen")};
        QTest::newRow("phone and disposition")
            << QStringLiteral("(613) 555-0123") << wideFrom << wideTo
            << int(Disposition::WrongNumber) << QStringList{QStringLiteral("ottawaWrong")};
        QTest::newRow("nothing") << QString() << QDate(2026, 9, 1) << QDate(2026, 9, 30) << any
                                 << QStringList{};
    }

    void search()
    {
        QFETCH(QString, phone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, disposition);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> ids{{QStringLiteral("ottawaCompleted"), m_ottawaCompleted},
                                         {QStringLiteral("ottawaWrong"), m_ottawaWrong},
                                         {QStringLiteral("montrealCrisis"), m_montrealCrisis},
                                         {QStringLiteral("robocall"), m_robocall},
                                         {QStringLiteral("stillOpen"), m_stillOpen},
                                         {QStringLiteral("colleague"), m_colleague}};
        QList<qint64> want;
        for (const QString &name : expected)
            want << ids.value(name);

        QAbstractItemModelTester tester(finder()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        setFields(phone, from, to,
                  disposition < 0 ? std::nullopt
                                  : std::optional<Disposition>(Disposition(disposition)));
        clickSearch();
        QCOMPARE(sorted(shownIds()), sorted(want));
        // Newest first unless the navigator sorts otherwise.
        const QList<qint64> shown = shownIds();
        for (int i = 1; i < shown.size(); ++i) {
            const QModelIndex prev = view()->model()->index(i - 1, ContactListModel::StartColumn);
            const QModelIndex next = view()->model()->index(i, ContactListModel::StartColumn);
            QVERIFY(prev.data(ContactListModel::SortRole).toDateTime()
                    >= next.data(ContactListModel::SortRole).toDateTime());
        }
        const QString summary = field<QLabel>("finderSummaryLabel")->text();
        QVERIFY2(summary.contains(want.isEmpty() ? QStringLiteral("No contact")
                                                 : QString::number(want.size())),
                 qPrintable(summary));
    }

    // Enter in each field runs the search with what is typed there.
    void enterInAnyFieldSearches()
    {
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        setFields(QString(), QDate(2026, 10, 1), QDate(2026, 11, 30));

        auto *phone = field<QLineEdit>("finderPhoneEdit");
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("613 555 0123"));
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_COMPARE(finder()->listsShown(), 2);
        QCOMPARE(sorted(shownIds()), sorted({m_ottawaCompleted, m_ottawaWrong, m_colleague}));

        // A date typed over the old one is searched at once, without leaving the field.
        auto *from = field<QDateEdit>("finderFromDate");
        from->setFocus();
        from->setCurrentSectionIndex(0);
        QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(from, QDate(2026, 11, 10).toString(from->displayFormat()));
        QTest::keyClick(from, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_COMPARE(finder()->listsShown(), 3);
        QCOMPARE(from->date(), QDate(2026, 11, 10));
        QCOMPARE(sorted(shownIds()), sorted({m_ottawaCompleted, m_colleague}));

        auto *to = field<QDateEdit>("finderToDate");
        to->setFocus();
        to->setDate(QDate(2026, 11, 20));
        QTest::keyClick(to, Qt::Key_Return);
        QTRY_COMPARE(finder()->listsShown(), 4);
        QCOMPARE(shownIds(), QList<qint64>{m_ottawaCompleted});

        auto *combo = field<QComboBox>("finderDispositionCombo");
        phone->clear();
        from->setDate(QDate(2026, 10, 1));
        to->setDate(QDate(2026, 11, 30));
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(Core::codeOf(Disposition::Robocall)));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(finder()->listsShown(), 5);
        QCOMPARE(shownIds(), QList<qint64>{m_robocall});
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Search);

        // And back to the recent list.
        QTest::mouseClick(field<QPushButton>("finderRecentButton"), Qt::LeftButton);
        QTRY_COMPARE(finder()->listsShown(), 6);
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Recent);
        QCOMPARE(shownIds().size(), 5);
    }

    // Bad input: a message under the fields, the fields as typed, the list unchanged.
    void errorsShowInlineAndLoseNothing_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("focus");
        QTest::newRow("too few digits") << QStringLiteral("55") << QDate(2026, 10, 1)
                                        << QDate(2026, 11, 30)
                                        << QStringLiteral("finderPhoneEdit");
        QTest::newRow("letters") << QStringLiteral("call me") << QDate(2026, 10, 1)
                                 << QDate(2026, 11, 30) << QStringLiteral("finderPhoneEdit");
        QTest::newRow("dates reversed") << QStringLiteral("613 555 0123") << QDate(2026, 11, 30)
                                        << QDate(2026, 10, 1) << QStringLiteral("finderFromDate");
    }

    void errorsShowInlineAndLoseNothing()
    {
        QFETCH(QString, phone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, focus);
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        const QList<qint64> before = shownIds();
        QCOMPARE(before.size(), 5);

        setFields(phone, from, to, Disposition::Completed);
        auto *phoneEdit = field<QLineEdit>("finderPhoneEdit");
        phoneEdit->setFocus();
        QTest::keyClick(phoneEdit, Qt::Key_Return);
        auto *message = field<QLabel>("finderMessageLabel");
        QTRY_VERIFY(!finder()->message().isEmpty());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), finder()->message());
        QCOMPARE(QApplication::focusWidget()->objectName(), focus);
        QTest::qWait(50); // a list arriving now would be a bug
        QCOMPARE(finder()->listsShown(), 1);
        QCOMPARE(shownIds(), before);
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Recent);
        QCOMPARE(phoneEdit->text(), phone);
        QCOMPARE(field<QDateEdit>("finderFromDate")->date(), from);
        QCOMPARE(field<QDateEdit>("finderToDate")->date(), to);
        QCOMPARE(field<QComboBox>("finderDispositionCombo")->currentData().toString(),
                 Core::codeOf(Disposition::Completed));

        // Corrected, the search runs and the message goes.
        setFields(QStringLiteral("514 555 0199"), QDate(2026, 10, 1), QDate(2026, 11, 30),
                  Disposition::Completed);
        clickSearch();
        QVERIFY(message->isHidden());
        QCOMPARE(shownIds(), QList<qint64>{m_montrealCrisis});
    }

    // Enter or a double-click on a row asks for that contact, whatever the sort order.
    void enterOrDoubleClickOpensTheContact()
    {
        QSignalSpy open(finder(), &ContactFinder::openContactRequested);
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);

        // ↓ from the phone field lands on the first row; ↓ again, Enter.
        auto *phone = field<QLineEdit>("finderPhoneEdit");
        phone->setFocus();
        QTest::keyClick(phone, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), view());
        QCOMPARE(view()->currentIndex().row(), 0);
        QTest::keyClick(view(), Qt::Key_Down);
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().first().toLongLong(), m_robocall);

        // Sorted by phone instead of date: the row under the cursor is still the one opened.
        view()->sortByColumn(ContactListModel::PhoneColumn, Qt::AscendingOrder);
        const QList<qint64> byPhone = shownIds();
        QCOMPARE(byPhone.first(), m_robocall); // no number sorts first
        QCOMPARE(byPhone.last(), m_stillOpen); // +1819 after +1613 and +1514
        view()->setCurrentIndex(view()->model()->index(byPhone.size() - 1, 0));
        QTest::keyClick(view(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().first().toLongLong(), m_stillOpen);

        const int row = int(byPhone.indexOf(m_montrealCrisis));
        const QRect cell = view()->visualRect(view()->model()->index(row, 1));
        QVERIFY(cell.isValid());
        // Through the window, as the platform delivers it: press, release, press + double-click.
        QTest::mouseDClick(finder()->windowHandle(), Qt::LeftButton, Qt::NoModifier,
                           view()->viewport()->mapTo(finder(), cell.center()));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().first().toLongLong(), m_montrealCrisis);
    }

    // A contact saved elsewhere (the contact form) shows at once, and the row stays selected.
    void savedContactRefreshesTheList()
    {
        QAbstractItemModelTester tester(finder()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        view()->setCurrentIndex(view()->model()->index(2, 0));
        const qint64 selected =
            view()->currentIndex().data(ContactListModel::ContactIdRole).toLongLong();
        QCOMPARE(selected, m_ottawaCompleted);

        m_clock.advance(30 * 60);
        auto saved = await(m_service->save(contact(QStringLiteral("(343) 555-0110"),
                                                   m_clock.now().addSecs(-10 * 60))));
        QVERIFY2(saved, why(saved));
        QTRY_COMPARE(finder()->listsShown(), 2);
        QCOMPARE(shownIds().size(), 6);
        QCOMPARE(shownIds().first(), saved->id);
        QCOMPARE(view()->currentIndex().data(ContactListModel::ContactIdRole).toLongLong(),
                 selected);

        // A search on screen is run again too: closing it moves it to "completed".
        setFields(QString(), QDate(2026, 10, 1), QDate(2026, 11, 30), Disposition::Completed);
        clickSearch();
        QVERIFY(!shownIds().contains(saved->id));
        Core::Contact c = *saved;
        QVERIFY(close(c, Disposition::Completed) == saved->id);
        QTRY_COMPARE(finder()->listsShown(), 4);
        QVERIFY(shownIds().contains(saved->id));
        QCOMPARE(finder()->mode(), ContactFinder::Mode::Search);
    }

    void screenshotsInBothLanguages()
    {
        finder()->setNeedLabels({{QStringLiteral("food"), QStringLiteral("Food")}});
        finder()->setReady(true);
        QTRY_COMPARE(finder()->listsShown(), 1);
        screenshot(finder(), QStringLiteral("contactfinder-en"));

        const QString englishHeader =
            view()->model()->headerData(ContactListModel::StartColumn, Qt::Horizontal).toString();
        QCOMPARE(englishHeader, QStringLiteral("Started"));
        const int rows = finder()->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        // The date fields follow the new locale; texts are the lead's to translate.
        QCOMPARE(field<QDateEdit>("finderFromDate")->locale().language(), QLocale::French);
        QCOMPARE(finder()->model()->rowCount(), rows);
        screenshot(finder(), QStringLiteral("contactfinder-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(tst_ContactFinder)
#include "tst_contactfinder.moc"
