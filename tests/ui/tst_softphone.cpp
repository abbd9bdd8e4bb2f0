// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The phone area inside the real window, wired to the contact record as the workstation wires
// it, against a real Kamailio and a real baresip on 127.0.0.1: an incoming call answered with
// the keyboard opens a contact with the caller's number and the answer time; tones typed during
// the call reach the caller; hold; the caller's hang-up moves the contact to wrap-up with the
// talk time; a caller who gives up while it rings is logged as abandoned; while on a break
// calls get busy; a number typed on the dial pad is normalised and called; the phone settings
// form refuses what it cannot use. Screenshots of every state in English and French.
#include "contacts/contactservice.h"
#include "contacts/vocabularies.h"
#include "core/language.h"
#include "core/preferences.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "storage/encryptedstore.h"
#include "storage/profile.h"
#include "storage/schema.h"
#include "telephony/baresipprocess.h"
#include "telephony/kamailioprocess.h"
#include "telephony/sipphone.h"
#include "telephony/toneendpoint.h"
#include "ui/contacts/contactform.h"
#include "ui/contacts/contactpane.h"
#include "ui/contacts/followupoutcomedialog.h"
#include "ui/contacts/followuppane.h"
#include "ui/contacts/wrapuppage.h"
#include "ui/mainwindow.h"
#include "ui/telephony/callworkflow.h"
#include "ui/telephony/phonesettingsdialog.h"
#include "ui/telephony/softphonepane.h"
#include "telephony/phonesettings.h"

#include "await.h"
#include "screenshot.h"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTreeWidget>
#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace Nav;
using Nav::Test::await;
using Nav::Test::screenshot;
using Telephony::CallState;
using Ui::MainWindow;

namespace {
const QString kCaller = QStringLiteral("+15145550123");

void shortcut(int key)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
}
} // namespace

