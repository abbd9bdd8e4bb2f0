// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The contact area inside the real window, with the real encrypted store and directory: a whole
// call done with the keyboard only, wrap-up rules shown inline in both languages, drafts
// restored after the window goes away, and screenshots of each screen in English and French.
#include "contacts/contactservice.h"
#include "contacts/vocabularies.h"
#include "core/language.h"
#include "core/preferences.h"
#include "directory/directoryservice.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "fixturedirectory.h"
#include "storage/encryptedstore.h"
#include "storage/profile.h"
#include "storage/schema.h"
#include "ui/contacts/contactform.h"
#include "ui/contacts/contactpane.h"
#include "ui/contacts/entrylistmodel.h"
#include "ui/contacts/surveyform.h"
#include "ui/contacts/wrapuppage.h"
#include "ui/directory/directorypane.h"
#include "ui/directory/serviceresultsmodel.h"
#include "ui/mainwindow.h"

#include "await.h"
#include "screenshot.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Nav::Test::await;
using Nav::Test::screenshot;
using Ui::MainWindow;

namespace {

// Keys go where the keyboard focus is, as they would for a person.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(k), mods);
}

// Combo boxes find items by the letters typed within QApplication::keyboardInputInterval();
// a person pauses between fields, so the next field's letters start a new search.
void typeAhead(const QString &text)
{
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClicks(w, text);
}

void type(const QString &text)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClicks(w, text);
}

} // namespace

