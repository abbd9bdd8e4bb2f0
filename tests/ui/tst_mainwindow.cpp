// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/language.h"
#include "core/preferences.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "platform/keychainsecretstore.h"
#include "storage/encryptedstore.h"
#include "storage/schema.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/storeerrorpage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Nav;
using Storage::EncryptedStore;
using Ui::MainWindow;

namespace {
// Screenshots a person can look at: <build>/test-artifacts/screenshots/<name>.png
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = QDir(QString::fromLocal8Bit(qgetenv("NAV_ARTIFACT_DIR")))
                            .filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QApplication::processEvents();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(w->grab().save(file), qPrintable(file));
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::FakeSecretStore m_secrets;
    Test::FixedClock m_clock;
    std::unique_ptr<Core::LanguageManager> m_language;
    std::unique_ptr<Storage::Profile> m_profile;
    std::unique_ptr<Core::Preferences> m_prefs;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<MainWindow> m_window;

    void build(const QString &lang, Core::SecretStore *secrets = nullptr)
    {
        m_window.reset();
        m_store.reset();
        m_profile.reset();
        QVERIFY(m_language->setLanguage(lang));
        auto profile = Storage::Profile::open(m_dir->filePath(QStringLiteral("profile")));
        QVERIFY(profile);
        m_profile = std::move(*profile);
        m_prefs = std::make_unique<Core::Preferences>(m_profile->settingsFilePath());
        m_store = std::make_unique<EncryptedStore>(*m_profile, secrets ? *secrets : m_secrets,
                                                   m_clock, Storage::workstationMigrations());
        m_window = std::make_unique<MainWindow>(Ui::ShellServices{*m_store, *m_prefs, *m_language});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // No window manager under Xvfb: activate by hand so shortcuts reach the window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void openStore()
    {
        m_store->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->state() == EncryptedStore::State::Open
                                     || m_store->state() == EncryptedStore::State::Failed,
                                 10000);
    }

    static void languages()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

private Q_SLOTS:
    void initTestCase() { m_language = std::make_unique<Core::LanguageManager>(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets.entries.clear();
        m_secrets.readFailure.reset();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_prefs.reset();
        m_profile.reset();
    }

    void shell_data() { languages(); }
    void shell()
    {
        QFETCH(QString, lang);
        build(lang);
        m_window->setDemo(true);
        openStore();
        QCOMPARE(m_store->state(), EncryptedStore::State::Open);
        QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("workspace"));
        const QString file = m_window->menuBar()->actions().first()->text();
        QCOMPARE(file, lang == QLatin1String("fr") ? QStringLiteral("&Fichier") : QStringLiteral("&File"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("storeStatus"));
        QCOMPARE(status->text(), lang == QLatin1String("fr") ? QStringLiteral("Données\u00a0: chiffrées, ouvertes")
                                                             : QStringLiteral("Data: encrypted, open"));
        screenshot(m_window.get(), QStringLiteral("shell-%1").arg(lang));

        m_window->showSettings();
        Ui::SettingsDialog *settings = m_window->settingsDialog();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        screenshot(settings, QStringLiteral("settings-%1").arg(lang));
        settings->reject();

        m_window->showAbout();
        Ui::AboutDialog *about = m_window->aboutDialog();
        QVERIFY(QTest::qWaitForWindowExposed(about));
        const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(m_store->info().cipherVersion));
        QVERIFY(text.contains(QStringLiteral(NAV_VERSION)));
        screenshot(about, QStringLiteral("about-%1").arg(lang));
        about->accept();

        m_window->activateWindow(); // the dialogs took activation away
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        Ui::ShortcutsDialog *keys = m_window->shortcutsDialog();
        QTRY_VERIFY(keys->isVisible());
        QVERIFY(keys->findChild<QTableWidget *>()->rowCount() >= 4);
        screenshot(keys, QStringLiteral("shortcuts-%1").arg(lang));
        keys->accept();
    }

