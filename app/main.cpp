// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The composition root: builds every service, hands them to the UI, orders shutdown.

#include "contacts/contactservice.h"
#include "contacts/followupwatcher.h"
#include "contacts/screenpop.h"
#include "contacts/vocabularies.h"
#include "core/appinfo.h"
#include "core/clock.h"
#include "core/language.h"
#include "core/logging.h"
#include "core/preferences.h"
#include "directory/directoryservice.h"
#include "platform/desktopnotifier.h"
#include "platform/keychainsecretstore.h"
#include "platform/singleinstance.h"
#include "storage/encryptedstore.h"
#include "storage/profile.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/screenlock.h"
#include "sync/serverclient.h"
#include "sync/syncengine.h"
#include "sync/teamreview.h"
#include "telephony/phonesettings.h"
#include "telephony/qtaudioendpoint.h"
#include "telephony/sipphone.h"
#include "ui/contacts/contactfinder.h"
#include "ui/contacts/contactpane.h"
#include "ui/contacts/followuppane.h"
#include "ui/directory/directorypane.h"
#include "ui/mainwindow.h"
#include "ui/sync/agentstatebox.h"
#include "ui/sync/lockscreen.h"
#include "ui/sync/signindialog.h"
#include "ui/sync/syncstatuswidget.h"
#include "ui/sync/teamreviewpane.h"
#include "ui/telephony/callworkflow.h"
#include "ui/telephony/phonesettingsdialog.h"
#include "ui/telephony/softphonepane.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QVBoxLayout>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

struct CommandLine
{
    QString profileDir;
    QString language; // "", "en" or "fr"
    bool demo = false;
    QString server; // --server: the central server to sign in to (saved in the settings)
    QString user;   // --user: the user name to offer at sign-in (saved in the settings)
    QString link;   // a navigator://contact?… screen-pop link (the desktop's URL handler)
};

// Adds Navigator's options. Texts are translated, so the language must be set first.
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Navigator: the workstation for 211 information-and-referral navigators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main",
                                                  "Keep this profile's data in <dir> (default: "
                                                  "the per-user data folder)."),
                      QCoreApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Start in <lang>: fr or en (default: "
                                                          "the saved choice, else the system "
                                                          "language)."),
                      QCoreApplication::translate("main", "lang")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Use a demonstration profile: it is "
                                                          "labelled as such everywhere and must "
                                                          "hold fictitious data only.")});
    parser.addOption({QStringLiteral("server"),
                      QCoreApplication::translate("main", "Sign in to the central server at "
                                                          "<url> (kept in the profile's settings)."),
                      QCoreApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("user"),
                      QCoreApplication::translate("main", "Offer <name> as the user name at "
                                                          "sign-in (kept in the profile's "
                                                          "settings)."),
                      QCoreApplication::translate("main", "name")});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("main", "A navigator://contact?ani=…&agent=…&callStart=… link "
                                            "from the phone system: opens a contact record "
                                            "with the caller's number (in the Navigator already "
                                            "running for this profile, if there is one)."),
        QStringLiteral("[link]"));
}

// The language to show --help and errors in, before any profile is read.
QString earlyLanguage(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return Nav::Core::LanguageManager::systemLanguage();
}

// The bilingual lists of the contact form: built in, or the profile's own copy when an
// administrator provides one (need-categories.csv, heard-of.csv). Problems go to `problems`.
Nav::Ui::ContactForm::Vocabularies loadContactVocabularies(const QString &profileDir,
                                                           QStringList &problems)
{
    const auto load = [&](const QString &fileName, const QString &bundled) {
        const QString own = QDir(profileDir).filePath(fileName);
        if (QFile::exists(own)) {
            auto list = Nav::Contacts::loadVocabulary(own);
            if (list)
                return *list;
            problems << list.error().message;
        }
        auto list = Nav::Contacts::loadVocabulary(bundled);
        if (!list) {
            problems << list.error().message;
            return QList<Nav::Contacts::VocabularyEntry>();
        }
        return *list;
    };
    Nav::Ui::ContactForm::Vocabularies v;
    v.needCategories = load(QStringLiteral("need-categories.csv"),
                            Nav::Contacts::bundledNeedCategoriesPath());
    v.heardOf = load(QStringLiteral("heard-of.csv"), Nav::Contacts::bundledHeardOfPath());
    v.languages = load(QStringLiteral("languages.csv"), Nav::Contacts::bundledLanguagesPath());
    return v;
}

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Navigator"));
    QCoreApplication::setApplicationName(QStringLiteral("navigator"));
    QCoreApplication::setApplicationVersion(Nav::Core::AppInfo::version());
}