class tst_ContactPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FakeSecretStore m_secrets;
    // Monday 23 November 2026, 14:00 in Toronto.
    Test::FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::UTC)};
    Core::LanguageManager m_language;
    std::unique_ptr<Storage::Profile> m_profile;
    std::unique_ptr<Core::Preferences> m_prefs;
    std::unique_ptr<Storage::EncryptedStore> m_store;
    std::unique_ptr<Directory::DirectoryService> m_directory;
    std::unique_ptr<Contacts::ContactService> m_contacts;
    std::unique_ptr<MainWindow> m_window;
    Ui::ContactPane *m_pane = nullptr;
    Ui::DirectoryPane *m_directoryPane = nullptr;

    static Ui::ContactForm::Vocabularies vocabularies()
    {
        Ui::ContactForm::Vocabularies v;
        v.needCategories = Contacts::loadVocabulary(Contacts::bundledNeedCategoriesPath()).value();
        v.languages = Contacts::loadVocabulary(Contacts::bundledLanguagesPath()).value();
        v.heardOf = Contacts::loadVocabulary(Contacts::bundledHeardOfPath()).value();
        return v;
    }

    void buildWindow(const QString &lang)
    {
        QVERIFY(m_language.setLanguage(lang));
        m_window = std::make_unique<MainWindow>(Ui::ShellServices{*m_store, *m_prefs, m_language});
        m_directoryPane = new Ui::DirectoryPane(*m_directory, m_clock);
        m_window->addArea(MainWindow::Area::Directory, m_directoryPane);
        m_pane = new Ui::ContactPane(*m_contacts, m_clock);
        m_pane->setDraftDelay(50);
        m_window->addArea(MainWindow::Area::ContactRecord, m_pane);
        m_window->addAreaMenu(MainWindow::Area::ContactRecord, m_pane->actions());
        m_window->addAreaMenu(MainWindow::Area::Directory, {m_directoryPane->referAction()});
        connect(m_directoryPane, &Ui::DirectoryPane::referralChosen, m_pane,
                &Ui::ContactPane::addReferral);
        connect(m_pane, &Ui::ContactPane::focusRequested, m_window.get(),
                [this] { m_window->focusArea(MainWindow::Area::ContactRecord); });
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_store->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->state() == Storage::EncryptedStore::State::Open, 10000);
        QTRY_VERIFY(m_window->currentPage()->objectName() == QLatin1String("workspace"));
        m_pane->setVocabularies(vocabularies());
        m_pane->setReady(true);
        m_directoryPane->setReady(true);
        QTRY_VERIFY(m_pane->newContactAction()->isEnabled());
    }

    void closeWindow()
    {
        m_window.reset();
        m_pane = nullptr;
        m_directoryPane = nullptr;
    }

    Core::Contact lastClosed()
    {
        auto recent = await(m_contacts->recent(1));
        if (!recent || recent->isEmpty())
            return {};
        auto c = await(m_contacts->contact(recent->first().id));
        return c ? *c : Core::Contact{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto profile = Storage::Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile);
        m_profile = std::move(*profile);
        m_prefs = std::make_unique<Core::Preferences>(m_profile->settingsFilePath());
        m_store = std::make_unique<Storage::EncryptedStore>(*m_profile, m_secrets, m_clock,
                                                            Storage::workstationMigrations());
        m_directory = std::make_unique<Directory::DirectoryService>(m_store->database(), m_clock);
        m_contacts = std::make_unique<Contacts::ContactService>(m_store->database(), m_clock);
        m_contacts->setNavigator(QStringLiteral("nav-test"));
        // The store opens with the first window; the directory is loaded once it is.
        buildWindow(QStringLiteral("en"));
        QVERIFY(await(m_directory->importBatch(Test::fixtureDirectory())));
        QVERIFY(await(m_directory->refresh()));
        closeWindow();
    }

    void init()
    {
        // Each test starts without drafts left by another.
        const auto drafts = await(m_contacts->drafts());
        QVERIFY(drafts);
        for (const auto &d : *drafts)
            QVERIFY(await(m_contacts->discardDraft(d.id)));
    }

    void cleanup() { closeWindow(); }

    void cleanupTestCase()
    {
        closeWindow();
        m_contacts.reset();
        m_directory.reset();
        m_store.reset();
    }

    // The issue's keyboard-only call: new contact, demographics, two needs, a referral from the
    // directory, an unmet need, disposition, follow-up, survey; then what the store holds.
    void keyboardOnlyCall()
    {
        buildWindow(QStringLiteral("en"));
        QAbstractItemModelTester needsTester(m_pane->form()->needsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester refTester(m_pane->form()->referralsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unmetTester(m_pane->form()->unmetModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

        // New contact: the keyboard lands on the first field.
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->hasOpenContact());
        QCOMPARE(focused()->objectName(), QStringLiteral("channelCombo"));

        // Demographics through the labels' mnemonics.
        key(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("callerPhoneEdit"));
        type(QStringLiteral("(613) 555-0123"));
        key(Qt::Key_M, Qt::AltModifier); // leaving the field checks the number
        QCOMPARE(focused()->objectName(), QStringLiteral("placeEdit"));
        type(QStringLiteral("Ottawa"));
        key(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("callerTypeCombo"));
        key(Qt::Key_Down); // Self
        key(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("genderCombo"));
        key(Qt::Key_Down); // Woman
        key(Qt::Key_A, Qt::AltModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("ageGroupCombo"));
        key(Qt::Key_Down);
        key(Qt::Key_Down); // Adult
        auto *hint = m_pane->findChild<QLabel *>(QStringLiteral("phoneHintLabel"));
        QVERIFY(hint->text().contains(QStringLiteral("613")));

        // Two needs: Ctrl+Shift+N, type-ahead on the category, Tab, Tab, text, Enter.
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("needCategoryCombo"));
        typeAhead(QStringLiteral("Food"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("needTextEdit"));
        type(QStringLiteral("groceries for a family of four"));
        key(Qt::Key_Return);
        QCOMPARE(m_pane->form()->needsModel()->rowCount(), 1);
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        typeAhead(QStringLiteral("Hous"));
        key(Qt::Key_Tab);
        type(QStringLiteral("BH-1800"));
        key(Qt::Key_Tab);
        type(QStringLiteral("rent arrears"));
        key(Qt::Key_Return);
        QCOMPARE(m_pane->form()->needsModel()->rowCount(), 2);

        // A referral from the directory: Ctrl+3, search, down to the first result, Ctrl+R.
        key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("directorySearchEdit"));
        type(QStringLiteral("food bank"));
        // A person looks at the results before choosing one: wait until they are on screen.
        QTRY_VERIFY_WITH_TIMEOUT(m_directoryPane->resultsModel()->rowCount() > 0
                                     && m_directoryPane->resultsModel()
                                            ->index(0)
                                            .data(Ui::ServiceResultsModel::NameRole)
                                            .toString()
                                            .contains(QLatin1String("Food")),
                                 10000);
        key(Qt::Key_Down);
        key(Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_pane->form()->referralsModel()->rowCount(), 1);
        const QString referred = m_directoryPane->resultsModel()
                                     ->index(0)
                                     .data(Ui::ServiceResultsModel::NameRole)
                                     .toString();
        QVERIFY(m_pane->form()->referralsModel()->entries().first().title.contains(referred));

        // An unmet need: Ctrl+Shift+U brings the keyboard back to the contact.
        key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("unmetCategoryCombo"));
        typeAhead(QStringLiteral("Hous"));
        key(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("unmetReasonCombo"));
        typeAhead(QStringLiteral("Wait"));
        key(Qt::Key_Tab);
        type(QStringLiteral("no bed tonight"));
        key(Qt::Key_Return);
        QCOMPARE(m_pane->form()->unmetModel()->rowCount(), 1);
        screenshot(m_window.get(), QStringLiteral("contact-call-form-en"));

        // Wrap-up: F8, disposition with Alt+1, follow-up with consent, survey.
        key(Qt::Key_F8);
        QVERIFY(m_pane->wrapUpPage()->isVisible());
        key(Qt::Key_1, Qt::AltModifier);
        QTRY_VERIFY(m_pane->findChild<QRadioButton *>(QStringLiteral("disposition-completed"))->isChecked());
        key(Qt::Key_P, Qt::AltModifier); // Follow-up proposed
        QTRY_VERIFY(m_pane->findChild<QGroupBox *>(QStringLiteral("followUpBox"))->isChecked());
        key(Qt::Key_Y, Qt::AltModifier); // consent yes
        QTRY_VERIFY(m_pane->findChild<QRadioButton *>(QStringLiteral("followUpConsentYes"))->isChecked());
        key(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("followUpReasonEdit"));
        type(QStringLiteral("check the food bank visit went well"));
        fillSurveyWithKeyboard();
        screenshot(m_window.get(), QStringLiteral("contact-call-wrapup-en"));

        QSignalSpy closed(m_pane, &Ui::ContactPane::contactClosed);
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(closed.wait(10000),
                 qPrintable(m_pane->findChild<QLabel *>(QStringLiteral("wrapUpSummaryLabel"))->text()));
        QVERIFY(!m_pane->hasOpenContact());

        // What the store holds.
        const auto stored = await(m_contacts->contact(closed.first().first().toLongLong()));
        QVERIFY(stored);
        QCOMPARE(stored->disposition, Core::Disposition::Completed);
        QCOMPARE(stored->channel, Core::Channel::Call);
        QCOMPARE(stored->inquirer.phone, QStringLiteral("+16135550123"));
        QCOMPARE(stored->inquirer.place, QStringLiteral("Ottawa"));
        QCOMPARE(stored->inquirer.callerType, Core::CallerType::Self);
        QCOMPARE(stored->inquirer.gender, Core::Gender::Woman);
        QCOMPARE(stored->inquirer.ageGroup, Core::AgeGroup::Adult);
        QCOMPARE(stored->needs.size(), 2);
        QCOMPARE(stored->needs[0].text, QStringLiteral("groceries for a family of four"));
        QCOMPARE(stored->needs[1].taxonomyCode, QStringLiteral("BH-1800"));
        QCOMPARE(stored->referrals.size(), 1);
        QVERIFY(!stored->referrals[0].serviceId.isEmpty());
        QVERIFY(stored->referrals[0].name.contains(referred));
        QCOMPARE(stored->unmetNeeds.size(), 1);
        QCOMPARE(stored->unmetNeeds[0].reason, Core::UnmetReason::WaitingList);
        QVERIFY(stored->followUp.has_value());
        QVERIFY(stored->followUp->consent);
        QCOMPARE(stored->followUp->reason, QStringLiteral("check the food bank visit went well"));
        QCOMPARE(stored->followUp->due, QDate(2026, 11, 25));
        QVERIFY(stored->survey.has_value());
        QVERIFY(stored->survey->asked);
        QVERIFY(stored->survey->consent);
        QCOMPARE(stored->survey->satisfaction, Core::Satisfaction::VerySatisfied);
        QCOMPARE(stored->survey->wouldContactAgain, Core::Answer::Yes);
        QCOMPARE(stored->survey->channel, Core::Channel::Call);
        // The draft is gone once the contact is closed.
        const auto drafts = await(m_contacts->drafts());
        QVERIFY(drafts);
        QVERIFY(drafts->isEmpty());
        // And the follow-up is in the queue.
        const auto queue = await(m_contacts->followUps());
        QVERIFY(queue);
        QVERIFY(std::any_of(queue->cbegin(), queue->cend(), [&](const Contacts::FollowUpItem &i) {
            return i.followUp.contactId == stored->id;
        }));
    }