    void languageSwitchesAtRunTime()
    {
        build(QStringLiteral("en"));
        openStore();
        auto *fr = m_window->findChild<QAction *>(QStringLiteral("language_fr"));
        QVERIFY(fr);
        fr->trigger();
        QCOMPARE(m_language->language(), QStringLiteral("fr"));
        QCOMPARE(m_prefs->language(), QStringLiteral("fr")); // remembered for next time
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QVERIFY(fr->isChecked());
        m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void languageForThisRunSurvivesOtherSettings()
    {
        // Started with --lang fr and no saved preference: saving another setting (sign-in
        // saves the user name) must not switch to the system language.
        const QString other = Core::LanguageManager::systemLanguage() == QLatin1String("fr")
                                  ? QStringLiteral("en") : QStringLiteral("fr");
        build(other);
        openStore();
        QVERIFY(m_prefs->language().isEmpty());
        m_prefs->setServerUser(QStringLiteral("demo.navigator"));
        m_prefs->setDisplayName(QStringLiteral("Noémie"));
        QCOMPARE(m_language->language(), other);
        // Choosing a language in the menu applies it even when it is already the preference.
        m_prefs->setLanguage(other);
        auto *again = m_window->findChild<QAction *>(QStringLiteral("language_%1").arg(other));
        m_language->setLanguage(Core::LanguageManager::systemLanguage());
        again->trigger();
        QCOMPARE(m_language->language(), other);
        // A change of the preference itself still applies.
        m_prefs->setLanguage(Core::LanguageManager::systemLanguage());
        QCOMPARE(m_language->language(), Core::LanguageManager::systemLanguage());
    }

    void settingsValidateAndPersist()
    {
        build(QStringLiteral("en"));
        openStore();
        m_window->showSettings();
        Ui::SettingsDialog *d = m_window->settingsDialog();
        auto *url = d->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        name->setText(QStringLiteral("Noémie"));
        url->setText(QStringLiteral("http://nav.example.org"));
        QVERIFY(!d->apply());
        auto *error = d->findChild<QLabel *>(QStringLiteral("serverUrlError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("https://")));
        QVERIFY(m_prefs->displayName().isEmpty()); // nothing saved while a field is invalid
        screenshot(d, QStringLiteral("settings-invalid-en"));
        url->setText(QStringLiteral("https://nav.example.org"));
        d->findChild<QPushButton *>(QStringLiteral("settingsOkButton"))->click();
        QVERIFY(!d->isVisible());
        Core::Preferences reread(m_profile->settingsFilePath());
        QCOMPARE(reread.displayName(), QStringLiteral("Noémie"));
        QCOMPARE(reread.serverUrl(), QUrl(QStringLiteral("https://nav.example.org")));
    }

    void wrongKeyScreenThenStartFresh_data() { languages(); }
    void wrongKeyScreenThenStartFresh()
    {
        QFETCH(QString, lang);
        build(lang);
        openStore();
        QCOMPARE(m_store->state(), EncryptedStore::State::Open);
        build(lang); // a new session on the same profile...
        m_secrets.entries[m_profile->keySecretName()] = QByteArray(32, '\x33'); // ...a wrong key
        openStore();
        QCOMPARE(m_store->state(), EncryptedStore::State::Failed);
        Ui::StoreErrorPage *page = m_window->storeErrorPage();
        QCOMPARE(m_window->currentPage(), page);
        const QString title = page->findChild<QLabel *>(QStringLiteral("storeErrorTitle"))->text();
        QCOMPARE(title, lang == QLatin1String("fr") ? QStringLiteral("La clé n’ouvre pas ce fichier de données")
                                                    : QStringLiteral("The key does not open this data file"));
        screenshot(m_window.get(), QStringLiteral("store-wrong-key-%1").arg(lang));

        auto *fresh = page->findChild<QPushButton *>(QStringLiteral("startFreshButton"));
        QVERIFY(fresh->isVisible());
        fresh->click();
        auto *confirm = page->findChild<QMessageBox *>(QStringLiteral("startFreshConfirmation"));
        QTRY_VERIFY(confirm && confirm->isVisible());
        screenshot(confirm, QStringLiteral("store-start-fresh-confirm-%1").arg(lang));
        // Cancel first: nothing happens.
        confirm->findChild<QPushButton *>(QStringLiteral("cancelStartFreshButton"))->click();
        QTRY_VERIFY(!confirm->isVisible());
        QCOMPARE(m_store->state(), EncryptedStore::State::Failed);
        QVERIFY(m_profile->dataFileExists());
        // Then confirm.
        fresh->click();
        QTRY_VERIFY(confirm->isVisible());
        confirm->findChild<QPushButton *>(QStringLiteral("confirmStartFreshButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->state(), EncryptedStore::State::Open, 10000);
        QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("workspace"));
        const QStringList kept = QDir(m_profile->directory())
                                     .entryList({QStringLiteral("navigator.db.unreadable-*")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(kept.first()));
    }

    void areaTabsAreNeverCut_data() { languages(); }
    void areaTabsAreNeverCut()
    {
        // Every area of a team lead's workstation beside a directory pane that wants half the
        // window: each tab shows its whole name and shortcut, no scroll arrows.
        QFETCH(QString, lang);
        build(lang);
        openStore();
        using Area = Ui::MainWindow::Area;
        for (Area a : {Area::Softphone, Area::ContactRecord, Area::FollowUps, Area::TeamReview})
            m_window->addArea(a, new QWidget);
        auto *directory = new QWidget;
        directory->setMinimumWidth(600);
        m_window->addArea(Area::Directory, directory);
        m_window->resize(1280, 800);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("areaTabs"));
        QVERIFY(tabs);
        QTRY_VERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 5);
        QTabBar *bar = tabs->tabBar();
        const auto firstCut = [bar] {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabRect(i).right() >= bar->width())
                    return QStringLiteral("%1 ends at %2 of %3").arg(bar->tabText(i)).arg(bar->tabRect(i).right()).arg(bar->width());
            }
            return QString();
        };
        // The layout takes the new tabs' width at its next pass.
        QTRY_VERIFY2(firstCut().isEmpty(), qPrintable(firstCut()));
        QVERIFY(m_window->width() <= 1400); // and the window still fits a 1440-wide laptop
    }

    void keychainLockedScreen_data() { languages(); }
    void keychainLockedScreen()
    {
        QFETCH(QString, lang);
        m_secrets.readFailure = ErrorCode::KeychainLocked;
        build(lang);
        openStore();
        Ui::StoreErrorPage *page = m_window->storeErrorPage();
        QCOMPARE(m_window->currentPage(), page);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("startFreshButton"))->isVisible());
        screenshot(m_window.get(), QStringLiteral("store-keychain-locked-%1").arg(lang));
        // Unlocking and pressing Retry opens the store.
        m_secrets.readFailure.reset();
        page->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->state(), EncryptedStore::State::Open, 10000);
    }

    void areaShortcutsMoveFocus()
    {
        build(QStringLiteral("en"));
        openStore();
        auto *extra = new QLineEdit;
        extra->setObjectName(QStringLiteral("fakeDirectorySearch"));
        m_window->addArea(MainWindow::Area::Directory, extra);
        QVERIFY(m_window->hasArea(MainWindow::Area::Directory));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), extra);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() != extra);
    }

    // The lock hides the workspace, the menus, the status bar and every other window, and no
    // shortcut reaches the areas behind it; unlocking brings back exactly what was there.
    void lockHidesEverythingUntilUnlocked()
    {
        build(QStringLiteral("en"));
        openStore();
        auto *extra = new QLineEdit;
        extra->setObjectName(QStringLiteral("fakeDirectorySearch"));
        extra->setText(QStringLiteral("a person's details"));
        m_window->addArea(MainWindow::Area::Directory, extra);
        m_window->showSettings();
        QWidget *settings = m_window->settingsDialog();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QWidget *before = m_window->currentPage();

        auto *lockPage = new QLineEdit;
        lockPage->setObjectName(QStringLiteral("lockPage"));
        m_window->lockScreen(lockPage);
        QVERIFY(m_window->isScreenLocked());
        QCOMPARE(m_window->currentPage(), lockPage);
        QVERIFY(!extra->isVisible());
        QVERIFY(!settings->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        QVERIFY(!m_window->menuBar()->isEnabled());
        // An area shortcut and the settings shortcut do nothing while locked.
        lockPage->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(m_window->currentPage(), lockPage);
        QVERIFY(!settings->isVisible());

        m_window->unlockScreen();
        QVERIFY(!m_window->isScreenLocked());
        QCOMPARE(m_window->currentPage(), before);
        QVERIFY(settings->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
        QVERIFY(m_window->menuBar()->isEnabled());
        settings->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), extra);
    }

    // The shell against the real keychain of this test session (gnome-keyring).
    void opensWithTheRealKeychain()
    {
        Platform::KeychainSecretStore keychain(QStringLiteral("NavigatorUiTest"));
        build(QStringLiteral("en"), &keychain);
        openStore();
        QCOMPARE(m_store->state(), EncryptedStore::State::Open);
        QVERIFY(!m_store->keychainBackend().isEmpty());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