int printTextAndExit(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Nav::Core::LanguageManager language;
    if (!language.setLanguage(earlyLanguage(app.arguments())))
        language.setLanguage(QStringLiteral("en"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // prints help or version and exits
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsTextOnly(argc, argv))
        return printTextAndExit(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    Nav::Core::AppInfo::addBundledPluginPaths();
    QApplication::setApplicationDisplayName(QStringLiteral("Navigator"));
    QApplication::setDesktopFileName(QStringLiteral("org.navigator.Navigator"));

    Nav::Core::LanguageManager language;
    language.setLanguage(earlyLanguage(app.arguments()) == QLatin1String("fr")
                             ? QStringLiteral("fr")
                             : Nav::Core::LanguageManager::systemLanguage());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    CommandLine cli;
    cli.language = parser.value(QStringLiteral("lang"));
    if (!cli.language.isEmpty()
        && !Nav::Core::LanguageManager::supportedLanguages().contains(cli.language)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "navigator: --lang takes fr or en, not \"%1\".")
                                    .arg(cli.language)));
        return 2;
    }
    cli.demo = parser.isSet(QStringLiteral("demo"));
    cli.profileDir = parser.value(QStringLiteral("profile"));
    cli.server = parser.value(QStringLiteral("server"));
    cli.user = parser.value(QStringLiteral("user"));
    if (!cli.server.isEmpty()) {
        const auto url = Nav::Core::Preferences::parseServerUrl(cli.server);
        if (!url || url->isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "navigator: --server: %1")
                                        .arg(url ? QCoreApplication::translate(
                                                       "main", "the address is empty.")
                                                 : url.error().message)));
            return 2;
        }
    }
    if (cli.profileDir.isEmpty()) {
        cli.profileDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("profiles/default"));
    }
    if (!parser.positionalArguments().isEmpty())
        cli.link = parser.positionalArguments().constFirst();

    // One Navigator per profile: a second start (e.g. the desktop opening a screen-pop link)
    // hands its link to the one running and ends.
    Nav::Platform::SingleInstance instance(cli.profileDir);
    if (!instance.listen()) {
        const QString message = cli.link.isEmpty() ? Nav::Platform::SingleInstance::activateMessage()
                                                   : cli.link;
        if (Nav::Platform::SingleInstance::send(cli.profileDir, message))
            return 0;
        // nobody answered: carry on; the store's own lock says if the profile is in use
    }

    auto profile = Nav::Storage::Profile::open(cli.profileDir);
    if (!profile) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Navigator"),
                              profile.error().message);
        return 1;
    }
    Nav::Core::installLogging((*profile)->logDirectory());
    qCInfo(lcNavApp).noquote() << "Navigator" << Nav::Core::AppInfo::version() << "Qt"
                               << Nav::Core::AppInfo::qtRuntimeVersion() << "starting";

    Nav::Core::Preferences preferences((*profile)->settingsFilePath());
    const QString startLanguage = !cli.language.isEmpty()          ? cli.language
                                  : !preferences.language().isEmpty() ? preferences.language()
                                                                     : language.systemLanguage();
    language.setLanguage(startLanguage);
    if (!cli.server.isEmpty())
        preferences.setServerUrl(*Nav::Core::Preferences::parseServerUrl(cli.server));
    if (!cli.user.isEmpty())
        preferences.setServerUser(cli.user.trimmed());
    if (cli.demo && preferences.displayName().isEmpty())
        preferences.setDisplayName(QCoreApplication::translate("main", "Demo Navigator"), QString());

    Nav::Core::SystemClock clock;
    Nav::Platform::KeychainSecretStore secrets(QStringLiteral("Navigator"));
    Nav::Storage::EncryptedStore store(**profile, secrets, clock,
                                       Nav::Storage::workstationMigrations());

    Nav::Directory::DirectoryService directory(store.database(), clock);
    // Contact records. The navigator is whoever signs in to the server (issue 6: sync); until
    // then, this profile. Built before the window: the panes write their last draft through it
    // when they are destroyed.
    Nav::Contacts::ContactService contacts(store.database(), clock);
    contacts.setNavigator(preferences.serverUser().isEmpty() ? (*profile)->id()
                                                             : preferences.serverUser());

    Nav::Ui::MainWindow window({store, preferences, language});
    auto *directoryPane = new Nav::Ui::DirectoryPane(directory, clock);
    window.addArea(Nav::Ui::MainWindow::Area::Directory, directoryPane);
    window.addFileAction(directoryPane->importAction());
    QObject::connect(directoryPane, &Nav::Ui::DirectoryPane::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });

    auto *contactPane = new Nav::Ui::ContactPane(contacts, clock);
    window.addArea(Nav::Ui::MainWindow::Area::ContactRecord, contactPane);
    window.addAreaMenu(Nav::Ui::MainWindow::Area::ContactRecord, contactPane->actions());
    window.addAreaMenu(Nav::Ui::MainWindow::Area::Directory, {directoryPane->referAction()});
    QObject::connect(directoryPane, &Nav::Ui::DirectoryPane::referralChosen, contactPane,
                     &Nav::Ui::ContactPane::addReferral);
    QObject::connect(contactPane, &Nav::Ui::ContactPane::focusRequested, &window, [&window] {
        window.focusArea(Nav::Ui::MainWindow::Area::ContactRecord);
    });
    QObject::connect(contactPane, &Nav::Ui::ContactPane::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });
    // Follow-ups: the queue (Ctrl+4), a watcher for those falling due, a desktop notification
    // that says how many (never who).
    auto *followUpPane = new Nav::Ui::FollowUpPane(contacts, clock);
    window.addArea(Nav::Ui::MainWindow::Area::FollowUps, followUpPane);
    window.addAreaMenu(Nav::Ui::MainWindow::Area::FollowUps, followUpPane->actions());
    Nav::Contacts::FollowUpWatcher watcher(contacts, clock);
    Nav::Platform::DesktopNotifier notifier;
    QObject::connect(&watcher, &Nav::Contacts::FollowUpWatcher::followUpDue, &window, [&] {
        const int due = watcher.dueCount();
        notifier.notifyFollowUpsDue(due).then(&window, [&window, due](const Nav::Result<uint> &r) {
            if (!r) {
                window.statusBar()->showMessage(
                    QCoreApplication::translate("main", "%n follow-up(s) due now (Ctrl+4).",
                                                nullptr, due),
                    15000);
            }
        });
    });
    QObject::connect(&watcher, &Nav::Contacts::FollowUpWatcher::dueCountChanged, &notifier,
                     [&notifier](int due) {
                         if (due == 0)
                             notifier.withdraw();
                     });
    QObject::connect(&notifier, &Nav::Platform::DesktopNotifier::activated, &window, [&window] {
        window.activateWindow();
        window.focusArea(Nav::Ui::MainWindow::Area::FollowUps);
    });
    QObject::connect(followUpPane, &Nav::Ui::FollowUpPane::newContactRequested, contactPane,
                     &Nav::Ui::ContactPane::newFollowUpContact);
    // Finding earlier contacts (Ctrl+Shift+F): a window of its own over the workspace.
    auto *finderDialog = new QDialog(&window);
    finderDialog->setObjectName(QStringLiteral("contactFinderDialog"));
    auto *finder = new Nav::Ui::ContactFinder(contacts, finderDialog);
    (new QVBoxLayout(finderDialog))->addWidget(finder);
    finderDialog->resize(900, 560);
    QObject::connect(contactPane, &Nav::Ui::ContactPane::findRequested, finderDialog, [finderDialog] {
        finderDialog->setWindowTitle(QCoreApplication::translate("main", "Find contacts"));
        finderDialog->open();
    });
    QObject::connect(finder, &Nav::Ui::ContactFinder::openContactRequested, contactPane,
                     [finderDialog, contactPane](qint64 id) {
                         finderDialog->accept();
                         contactPane->openContact(id);
                     });

    const QString profileDir = (*profile)->directory();
    // The first name the voicemail script says; follows the display name (settings, sign-in).
    const auto navigatorName = [&preferences] {
        return preferences.displayName().section(QLatin1Char(' '), 0, 0);
    };
    QObject::connect(&preferences, &Nav::Core::Preferences::changed, followUpPane,
                     [followUpPane, navigatorName] { followUpPane->setNavigatorName(navigatorName()); });
    const auto contactsReady = [&directory, &window, &watcher, contactPane, followUpPane, finder,
                                profileDir, navigatorName] {
        QStringList problems;
        const auto vocabularies = loadContactVocabularies(profileDir, problems);
        contactPane->setVocabularies(vocabularies);
        if (!problems.isEmpty())
            window.statusBar()->showMessage(problems.join(QLatin1Char(' ')), 15000);
        contactPane->setReady(true);
        QHash<QString, QString> needLabels;
        const QString lang = QLocale().language() == QLocale::French ? QStringLiteral("fr")
                                                                     : QStringLiteral("en");
        for (const auto &e : vocabularies.needCategories)
            needLabels.insert(e.code, e.label(lang));
        finder->setNeedLabels(needLabels);
        finder->setReady(true);
        followUpPane->setNavigatorName(navigatorName());
        followUpPane->setReady(true);
        watcher.start();
        directory.placeNames().then(contactPane, [contactPane](const Nav::Result<QStringList> &names) {
            if (names)
                contactPane->setPlaceNames(*names);
        });
    };

    // The directory is searchable once its index is loaded. A demonstration profile starts
    // with a generated directory of fictitious services in real Ontario and Québec towns.
    const QString synonymsFile = QDir((*profile)->directory()).filePath(QStringLiteral("directory-synonyms.txt"));
    const auto directoryReady = [&directory, &window, directoryPane, synonymsFile] {
        if (QFile::exists(synonymsFile)) {
            directory.useSynonymsFile(synonymsFile).then(&window, [&window](const Nav::Result<void> &r) {
                if (!r)
                    window.statusBar()->showMessage(r.error().message, 15000);
            });
        }
        directory.refresh().then(directoryPane, [directoryPane](const Nav::Result<void> &r) {
            if (r)
                directoryPane->setReady(true);
        });
    };
    const auto seedDemoDirectory = [&directory, &window, directoryReady] {
        directory.serviceCount().then(&window, [&directory, &window, directoryReady](const Nav::Result<qint64> &n) {
            if (!n || *n > 0)
                return directoryReady();
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Creating the demonstration directory…"));
            directory.seedDemo(3000).then(&window, [&window, directoryReady](const Nav::Result<Nav::Directory::ImportOutcome> &) {
                window.statusBar()->clearMessage();
                directoryReady();
            });
        });
    };
    // Sync with the central server (issue 6): the session (refresh token in the keychain, access
    // token in memory), the engine that pulls the directory and pushes the outbox in the
    // background, its state in the status bar, and the File menu commands.
    Nav::Sync::ServerClient serverClient(secrets, (*profile)->keySecretName()
                                                      + QStringLiteral(".server-session"));
    const auto applyPin = [&serverClient, &preferences] {
        const auto pin = Nav::Core::Preferences::parseCertificatePin(preferences.serverCertificatePin());
        serverClient.setPinnedCertificate(pin ? pin->toLatin1() : QByteArray());
    };
    applyPin();
    Nav::Sync::SyncEngine sync(serverClient, store.database(), clock);
    auto *agentState = new Nav::Ui::AgentStateBox;
    agentState->setState(sync.agentState());
    window.statusBar()->addPermanentWidget(agentState);
    QObject::connect(agentState, &Nav::Ui::AgentStateBox::stateChosen, &sync,
                     [&sync](Nav::Core::AgentState s) { sync.setAgentState(s); });
    QObject::connect(&sync, &Nav::Sync::SyncEngine::agentStateChanged, agentState,
                     &Nav::Ui::AgentStateBox::setState);
    // The softphone (Ctrl+1): the SIP user agent on its own thread, audio through Qt Multimedia,
    // and the workflow that opens a contact when a call is answered and wraps it up at hang-up.
    Nav::Telephony::QtAudioEndpoint audio;
    Nav::Telephony::SipPhone phone(&audio);
    auto *phonePane = new Nav::Ui::SoftphonePane(phone);
    phonePane->setLevelSource([&audio] { return audio.inputLevel(); });
    window.addArea(Nav::Ui::MainWindow::Area::Softphone, phonePane);
    window.addAreaMenu(Nav::Ui::MainWindow::Area::Softphone, phonePane->actions());
    QObject::connect(phonePane, &Nav::Ui::SoftphonePane::focusRequested, &window, [&window] {
        window.focusArea(Nav::Ui::MainWindow::Area::Softphone);
    });
    QObject::connect(phonePane, &Nav::Ui::SoftphonePane::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });
    QObject::connect(&audio, &Nav::Telephony::QtAudioEndpoint::deviceFailed, phonePane,
                     &Nav::Ui::SoftphonePane::showAudioProblem);
    QObject::connect(&audio, &Nav::Telephony::QtAudioEndpoint::devicesChanged, phonePane,
                     [phonePane] { phonePane->showAudioProblem({}); });
    Nav::Ui::CallWorkflow callWorkflow(phone, *phonePane, *contactPane, contacts);
    callWorkflow.setFollowUpPane(followUpPane);
    callWorkflow.setRinger([&audio](bool ringing) { audio.setRinging(ringing); });
    callWorkflow.setAgentState(sync.agentState());
    QObject::connect(&callWorkflow, &Nav::Ui::CallWorkflow::agentStateWanted, &sync,
                     [&sync](Nav::Core::AgentState s) { sync.setAgentState(s); });
    QObject::connect(&sync, &Nav::Sync::SyncEngine::agentStateChanged, &callWorkflow,
                     &Nav::Ui::CallWorkflow::setAgentState);
    QObject::connect(&callWorkflow, &Nav::Ui::CallWorkflow::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });
    QObject::connect(&callWorkflow, &Nav::Ui::CallWorkflow::followUpsFocusRequested, &window,
                     [&window] { window.focusArea(Nav::Ui::MainWindow::Area::FollowUps); });
    QObject::connect(directoryPane, &Nav::Ui::DirectoryPane::dialRequested, phonePane,
                     [phonePane](const QString &number) { phonePane->dial(number); });
    const QString sipPasswordName = Nav::Telephony::PhoneSettings::passwordSecretName(
        (*profile)->keySecretName());
    const auto startPhone = [&, phonePane, directoryPane, sipPasswordName] {
        const auto settings = Nav::Telephony::PhoneSettings::fromMap(
            preferences.section(Nav::Telephony::PhoneSettings::sectionName()));
        phonePane->setConfigured(settings.isConfigured());
        phonePane->setInterpreter(settings.interpreterLine, settings.interpreterLanguages());
        directoryPane->setCanDial(settings.isConfigured());
        audio.setDevices(settings.inputDevice, settings.outputDevice, settings.ringingDevice);
        callWorkflow.setForwardTo(settings.forwardTo);
        if (!settings.isConfigured()) {
            phone.shutdown(1000);
            return;
        }
        secrets.readSecret(sipPasswordName)
            .then(&window, [&window, &phone, settings](const Nav::Result<QByteArray> &password) {
                Nav::Telephony::SipAccount account = settings.account;
                if (password)
                    account.password = QString::fromUtf8(*password);
                else
                    window.statusBar()->showMessage(password.error().message, 15000);
                if (const auto started = phone.start(account); !started)
                    window.statusBar()->showMessage(started.error().message, 15000);
            });
    };
    auto *phoneSettings = new Nav::Ui::PhoneSettingsDialog(&window);
    QObject::connect(phonePane, &Nav::Ui::SoftphonePane::settingsRequested, phoneSettings,
                     [&, phoneSettings, sipPasswordName] {
                         secrets.readSecret(sipPasswordName)
                             .then(phoneSettings, [&, phoneSettings](const Nav::Result<QByteArray> &pw) {
                                 phoneSettings->setSettings(
                                     Nav::Telephony::PhoneSettings::fromMap(preferences.section(
                                         Nav::Telephony::PhoneSettings::sectionName())),
                                     pw && !pw->isEmpty());
                                 phoneSettings->open();
                             });
                     });
    QObject::connect(phoneSettings, &Nav::Ui::PhoneSettingsDialog::settingsAccepted, &window,
                     [&, startPhone, sipPasswordName](const Nav::Telephony::PhoneSettings &s,
                                                      const QString &password) {
                         preferences.setSection(Nav::Telephony::PhoneSettings::sectionName(), s.toMap());
                         preferences.sync();
                         if (password.isEmpty())
                             return startPhone();
                         secrets.writeSecret(sipPasswordName, password.toUtf8())
                             .then(&window, [&window, startPhone](const Nav::Result<void> &saved) {
                                 if (!saved)
                                     window.statusBar()->showMessage(saved.error().message, 15000);
                                 startPhone();
                             });
                     });
    // Screen-pops from a centre's own phone system (navigator://contact?ani=…): a new contact
    // with the caller's number and the call's start. Links that arrive before the contact
    // record is ready wait for it.
    QStringList pendingLinks;
    const auto screenPop = [&window, &clock, contactPane](const QString &link) {
        const auto pop = Nav::Contacts::parseScreenPop(link, clock.now());
        if (!pop) {
            window.statusBar()->showMessage(pop.error().message, 20000);
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Phone system link"),
                                 pop.error().message);
            return;
        }
        contactPane->newCallContact(pop->phone, pop->callStart);
        if (!pop->warning.isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Phone system link"),
                                 pop->warning);
    };
    QObject::connect(&instance, &Nav::Platform::SingleInstance::messageReceived, &window,
                     [&window, &pendingLinks, screenPop, contactPane](const QString &message) {
                         window.showNormal();
                         window.raise();
                         window.activateWindow();
                         if (message == Nav::Platform::SingleInstance::activateMessage())
                             return;
                         if (contactPane->isReady())
                             screenPop(message);
                         else
                             pendingLinks.append(message);
                     });
    if (!cli.link.isEmpty())
        pendingLinks.append(cli.link);

    // Quitting: hang up and un-register, waiting at most 2 s for a registrar that may be gone.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &phone, [&phone] { phone.shutdown(2000); });

    auto *syncStatus = new Nav::Ui::SyncStatusWidget;
    window.statusBar()->addPermanentWidget(syncStatus);
    syncStatus->setStatus(sync.status());
    QObject::connect(&sync, &Nav::Sync::SyncEngine::statusChanged, syncStatus,
                     &Nav::Ui::SyncStatusWidget::setStatus);
    auto *signInDialog = new Nav::Ui::SignInDialog(serverClient, preferences, &window);
    auto *signInAction = new QAction(&window);
    signInAction->setObjectName(QStringLiteral("signInAction"));
    signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *signOutAction = new QAction(&window);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    auto *syncNowAction = new QAction(&window);
    syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    const auto retranslateSync = [=] {
        signInAction->setText(QCoreApplication::translate("main", "Sign &in to the server…"));
        signOutAction->setText(QCoreApplication::translate("main", "Sign &out of the server"));
        syncNowAction->setText(QCoreApplication::translate("main", "S&ync now"));
        syncNowAction->setToolTip(QCoreApplication::translate(
            "main", "Send what is waiting and receive directory updates now (F5)"));
    };
    retranslateSync();
    QObject::connect(&language, &Nav::Core::LanguageManager::languageChanged, &window, retranslateSync);
    QObject::connect(&language, &Nav::Core::LanguageManager::languageChanged, &sync,
                     [&sync] { sync.retranslate(); });
    syncStatus->setSyncAction(syncNowAction);
    window.addFileAction(signInAction);
    window.addFileAction(signOutAction);
    window.addFileAction(syncNowAction);
    const auto updateSignedIn = [=, &serverClient] {
        signInAction->setEnabled(!serverClient.isSignedIn());
        signOutAction->setEnabled(serverClient.isSignedIn());
    };
    updateSignedIn();
    QObject::connect(&serverClient, &Nav::Sync::ServerClient::stateChanged, &window, updateSignedIn);
    QObject::connect(signInAction, &QAction::triggered, &window, [signInDialog] {
        signInDialog->prepare(); // the dialog applies the certificate pin when it signs in
        signInDialog->open();
    });
    QObject::connect(signOutAction, &QAction::triggered, &serverClient, [&serverClient, &sync] {
        sync.sendOffline(); // the lead's board shows it at once, not 2 minutes later
        serverClient.signOut();
    });
    QObject::connect(syncNowAction, &QAction::triggered, &sync, [&sync] { sync.syncNow(); });
    // Quitting while signed in: the lead's board shows the navigator gone at once (2 s at most).
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sync, [&sync] { sync.sendOfflineAndWait(2000); });
    QObject::connect(&contacts, &Nav::Contacts::ContactService::contactSaved, &sync,
                     [&sync] { sync.pushSoon(); });
    QObject::connect(&contacts, &Nav::Contacts::ContactService::followUpsChanged, &sync,
                     [&sync] { sync.pushSoon(); });
    QObject::connect(&sync, &Nav::Sync::SyncEngine::directoryChanged, &window, [&directory] {
        directory.refresh();
    });
    QObject::connect(&sync, &Nav::Sync::SyncEngine::followUpMerged, &window,
                     [&window](const QString &message) {
                         window.statusBar()->showMessage(message, 30000);
                         if (window.isScreenLocked())
                             return;
                         QMessageBox::information(&window,
                                                  QCoreApplication::translate("main", "Follow-up changed"),
                                                  message);
                     });
    // The screen lock (idle, manual, and at start when someone signed in here before): the
    // password's slow hash is kept at each successful sign-in.
    Nav::Sync::ScreenLock screenLock(store.database(), clock);
    auto *lockPage = new Nav::Ui::LockScreen(screenLock);
    Nav::Ui::IdleWatcher idleWatcher;
    bool signInAfterUnlock = false;
    const auto askToSignIn = [&window, &signInAfterUnlock, signInDialog] {
        if (window.isScreenLocked()) {
            signInAfterUnlock = true; // nothing opens over the lock
            return;
        }
        signInDialog->prepare();
        signInDialog->open();
    };
    QObject::connect(signInDialog, &Nav::Ui::SignInDialog::passwordAccepted, &screenLock,
                     [&screenLock](const QString &user, const QString &password) {
                         screenLock.remember(user, password);
                     });
    const auto lockNow = [&window, &screenLock, lockPage](bool atStart) {
        if (window.isScreenLocked() || !screenLock.hasCredential())
            return;
        screenLock.lock();
        window.lockScreen(lockPage);
        lockPage->prepare(atStart);
    };
    QObject::connect(&screenLock, &Nav::Sync::ScreenLock::unlocked, &window,
                     [&](const QString &password) {
                         window.unlockScreen();
                         // Started offline or the session ended: the same password signs in.
                         if (!serverClient.isSignedIn() && !preferences.serverUrl().isEmpty()
                             && !screenLock.username().isEmpty()) {
                             applyPin();
                             serverClient.signIn(preferences.serverUrl(), screenLock.username(), password);
                         } else if (signInAfterUnlock) {
                             signInAfterUnlock = false;
                             askToSignIn();
                         }
                     });
    auto *lockAction = new QAction(&window);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    window.addFileAction(lockAction);
    const auto retranslateLock = [lockAction, &screenLock] {
        lockAction->setText(QCoreApplication::translate("main", "&Lock the screen"));
        lockAction->setToolTip(screenLock.hasCredential()
                                   ? QString()
                                   : QCoreApplication::translate(
                                         "main", "Available once you have signed in to the server "
                                                 "on this workstation."));
    };
    retranslateLock();
    QObject::connect(&language, &Nav::Core::LanguageManager::languageChanged, &window, retranslateLock);
    const auto updateLockAction = [lockAction, &screenLock, &window] {
        if (!window.isScreenLocked())
            lockAction->setEnabled(screenLock.hasCredential());
    };
    QObject::connect(&screenLock, &Nav::Sync::ScreenLock::remembered, &window, [=] {
        updateLockAction();
        retranslateLock();
    });
    QObject::connect(lockAction, &QAction::triggered, &window, [lockNow] { lockNow(false); });
    QObject::connect(&idleWatcher, &Nav::Ui::IdleWatcher::idle, &window, [lockNow] { lockNow(false); });
    idleWatcher.setTimeout(preferences.idleLockMinutes() * 60 * 1000);
    QObject::connect(&preferences, &Nav::Core::Preferences::changed, &idleWatcher,
                     [&idleWatcher, &preferences] {
                         idleWatcher.setTimeout(preferences.idleLockMinutes() * 60 * 1000);
                     });
    QObject::connect(&screenLock, &Nav::Sync::ScreenLock::ready, &window, [&, lockNow] {
        updateLockAction();
        retranslateLock();
        // The last navigator who signed in here opens the workstation with their password,
        // online or not.
        lockNow(true);
        idleWatcher.start();
    });

    QObject::connect(&serverClient, &Nav::Sync::ServerClient::sessionExpired, &window,
                     [askToSignIn](const QString &) { askToSignIn(); });
    // Team-lead review (Ctrl+5): shown to team leads once signed in, from the server's data;
    // reloaded at each sign-in and every minute while shown (the agents' board).
    Nav::Sync::TeamReview teamReview(serverClient, clock);
    teamReview.keepSnapshotsIn(&store.database()); // a lead reads the review offline too
    Nav::Ui::TeamReviewPane *teamPane = nullptr;
    const auto ensureTeamPane = [&teamPane, &teamReview, &window] {
        if (teamPane)
            return;
        teamPane = new Nav::Ui::TeamReviewPane(teamReview);
        window.addArea(Nav::Ui::MainWindow::Area::TeamReview, teamPane);
        window.addAreaMenu(Nav::Ui::MainWindow::Area::TeamReview, teamPane->actions());
    };
    QTimer teamRefresh;
    teamRefresh.setInterval(60 * 1000);
    QObject::connect(&teamRefresh, &QTimer::timeout, &teamReview, [&teamReview, &serverClient, &window] {
        if (serverClient.isSignedIn() && !window.isScreenLocked() && !teamReview.isLoading())
            teamReview.reload();
    });
    // Whoever signs in is who the workstation greets and names: the account's name replaces one
    // that was not chosen for this account (empty, the demo's placeholder, another account's).
    QObject::connect(&serverClient, &Nav::Sync::ServerClient::signedIn, &preferences,
                     [&preferences](const QJsonObject &user) {
                         preferences.adoptAccountName(user.value(QStringLiteral("username")).toString(),
                                                      user.value(QStringLiteral("display_name")).toString());
                     });
    QObject::connect(&serverClient, &Nav::Sync::ServerClient::signedIn, &window,
                     [&](const QJsonObject &user) {
                         if (user.value(QStringLiteral("role")).toString() != QLatin1String("team-lead")) {
                             teamReview.forgetKept(); // not a lead's workstation (any more)
                             return;
                         }
                         ensureTeamPane();
                         teamReview.reload();
                         // Once this workstation's own state is on the server, read the board
                         // again: the lead would otherwise see themself offline for a minute.
                         QObject::connect(&sync, &Nav::Sync::SyncEngine::agentStateAnswered, &teamReview,
                                          [&teamReview] { teamReview.reload(); }, Qt::SingleShotConnection);
                         teamRefresh.start();
                     });
    QObject::connect(&serverClient, &Nav::Sync::ServerClient::signedOut, &teamRefresh, [&] {
        teamRefresh.stop();
        teamReview.forgetKept(); // signing out leaves no copy of the team's follow-ups behind
    });

    // At start: resume the last session; if there is none (or the server refused it), ask.
    // When the server cannot be reached, the navigator works offline without being asked.
    const auto connectToServer = [&serverClient, &preferences, &sync, askToSignIn, signInDialog] {
        sync.start();
        if (preferences.serverUrl().isEmpty())
            return;
        auto *guard = new QObject(signInDialog);
        QObject::connect(&serverClient, &Nav::Sync::ServerClient::signedIn, guard,
                         [guard] { guard->deleteLater(); });
        QObject::connect(&serverClient, &Nav::Sync::ServerClient::signInFailed, guard,
                         [guard, askToSignIn](const Nav::Sync::ApiReply &reply) {
                             guard->deleteLater();
                             if (reply.status == 0 && reply.failure != Nav::Sync::ApiReply::Failure::NotSignedIn)
                                 return; // offline: keep working, the status bar says so
                             askToSignIn();
                         });
        serverClient.resume(preferences.serverUrl());
    };

    QObject::connect(&store, &Nav::Storage::EncryptedStore::opened, &window, [&] {
        startPhone();
        screenLock.load();
        contactsReady();
        for (const QString &link : std::exchange(pendingLinks, {}))
            screenPop(link);
        // A team lead's last review, readable at once and offline; a sign-in reloads it live.
        teamReview.restoreKept().then(&window, [ensureTeamPane](bool restored) {
            if (restored)
                ensureTeamPane();
        });
        connectToServer();
        if (cli.demo) {
            store.writeMeta(QStringLiteral("profile.demo"), QStringLiteral("1"));
            window.setDemo(true);
            // With a server, the directory is the server's (the first sync brings it).
            if (preferences.serverUrl().isEmpty())
                seedDemoDirectory();
            else
                directoryReady();
            return;
        }
        store.readMeta(QStringLiteral("profile.demo"))
            .then(&window, [&window](const Nav::Result<QString> &demo) {
                window.setDemo(demo && *demo == QLatin1String("1"));
            });
        directoryReady();
    });
    window.show();
    store.open();

    const int rc = QApplication::exec();
    qCInfo(lcNavApp) << "shutting down";
    return rc;
}