private:
    void fillSurveyWithKeyboard()
    {
        // The survey is the last group of the wrap-up; its fields are reached with Tab from the
        // assignee combo, as a person would, and answered with the keyboard.
        auto *survey = m_pane->wrapUpPage()->surveyForm();
        QWidget *asked = survey->findChild<QWidget *>(QStringLiteral("surveyAskedCheck"));
        QVERIFY(asked);
        int guard = 0;
        while (focused() != asked && guard++ < 40)
            key(Qt::Key_Tab);
        QCOMPARE(focused(), asked);
        key(Qt::Key_Space); // asked
        QWidget *consent = survey->findChild<QWidget *>(QStringLiteral("surveyConsentCheck"));
        QVERIFY(consent);
        guard = 0;
        while (focused() != consent && guard++ < 10)
            key(Qt::Key_Tab);
        key(Qt::Key_Space);
        auto *satisfaction = survey->findChild<QComboBox *>(QStringLiteral("surveySatisfactionCombo"));
        QVERIFY(satisfaction);
        guard = 0;
        while (focused() != satisfaction && guard++ < 10)
            key(Qt::Key_Tab);
        while (satisfaction->currentData().toString() != QLatin1String("very-satisfied")
               && guard++ < 20)
            key(Qt::Key_Down);
        auto *again = survey->findChild<QComboBox *>(QStringLiteral("surveyContactAgainCombo"));
        QVERIFY(again);
        guard = 0;
        while (focused() != again && guard++ < 10)
            key(Qt::Key_Tab);
        while (again->currentData().toString() != QLatin1String("yes") && guard++ < 20)
            key(Qt::Key_Down);
        QCOMPARE(survey->survey().satisfaction, Core::Satisfaction::VerySatisfied);
    }

