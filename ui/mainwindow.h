// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "ui/shellservices.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Nav::Ui {

class AboutDialog;
class OverviewPage;
class SettingsDialog;
class ShortcutsDialog;
class StoreErrorPage;

// The workstation shell. While the encrypted store opens it shows progress; if the store cannot
// be opened it shows StoreErrorPage; once open, the workspace with the areas that are installed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The main areas of a navigator's screen. Each is filled by its own component; the window
    // shows (and gives a shortcut to) only the areas that have been added.
    enum class Area { Overview, Softphone, ContactRecord, Directory, FollowUps, TeamReview };
    Q_ENUM(Area)

    explicit MainWindow(ShellServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addArea(Area area, QWidget *widget);
    // An action of an area that belongs in the File menu (e.g. Import directory…).
    void addFileAction(QAction *action);
    // A menu of an area's own commands (e.g. Contact ▸ New contact), placed before Help; its
    // shortcuts are listed in the shortcut list (F1).
    void addAreaMenu(Area area, const QList<QAction *> &actions);
    bool hasArea(Area area) const { return m_areas.contains(area); }
    void focusArea(Area area);
    void setDemo(bool demo);
    // The lock: `page` replaces everything (workspace, menus, status bar, other windows of the
    // application) until unlockScreen(); every command is disabled meanwhile.
    void lockScreen(QWidget *page);
    void unlockScreen();
    bool isScreenLocked() const { return m_lockPage != nullptr; }

    // For tests and the composition root.
    StoreErrorPage *storeErrorPage() const { return m_errorPage; }
    QWidget *currentPage() const;
    SettingsDialog *settingsDialog();
    AboutDialog *aboutDialog();
    ShortcutsDialog *shortcutsDialog();
    QList<QAction *> shortcutActions() const;

public Q_SLOTS:
    void showSettings();
    void showAbout();
    void showShortcuts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStoreState();
    void applyPreferences();
    void applyTextScale();
    QString areaTitle(Area area) const;
    static QKeySequence areaShortcut(Area area);

    ShellServices m_services;
    bool m_demo = false;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_openingPage = nullptr;
    QLabel *m_openingLabel = nullptr;
    QProgressBar *m_openingProgress = nullptr;
    StoreErrorPage *m_errorPage = nullptr;
    QSplitter *m_workspace = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    QHash<Area, QWidget *> m_areas;
    QWidget *m_lockPage = nullptr;
    QWidget *m_pageBeforeLock = nullptr;
    QList<QPointer<QAction>> m_disabledByLock;
    QList<QPointer<QWidget>> m_hiddenByLock;
    bool m_statusBarWasVisible = true;
    QHash<Area, QAction *> m_areaActions;
    QHash<Area, QMenu *> m_areaMenus;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_languagePreference; // the saved language preference last applied ("" = system)

    QLabel *m_profileStatus = nullptr;
    QLabel *m_storeStatus = nullptr;

    SettingsDialog *m_settings = nullptr;
    AboutDialog *m_about = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
};

} // namespace Nav::Ui