class tst_Softphone : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FakeSecretStore m_secrets;
    Test::FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::UTC)};
    Core::LanguageManager m_language;
    std::unique_ptr<Storage::Profile> m_profile;
    std::unique_ptr<Core::Preferences> m_prefs;
    std::unique_ptr<Storage::EncryptedStore> m_store;
    std::unique_ptr<Contacts::ContactService> m_contacts;
    Test::KamailioProcess m_kamailio;
    std::unique_ptr<Test::BaresipProcess> m_peer;
    Test::ToneEndpoint m_audio{440};
    std::unique_ptr<Telephony::SipPhone> m_phone;
    std::unique_ptr<MainWindow> m_window;
    Ui::SoftphonePane *m_pane = nullptr;
    Ui::ContactPane *m_contactPane = nullptr;
    Ui::FollowUpPane *m_followUpPane = nullptr;
    std::unique_ptr<Ui::CallWorkflow> m_workflow;
    QList<Core::AgentState> m_wanted;

    template<typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    QString dialAddress() const
    {
        return QStringLiteral("sip:2401@%1").arg(m_kamailio.address());
    }

    // The caller dials Navigator; returns the call id once it rings in the pane.
    int ring()
    {
        if (!m_peer->command(QStringLiteral("dial"), dialAddress()))
            return 0;
        if (!QTest::qWaitFor([this] { return m_pane->ringingCallId() != 0; }, 5000))
            return 0;
        return m_pane->ringingCallId();
    }

    void shoot(const QString &name)
    {
        QApplication::processEvents();
        screenshot(m_window.get(), name + QLatin1Char('-') + m_language.language());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_kamailio.start(&error), qPrintable(error));
        m_peer = std::make_unique<Test::BaresipProcess>(kCaller, m_kamailio.port(),
                                                        m_kamailio.password(), 1000);
        QVERIFY2(m_peer->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(kCaller) >= 1, 5000);

        auto profile = Storage::Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile);
        m_profile = std::move(*profile);
        m_prefs = std::make_unique<Core::Preferences>(m_profile->settingsFilePath());
        m_store = std::make_unique<Storage::EncryptedStore>(*m_profile, m_secrets, m_clock,
                                                            Storage::workstationMigrations());
        m_contacts = std::make_unique<Contacts::ContactService>(m_store->database(), m_clock);
        m_contacts->setNavigator(QStringLiteral("nav-test"));
        m_phone = std::make_unique<Telephony::SipPhone>(&m_audio);

        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_window = std::make_unique<MainWindow>(Ui::ShellServices{*m_store, *m_prefs, m_language});
        m_pane = new Ui::SoftphonePane(*m_phone);
        m_window->addArea(MainWindow::Area::Softphone, m_pane);
        m_window->addAreaMenu(MainWindow::Area::Softphone, m_pane->actions());
        m_contactPane = new Ui::ContactPane(*m_contacts, m_clock);
        m_contactPane->setDraftDelay(50);
        m_window->addArea(MainWindow::Area::ContactRecord, m_contactPane);
        m_window->addAreaMenu(MainWindow::Area::ContactRecord, m_contactPane->actions());
        connect(m_pane, &Ui::SoftphonePane::focusRequested, m_window.get(),
                [this] { m_window->focusArea(MainWindow::Area::Softphone); });
        connect(m_contactPane, &Ui::ContactPane::focusRequested, m_window.get(),
                [this] { m_window->focusArea(MainWindow::Area::ContactRecord); });
        m_followUpPane = new Ui::FollowUpPane(*m_contacts, m_clock);
        m_window->addArea(MainWindow::Area::FollowUps, m_followUpPane);
        m_workflow = std::make_unique<Ui::CallWorkflow>(*m_phone, *m_pane, *m_contactPane, *m_contacts);
        m_workflow->setFollowUpPane(m_followUpPane);
        connect(m_workflow.get(), &Ui::CallWorkflow::followUpsFocusRequested, m_window.get(),
                [this] { m_window->focusArea(MainWindow::Area::FollowUps); });
        connect(m_workflow.get(), &Ui::CallWorkflow::agentStateWanted, this,
                [this](Core::AgentState s) { m_wanted.append(s); });
        m_pane->setLevelSource([] { return 0.3F; });
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_store->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->state() == Storage::EncryptedStore::State::Open, 10000);
        Ui::ContactForm::Vocabularies v;
        v.needCategories = Contacts::loadVocabulary(Contacts::bundledNeedCategoriesPath()).value();
        v.languages = Contacts::loadVocabulary(Contacts::bundledLanguagesPath()).value();
        v.heardOf = Contacts::loadVocabulary(Contacts::bundledHeardOfPath()).value();
        m_contactPane->setVocabularies(v);
        m_contactPane->setReady(true);
        m_followUpPane->setReady(true);
    }

    void notSetUpSaysHow()
    {
        m_pane->setConfigured(false);
        auto *status = find<QLabel>("phoneStatusLabel");
        QVERIFY(status->text().contains(u"not set up"));
        QVERIFY(!find<QPushButton>("callButton")->isEnabled());
        m_window->focusArea(MainWindow::Area::Softphone);
        shoot(QStringLiteral("phone-not-set-up"));
    }

    void settingsFormRefusesWhatItCannotUse()
    {
        Ui::PhoneSettingsDialog dialog(m_window.get());
        QSignalSpy accepted(&dialog, &Ui::PhoneSettingsDialog::settingsAccepted);
        dialog.setSettings({}, false);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *registrar = dialog.findChild<QLineEdit *>(QStringLiteral("sipRegistrarEdit"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("sipUserEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("sipPasswordEdit"));
        auto *forward = dialog.findChild<QLineEdit *>(QStringLiteral("forwardToEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("phoneSettingsError"));
        registrar->setText(QStringLiteral("pbx example org"));
        user->setText(QStringLiteral("2401"));
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Registrar"), qPrintable(error->text()));
        QCOMPARE(dialog.focusWidget(), registrar);

        registrar->setText(m_kamailio.address());
        user->setText(QStringLiteral("24 01"));
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.focusWidget(), user);

        user->setText(QStringLiteral("2401"));
        dialog.accept();
        QVERIFY2(error->text().contains(u"Password"), qPrintable(error->text()));
        QCOMPARE(dialog.focusWidget(), password);

        password->setText(m_kamailio.password());
        forward->setText(QStringLiteral("not a number"));
        dialog.accept();
        QVERIFY2(error->text().contains(u"Forward"), qPrintable(error->text()));
        screenshot(&dialog, QStringLiteral("phone-settings-error-en"));

        forward->setText(QStringLiteral("(613) 555-0100"));
        // TLS: the trusted-authority file is for TLS only, and must be a PEM certificate
        auto *transport = dialog.findChild<QComboBox *>(QStringLiteral("sipTransportCombo"));
        auto *authorities = dialog.findChild<QLineEdit *>(QStringLiteral("trustedAuthoritiesEdit"));
        QVERIFY(transport && authorities);
        QVERIFY(!authorities->isEnabled());
        transport->setCurrentIndex(transport->findData(QStringLiteral("tls")));
        QVERIFY(authorities->isEnabled());
        QTemporaryDir files;
        const QString notPem = files.filePath(QStringLiteral("notes.txt"));
        const QString pem = files.filePath(QStringLiteral("centre-ca.pem"));
        for (const auto &[path, text] : {std::pair{notPem, QByteArray("not a certificate\n")},
                                        std::pair{pem, QByteArray("-----BEGIN CERTIFICATE-----\n"
                                                                  "MIIB\n-----END CERTIFICATE-----\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
        }
        authorities->setText(notPem);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(error->text().contains(u"Trusted authorities"), qPrintable(error->text()));
        QCOMPARE(dialog.focusWidget(), authorities);
        screenshot(&dialog, QStringLiteral("phone-settings-tls-en"));
        // in French: the labels, and the same refusal in French once checked again
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        dialog.accept();
        QVERIFY2(error->text().startsWith(u"Autorités de confiance"), qPrintable(error->text()));
        screenshot(&dialog, QStringLiteral("phone-settings-tls-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QApplication::processEvents();
        authorities->setText(pem);
        auto *stunEdit = dialog.findChild<QLineEdit *>(QStringLiteral("stunServerEdit"));
        QVERIFY(stunEdit);
        stunEdit->setText(QStringLiteral("stun example org"));
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(error->text().startsWith(u"STUN server:"), qPrintable(error->text()));
        QCOMPARE(dialog.focusWidget(), stunEdit);
        stunEdit->setText(QStringLiteral("stun.example.org:3478"));
        // both on by default; a navigator on a noisy headset line may turn one off
        auto *echo = dialog.findChild<QCheckBox *>(QStringLiteral("echoCancellationCheck"));
        auto *noise = dialog.findChild<QCheckBox *>(QStringLiteral("noiseSuppressionCheck"));
        QVERIFY(echo && echo->isChecked() && noise && noise->isChecked());
        noise->setChecked(false);
        auto *srtp = dialog.findChild<QComboBox *>(QStringLiteral("srtpCombo"));
        QVERIFY(srtp);
        QCOMPARE(srtp->currentData().toString(), QStringLiteral("off"));
        srtp->setCurrentIndex(srtp->findData(QStringLiteral("required")));
        auto *opus = dialog.findChild<QCheckBox *>(QStringLiteral("preferOpusCheck"));
        QVERIFY(opus && !opus->isChecked());
        opus->setChecked(true);
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
        const auto s = accepted.first().at(0).value<Telephony::PhoneSettings>();
        QCOMPARE(s.account.registrar, m_kamailio.address());
        QCOMPARE(s.account.user, QStringLiteral("2401"));
        QVERIFY(s.account.password.isEmpty()); // the password travels apart, to the keychain
        QCOMPARE(accepted.first().at(1).toString(), m_kamailio.password());
        QCOMPARE(s.forwardTo, QStringLiteral("+16135550100"));
        dialog.hide();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // what the form saves reads back the same
        const auto back = Telephony::PhoneSettings::fromMap(s.toMap());
        QCOMPARE(back.account.registrar, s.account.registrar);
        QCOMPARE(back.forwardTo, s.forwardTo);
        QVERIFY(s.account.echoCancellation);
        QVERIFY(!s.account.noiseSuppression);
        QCOMPARE(s.account.srtp, Telephony::SrtpMode::Required);
        QCOMPARE(back.account.srtp, Telephony::SrtpMode::Required);
        QVERIFY(s.account.preferOpus && back.account.preferOpus);
        QCOMPARE(back.account.transport, Telephony::SipTransport::Tls);
        QCOMPARE(back.account.trustedAuthorities, pem);
        QCOMPARE(back.account.stunServer, QStringLiteral("stun.example.org:3478"));
        QCOMPARE(back.account.echoCancellation, true);
        QCOMPARE(back.account.noiseSuppression, false);
        // an older settings file without them: both on
        QVariantMap old = s.toMap();
        old.remove(QStringLiteral("echoCancellation"));
        old.remove(QStringLiteral("noiseSuppression"));
        QVERIFY(Telephony::PhoneSettings::fromMap(old).account.noiseSuppression);
    }

    void registersAndSaysSo()
    {
        Telephony::SipAccount a;
        a.registrar = m_kamailio.address();
        a.user = QStringLiteral("2401");
        a.password = m_kamailio.password();
        QVERIFY(m_phone->start(a).has_value());
        m_pane->setConfigured(true);
        auto *status = find<QLabel>("phoneStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Ready"), 5000);
        QVERIFY(find<QPushButton>("callButton")->isEnabled());
        QVERIFY(!find<QGroupBox>("incomingCallBox")->isVisible());
        QVERIFY(!find<QGroupBox>("currentCallBox")->isVisible());
        shoot(QStringLiteral("phone-idle"));
    }

    void answeredCallOpensAContactAndHangUpWrapsItUp()
    {
        m_wanted.clear();
        m_window->focusArea(MainWindow::Area::Softphone);
        const int id = ring();
        QVERIFY2(id, qPrintable(m_peer->eventTypes()));
        QVERIFY(find<QGroupBox>("incomingCallBox")->isVisible());
        QVERIFY2(find<QLabel>("incomingCallerLabel")->text().contains(u"514"),
                 qPrintable(find<QLabel>("incomingCallerLabel")->text()));
        QVERIFY(m_pane->answerAction()->isEnabled());
        shoot(QStringLiteral("phone-ringing"));

        // answered with the keyboard, wherever the focus is
        shortcut(Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
        QTRY_VERIFY(m_contactPane->hasOpenContact());
        const Core::Contact opened = m_contactPane->currentContact();
        QCOMPARE(opened.channel, Core::Channel::Call);
        QCOMPARE(opened.direction, Core::Direction::Inbound);
        QCOMPARE(opened.inquirer.phone, kCaller);
        QCOMPARE(opened.start, m_phone->call(id).answered);
        QCOMPARE(m_wanted.value(0), Core::AgentState::OnCall);
        QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_ESTABLISHED")) >= 0);

        // the phone pane shows the call; tones typed there reach the caller
        m_window->focusArea(MainWindow::Area::Softphone);
        QVERIFY(find<QGroupBox>("currentCallBox")->isVisible());
        QCOMPARE(m_pane->currentCallId(), id);
        auto *number = find<QLineEdit>("dialNumberEdit");
        number->setFocus();
        const int before = m_peer->events().size();
        QTest::keyClicks(number, QStringLiteral("1#"));
        QCOMPARE(number->text(), QStringLiteral("1#"));
        const int tone = m_peer->waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, before);
        QVERIFY2(tone >= 0, qPrintable(m_peer->eventTypes()));
        QCOMPARE(m_peer->events().at(tone).value(QStringLiteral("param")).toString(), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("callQualityLabel")->text().contains(u"MOS"), 5000);
        QVERIFY(find<QLabel>("callTimerLabel")->text().contains(u':'));
        QTRY_VERIFY(find<QProgressBar>("inputLevelBar")->value() > 0);
        shoot(QStringLiteral("phone-in-call"));

        // hold and resume from the keyboard
        shortcut(Qt::Key_H);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Held, 5000);
        QTRY_VERIFY(find<QLabel>("callStateLabel")->text().contains(u"hold"));
        QVERIFY(find<QPushButton>("holdButton")->isChecked());
        shoot(QStringLiteral("phone-on-hold"));
        shortcut(Qt::Key_H);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);

        // mute
        shortcut(Qt::Key_K);
        QTRY_VERIFY(m_phone->call(id).muted);
        QTRY_VERIFY(find<QLabel>("callStateLabel")->text().contains(u"microphone off"));
        shortcut(Qt::Key_K);
        QTRY_VERIFY(!m_phone->call(id).muted);

        // the caller hangs up: the contact goes to wrap-up with its end and talk time
        QTest::qWait(1100);
        QVERIFY(m_peer->command(QStringLiteral("hangup")));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentCallId() == 0, 5000);
        QTRY_VERIFY(m_contactPane->wrapUpPage()->isVisible());
        const Core::Contact wrapped = m_contactPane->currentContact();
        QVERIFY(wrapped.end.isValid());
        QVERIFY(wrapped.end >= wrapped.start);
        QVERIFY2(wrapped.talkSeconds >= 1, qPrintable(QString::number(wrapped.talkSeconds)));
        QCOMPARE(m_wanted.value(1), Core::AgentState::WrapUp);
        auto *history = find<QTreeWidget>("callHistoryList");
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("In"));
        m_contactPane->closeContact(); // no disposition yet: stays open, nothing lost
        QVERIFY(m_contactPane->hasOpenContact());
    }

    void whileOnBreakCallsGetBusy()
    {
        m_workflow->setAgentState(Core::AgentState::Break);
        const int from = m_peer->events().size();
        QVERIFY(m_peer->command(QStringLiteral("dial"), dialAddress()));
        const int closed = m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, from);
        QVERIFY2(closed >= 0, qPrintable(m_peer->eventTypes()));
        QVERIFY(m_peer->events().at(closed).value(QStringLiteral("param")).toString().contains(u"486"));
        QCOMPARE(m_pane->ringingCallId(), 0);
    }

    void callerWhoGivesUpIsLoggedAsAbandoned()
    {
        m_workflow->setAgentState(Core::AgentState::Available);
        QSignalSpy logged(m_workflow.get(), &Ui::CallWorkflow::abandonedCallLogged);
        const int id = ring();
        QVERIFY(id);
        QVERIFY(m_peer->command(QStringLiteral("hangup")));
        QTRY_COMPARE_WITH_TIMEOUT(logged.count(), 1, 5000);
        const auto c = await(m_contacts->contact(logged.first().first().toLongLong()));
        QVERIFY(c);
        QCOMPARE(c->disposition, Core::Disposition::Abandoned);
        QCOMPARE(c->channel, Core::Channel::Call);
        QCOMPARE(c->inquirer.phone, kCaller);
        QVERIFY(c->end >= c->start);
        QCOMPARE(find<QTreeWidget>("callHistoryList")->topLevelItemCount(), 2);
    }

    void typedNumberIsNormalisedAndCalled()
    {
        m_window->focusArea(MainWindow::Area::Softphone);
        auto *number = find<QLineEdit>("dialNumberEdit");
        auto *error = find<QLabel>("dialErrorLabel");
        // Ctrl+Shift+D puts the cursor in the number field from anywhere
        m_contactPane->setFocus();
        shortcut(Qt::Key_D);
        QCOMPARE(QApplication::focusWidget(), number);
        QTest::keyClicks(number, QStringLiteral("12ab34"));
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        number->clear();
        QTest::keyClicks(number, QStringLiteral("(514) 555-0123"));
        const int from = m_peer->events().size();
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(number->text(), kCaller);
        QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentCallId() != 0
                                     && m_phone->call(m_pane->currentCallId()).state == CallState::Connected,
                                 5000);
        shortcut(Qt::Key_E);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentCallId(), 0, 5000);
        auto *history = find<QTreeWidget>("callHistoryList");
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("Out"));
    }

    void transferHandsTheCallerToAnotherAgent()
    {
        QString error;
        Test::BaresipProcess colleague(QStringLiteral("2402"), m_kamailio.port(),
                                       m_kamailio.password(), 700);
        QVERIFY2(colleague.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("2402")) >= 1, 5000);
        const int id = m_pane->dial(kCaller);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
        QTRY_VERIFY(find<QPushButton>("transferButton")->isEnabled());

        // the button asks where to; the navigator types the extension and presses Enter
        QTimer::singleShot(300, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                    dialog->setTextValue(QStringLiteral("2402"));
                    dialog->accept();
                }
            }
        });
        const int from = colleague.events().size();
        find<QPushButton>("transferButton")->click();
        QVERIFY2(colleague.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0,
                 qPrintable(colleague.eventTypes()));
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentCallId(), 0, 5000);
        auto *history = find<QTreeWidget>("callHistoryList");
        QVERIFY2(history->topLevelItem(0)->text(4).contains(u"Transferred"),
                 qPrintable(history->topLevelItem(0)->text(4)));
        // a transfer with nothing to transfer says so
        QVERIFY(!m_pane->transferTo(QStringLiteral("2402")));
        QVERIFY(m_peer->command(QStringLiteral("hangup")));
        colleague.stop();
    }

    void attendedTransferWithTheKeyboard()
    {
        // caller on hold, a colleague consulted, then Ctrl+Shift+T hands the caller over
        QString error;
        Test::BaresipProcess colleague(QStringLiteral("2403"), m_kamailio.port(),
                                       m_kamailio.password(), 700);
        QVERIFY2(colleague.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("2403")) >= 1, 5000);
        const int caller = m_pane->dial(kCaller);
        QVERIFY(caller);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(caller).state, CallState::Connected, 5000);
        m_window->focusArea(MainWindow::Area::Softphone);
        shortcut(Qt::Key_H);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(caller).state, CallState::Held, 5000);
        const int consult = m_pane->dial(QStringLiteral("2403"));
        QVERIFY(consult);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(consult).state, CallState::Connected, 5000);
        QTRY_COMPARE(m_pane->currentCallId(), consult);
        auto *button = find<QPushButton>("transferButton");
        QTRY_COMPARE(button->text(), QStringLiteral("Complete the &transfer"));
        QVERIFY2(button->toolTip().contains(u"on hold"), qPrintable(button->toolTip()));
        QVERIFY(button->isEnabled());
        m_window->focusArea(MainWindow::Area::Softphone);
        QApplication::processEvents();
        shoot(QStringLiteral("phone-consult"));

        QSignalSpy status(m_pane, &Ui::SoftphonePane::statusMessage);
        const int from = colleague.events().size();
        shortcut(Qt::Key_T);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.first().first().toString().startsWith(u"Handing"),
                 qPrintable(status.first().first().toString()));
        // the caller's phone calls the colleague; both of the navigator's calls end
        QVERIFY2(colleague.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0,
                 qPrintable(colleague.eventTypes()));
        QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);
        QTRY_COMPARE(m_pane->currentCallId(), 0);
        auto *history = find<QTreeWidget>("callHistoryList");
        for (int row : {0, 1}) {
            QVERIFY2(history->topLevelItem(row)->text(4).contains(u"Transferred"),
                     qPrintable(history->topLevelItem(row)->text(4)));
        }
        // nothing on hold and no one on the line: there is nothing to complete
        QVERIFY(!m_pane->completeTransfer());
        QVERIFY(m_peer->command(QStringLiteral("hangup")));
        colleague.stop();
    }

    void colleagueHandsOverACaller()
    {
        // A colleague calls to brief the navigator (a contact opens), then their caller's
        // phone sends an INVITE with Replaces naming that call: it is answered at once, and
        // the same contact goes on with the caller's number.
        QString error;
        Test::BaresipProcess colleague(QStringLiteral("2404"), m_kamailio.port(),
                                       m_kamailio.password(), 700);
        QVERIFY2(colleague.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("2404")) >= 1, 5000);
        QSignalSpy added(m_phone.get(), &Telephony::SipPhone::callAdded);
        QVERIFY(colleague.command(QStringLiteral("dial"),
                                  QStringLiteral("sip:2401@%1").arg(m_kamailio.address())));
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        const int consult = added.first().first().value<Telephony::CallInfo>().id;
        m_pane->answer();
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(consult).state, CallState::Connected, 5000);
        // the colleague has our answer and has sent its ACK (a Replaces names a confirmed
        // dialog; a real colleague only transfers once their side is established too)
        QVERIFY2(colleague.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000) >= 0,
                 qPrintable(colleague.eventTypes()));
        QTest::qWait(300);
        QTRY_VERIFY(m_contactPane->hasOpenContact());
        const QDateTime opened = m_contactPane->currentContact().start;

        // the consult dialog as Kamailio saw it: Call-ID, the colleague's tag, ours (its log
        // is read as it comes: wait for the 200's line)
        QRegularExpressionMatch invite, ok;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QString log = QString::fromUtf8(m_kamailio.log());
            for (auto it = QRegularExpression(QStringLiteral("dialog: INVITE 2401 from 2404 call-id (\\S+) from-tag (\\S+)"))
                               .globalMatch(log);
                 it.hasNext();)
                invite = it.next();
            if (!invite.hasMatch())
                return false;
            ok = QRegularExpression(QStringLiteral("dialog: 200 call-id %1 to-tag (\\S+)")
                                        .arg(QRegularExpression::escape(invite.captured(1))))
                     .match(log);
            return ok.hasMatch();
        }(), 5000);

        QSignalSpy status(m_pane, &Ui::SoftphonePane::statusMessage);
        QUdpSocket raw;
        QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
        const QByteArray port = QByteArray::number(raw.localPort());
        const QByteArray body = "v=0\r\no=c 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                                "t=0 0\r\nm=audio 40002 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        const QByteArray invite2 =
            "INVITE sip:2401@127.0.0.1 SIP/2.0\r\n"
            "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";rport;branch=z9hG4bK-handover-1\r\n"
            "From: <sip:+15145550188@127.0.0.1>;tag=caller-1\r\n"
            "To: <sip:2401@127.0.0.1>\r\n"
            "Call-ID: handover-1@127.0.0.1\r\n"
            "CSeq: 1 INVITE\r\n"
            "Contact: <sip:+15145550188@127.0.0.1:" + port + ">\r\n"
            "Replaces: " + invite.captured(1).toUtf8() + ";to-tag=" + ok.captured(1).toUtf8()
            + ";from-tag=" + invite.captured(2).toUtf8() + "\r\n"
            "Max-Forwards: 70\r\nContent-Type: application/sdp\r\n"
            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        raw.writeDatagram(invite2, QHostAddress::LocalHost, m_phone->localSipPort());
        QByteArray replies;
        QTRY_VERIFY2_WITH_TIMEOUT([&] {
            while (raw.hasPendingDatagrams()) {
                const QByteArray d = raw.receiveDatagram().data();
                replies += d.left(d.indexOf('\r')) + " | ";
            }
            return replies.contains("SIP/2.0 200");
        }(), replies.constData(), 5000);

        // no ringing: the caller's call is the current one, the consult call is over
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentCallId() != 0
                                     && m_pane->currentCallId() != consult, 5000);
        QCOMPARE(m_phone->call(m_pane->currentCallId()).replacesCallId, consult);
        QTRY_COMPARE(m_phone->calls().size(), 1);
        QVERIFY(!find<QGroupBox>("incomingCallBox")->isVisible());
        bool said = false;
        for (const QList<QVariant> &args : std::as_const(status))
            said = said || args.first().toString().contains(u"handed");
        QVERIFY(said);
        // the same contact, now with the caller's number, still open (not in wrap-up)
        QVERIFY(m_contactPane->hasOpenContact());
        QCOMPARE(m_contactPane->currentContact().start, opened);
        QCOMPARE(m_contactPane->currentContact().inquirer.phone, QStringLiteral("+15145550188"));
        QCOMPARE(m_wanted.isEmpty() ? Core::AgentState::OnCall : m_wanted.last(),
                 Core::AgentState::OnCall);
        m_pane->hangup();
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentCallId(), 0, 5000);
        colleague.stop();
    }

    void interpreterJoinsWithOneKey()
    {
        QString error;
        Test::BaresipProcess interpreter(QStringLiteral("2409"), m_kamailio.port(),
                                         m_kamailio.password(), 700);
        QVERIFY2(interpreter.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("2409")) >= 1, 5000);
        Telephony::PhoneSettings settings;
        settings.interpreterLine = QStringLiteral("2409");
        settings.interpreterCodes = QStringLiteral("Spanish=12, Arabic=3");
        m_pane->setInterpreter(settings.interpreterLine, settings.interpreterLanguages());

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->focusArea(MainWindow::Area::Softphone);
        const int id = m_pane->dial(kCaller);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
        QTRY_VERIFY(find<QPushButton>("addInterpreterButton")->isEnabled());
        // the contact of this call is open (as an answered call would open it)
        if (!m_contactPane->hasOpenContact())
            m_contactPane->newCallContact(kCaller, m_phone->call(id).answered);
        QTRY_VERIFY(m_contactPane->hasOpenContact());
        m_window->focusArea(MainWindow::Area::Softphone);
        find<QLineEdit>("dialNumberEdit")->setFocus();
        QSignalSpy joined(m_pane, &Ui::SoftphonePane::interpreterJoined);
        // one key; the navigator picks Spanish in the list and presses Enter
        QTimer::singleShot(300, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                    dialog->setTextValue(dialog->comboBoxItems().value(0));
                    dialog->accept();
                }
            }
        });
        const int from = interpreter.events().size();
        shortcut(Qt::Key_I);
        QVERIFY2(interpreter.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0,
                 qPrintable(interpreter.eventTypes()));
        // the language's digits reach the interpreter line's menu, then the three are joined
        const int one = interpreter.waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, from);
        QVERIFY2(one >= 0, qPrintable(interpreter.eventTypes()));
        QCOMPARE(interpreter.events().at(one).value(QStringLiteral("param")).toString(), QStringLiteral("1"));
        const int two = interpreter.waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, one + 1);
        QVERIFY(two >= 0);
        QCOMPARE(interpreter.events().at(two).value(QStringLiteral("param")).toString(), QStringLiteral("2"));
        QTRY_COMPARE_WITH_TIMEOUT(joined.count(), 1, 5000);
        QCOMPARE(joined.first().first().toString(), QStringLiteral("Spanish"));
        // and the contact record says an interpreter was used, for Spanish
        QVERIFY(m_contactPane->currentContact().interpreterUsed);
        QCOMPARE(m_contactPane->currentContact().interpreterLanguage, QStringLiteral("SPANISH"));
        QTRY_VERIFY_WITH_TIMEOUT(m_phone->call(id).inConference, 5000);
        QTRY_VERIFY(find<QLabel>("callPartyLabel")->text().startsWith(u"Conference"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("callQualityLabel")->text().contains(u"MOS"), 5000);
        shoot(QStringLiteral("phone-conference"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QVERIFY2(find<QLabel>("callPartyLabel")->text().startsWith(u"Conférence"),
                 qPrintable(find<QLabel>("callPartyLabel")->text()));
        shoot(QStringLiteral("phone-conference"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        // hanging up leaves the conference: every call of it ends
        m_window->activateWindow();
        QVERIFY2(QTest::qWaitForWindowActive(m_window.get()),
                 QApplication::activeWindow() ? qPrintable(QApplication::activeWindow()->objectName()) : "none");
        find<QLineEdit>("dialNumberEdit")->setFocus();
        shortcut(Qt::Key_E);
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->calls().size(), 0, 5000);
        interpreter.stop();
        m_pane->setInterpreter({}, {});
    }

    void followUpCallOpensTheOutcomeForm()
    {
        // a closed contact whose person agreed to be called back
        const QDateTime now = m_clock.now();
        Core::Contact c;
        c.uuid = QStringLiteral("6f1d2c0e-0000-4000-8000-000000000007");
        c.start = now.addSecs(-900);
        c.end = now.addSecs(-120);
        c.inquirer.phone = kCaller;
        c.needs = {{QStringLiteral("housing"), QString(), QString()}};
        c.disposition = Core::Disposition::Completed;
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = now.addSecs(-180);
        f.due = now.toLocalTime().date();
        f.reason = QStringLiteral("check the shelter bed");
        c.followUp = f;
        const auto closed = await(m_contacts->close(c));
        QVERIFY(closed);
        qint64 followUpId = 0;
        const auto items = await(m_contacts->followUps(30));
        QVERIFY(items);
        for (const auto &i : *items) {
            if (i.followUp.contactId == closed->id)
                followUpId = i.followUp.id;
        }
        QVERIFY(followUpId);
        QSignalSpy refreshed(m_followUpPane, &Ui::FollowUpPane::refreshed);
        m_followUpPane->refresh();
        QTRY_VERIFY(refreshed.count() >= 1);
        QVERIFY(m_followUpPane->selectFollowUp(followUpId));

        // "call now" dials through the phone; the hang-up opens the outcome form for it
        m_workflow->setAgentState(Core::AgentState::Available);
        const int from = m_peer->events().size();
        m_followUpPane->callNow();
        QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentCallId() != 0
                                     && m_phone->call(m_pane->currentCallId()).state == CallState::Connected,
                                 5000);
        QCOMPARE(m_workflow->agentState(), Core::AgentState::OnCall);
        m_pane->hangup();
        QTRY_VERIFY_WITH_TIMEOUT(m_followUpPane->outcomeDialog()->isVisible(), 5000);
        QCOMPARE(m_followUpPane->outcomeDialog()->followUpId(), followUpId);
        QCOMPARE(m_workflow->agentState(), Core::AgentState::WrapUp);
        m_followUpPane->outcomeDialog()->reject();
        m_workflow->setAgentState(Core::AgentState::Available);
    }

    void frenchScreens()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        auto *status = find<QLabel>("phoneStatusLabel");
        QVERIFY2(status->text().contains(u"Prêt") || status->text().contains(u"prêt"),
                 qPrintable(status->text()));
        QCOMPARE(find<QPushButton>("callButton")->text(), QStringLiteral("&Appeler"));
        m_window->focusArea(MainWindow::Area::Softphone);
        shoot(QStringLiteral("phone-idle"));
        const int id = ring();
        QVERIFY(id);
        QVERIFY(find<QPushButton>("answerButton")->text().contains(u"pondre"));
        shoot(QStringLiteral("phone-ringing"));
        m_pane->answer();
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
        m_window->focusArea(MainWindow::Area::Softphone);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("callQualityLabel")->text().contains(u"MOS"), 5000);
        shoot(QStringLiteral("phone-in-call"));
        m_pane->toggleHold();
        QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Held, 5000);
        QApplication::processEvents();
        shoot(QStringLiteral("phone-on-hold"));
        m_pane->hangup();
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentCallId(), 0, 5000);
        QApplication::processEvents();
        shoot(QStringLiteral("phone-history"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void cleanup()
    {
        // a failed test leaves no call behind for the next one
        if (!m_phone)
            return;
        for (const auto &c : m_phone->calls())
            m_phone->hangup(c.id);
        QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);
        QTRY_COMPARE(m_pane->currentCallId(), 0);
        if (m_workflow)
            m_workflow->setAgentState(Core::AgentState::Available);
        if (!m_window->isActiveWindow()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
    }

    void cleanupTestCase()
    {
        m_workflow.reset();
        if (m_phone)
            m_phone->shutdown(2000);
        m_window.reset();
        m_phone.reset();
        if (m_peer)
            m_peer->stop();
        m_kamailio.stop();
    }
};

QTEST_MAIN(tst_Softphone)
#include "tst_softphone.moc"