private Q_SLOTS:
    // Closing shows what is missing beside the field, in the language of the screen, and keeps
    // everything typed.
    void wrapUpRulesInline_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void wrapUpRulesInline()
    {
        QFETCH(QString, lang);
        buildWindow(lang);
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->hasOpenContact());
        key(Qt::Key_S, Qt::AltModifier); // crisis
        // A button's mnemonic clicks it the way a mouse would, after a short press animation.
        QTRY_VERIFY(m_pane->findChild<QCheckBox *>(QStringLiteral("crisisCheck"))->isChecked());
        QTRY_VERIFY(m_pane->findChild<QLabel *>(QStringLiteral("crisisBanner"))->isVisible());
        screenshot(m_window.get(), QStringLiteral("contact-crisis-") + lang);
        key(Qt::Key_F8);
        key(Qt::Key_1, Qt::AltModifier); // completed, with no need and no consent answer
        QTRY_VERIFY(m_pane->findChild<QRadioButton *>(QStringLiteral("disposition-completed"))->isChecked());
        QSignalSpy closed(m_pane, &Ui::ContactPane::contactClosed);
        key(Qt::Key_Return, Qt::ControlModifier);
        auto *summary = m_pane->findChild<QLabel *>(QStringLiteral("wrapUpSummaryLabel"));
        QTRY_VERIFY(summary->isVisible());
        QCOMPARE(closed.count(), 0);
        auto *needsIssue = m_pane->wrapUpPage()->findChild<QLabel *>(QStringLiteral("needsIssue"));
        QVERIFY(needsIssue && needsIssue->isVisible() && !needsIssue->text().isEmpty());
        if (lang == QLatin1String("fr"))
            QVERIFY2(!needsIssue->text().contains(QLatin1String("need")), qPrintable(needsIssue->text()));
        screenshot(m_window.get(), QStringLiteral("contact-wrapup-issues-") + lang);
        QVERIFY(m_pane->hasOpenContact());
        // Nothing was stored as closed.
        const auto recent = await(m_contacts->recent(50));
        QVERIFY(recent);
        for (const auto &s : *recent)
            QVERIFY(s.uuid != m_pane->currentContact().uuid || s.disposition == Core::Disposition::None);
        // The draft remains for next time; discard it so later tests start clean.
        const QString uuid = m_pane->currentContact().uuid;
        closeWindow();
        QVERIFY(await(m_contacts->discardDraft(uuid)));
    }

    // What is typed survives the window going away, and comes back exactly as typed — including
    // text typed into a list's editor but not yet added.
    void draftRestoredAfterRestart()
    {
        buildWindow(QStringLiteral("en"));
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->hasOpenContact());
        key(Qt::Key_P, Qt::AltModifier);
        type(QStringLiteral("514 555 0199"));
        key(Qt::Key_O, Qt::AltModifier);
        type(QStringLiteral("Spoke about eviction notice; calls back at 5"));
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        type(QStringLiteral("half-typed need"));
        const Core::Contact before = m_pane->currentContact();
        // Wait for the draft to reach the store, then drop the window without closing.
        QTRY_VERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("draftStateLabel"))->text().isEmpty());
        QTest::qWait(150);
        closeWindow();

        buildWindow(QStringLiteral("en"));
        QTRY_COMPARE(m_pane->draftsPending(), 1);
        // The contact area comes forward to offer them.
        QTRY_VERIFY(m_pane->findChild<QWidget *>(QStringLiteral("recoveredDraftsBar"))->isVisible());
        screenshot(m_window.get(), QStringLiteral("contact-recovered-en"));
        m_pane->restoreDraft();
        QVERIFY(m_pane->hasOpenContact());
        const Core::Contact after = m_pane->currentContact();
        QCOMPARE(after.uuid, before.uuid);
        QCOMPARE(after.inquirer.phone, QStringLiteral("514 555 0199"));
        QCOMPARE(after.notes, QStringLiteral("Spoke about eviction notice; calls back at 5"));
        QCOMPARE(m_pane->findChild<QLineEdit *>(QStringLiteral("needTextEdit"))->text(),
                 QStringLiteral("half-typed need"));
        QCOMPARE(Core::toJson(after), Core::toJson(before));
        closeWindow();
        QVERIFY(await(m_contacts->discardDraft(before.uuid)));
    }

    // Anonymous blanks and locks the identifying fields, and unticking it by mistake gives the
    // typed values back.
    void anonymousLocksIdentifyingFields()
    {
        buildWindow(QStringLiteral("en"));
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->hasOpenContact());
        key(Qt::Key_P, Qt::AltModifier);
        type(QStringLiteral("613 555 0100"));
        key(Qt::Key_Y, Qt::AltModifier);
        auto *phone = m_pane->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        QTRY_VERIFY(!phone->isEnabled());
        QVERIFY(phone->text().isEmpty());
        QVERIFY(m_pane->currentContact().inquirer.phone.isEmpty());
        QVERIFY(m_pane->currentContact().inquirer.anonymous);
        m_pane->findChild<QCheckBox *>(QStringLiteral("anonymousCheck"))->setFocus();
        key(Qt::Key_Space);
        QCOMPARE(phone->text(), QStringLiteral("613 555 0100"));
        const QString uuid = m_pane->currentContact().uuid;
        closeWindow();
        QVERIFY(await(m_contacts->discardDraft(uuid)));
    }

    // Screens in both languages, and no untranslated English left on the French form.
    void screensInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void screensInBothLanguages()
    {
        QFETCH(QString, lang);
        buildWindow(lang);
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->hasOpenContact());
        screenshot(m_window.get(), QStringLiteral("contact-form-") + lang);
        if (lang == QLatin1String("fr")) {
            const auto labels = m_pane->form()->findChildren<QGroupBox *>();
            for (const QGroupBox *g : labels)
                QVERIFY2(g->title() != QLatin1String("Person"), "untranslated group title");
        }
        key(Qt::Key_F8);
        screenshot(m_window.get(), QStringLiteral("contact-wrapup-") + lang);
        const QString uuid = m_pane->currentContact().uuid;
        closeWindow();
        QVERIFY(await(m_contacts->discardDraft(uuid)));
    }
};

QTEST_MAIN(tst_ContactPane)
#include "tst_contactpane.moc"
