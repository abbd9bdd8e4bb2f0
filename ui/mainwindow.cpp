// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/mainwindow.h"

#include "core/language.h"
#include "core/preferences.h"
#include "storage/encryptedstore.h"
#include "ui/aboutdialog.h"
#include "ui/overviewpage.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/storeerrorpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Nav::Ui {

MainWindow::MainWindow(ShellServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("mainPages"));

    m_openingPage = new QWidget(m_pages);
    m_openingPage->setObjectName(QStringLiteral("openingPage"));
    m_openingLabel = new QLabel(m_openingPage);
    m_openingProgress = new QProgressBar(m_openingPage);
    m_openingProgress->setRange(0, 0);
    m_openingProgress->setMaximumWidth(320);
    auto *ol = new QVBoxLayout(m_openingPage);
    ol->addStretch();
    ol->addWidget(m_openingLabel, 0, Qt::AlignHCenter);
    ol->addWidget(m_openingProgress, 0, Qt::AlignHCenter);
    ol->addStretch();

    m_errorPage = new StoreErrorPage(m_pages);
    connect(m_errorPage, &StoreErrorPage::retryRequested, &m_services.store,
            &Storage::EncryptedStore::open);
    connect(m_errorPage, &StoreErrorPage::startFreshConfirmed, &m_services.store,
            &Storage::EncryptedStore::setAsideAndStartFresh);
    connect(m_errorPage, &StoreErrorPage::quitRequested, this, &QWidget::close);

    m_workspace = new QSplitter(Qt::Horizontal, m_pages);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setChildrenCollapsible(false);
    // The person's record and the directory side by side: a navigator types one while
    // searching the other. The other areas share the left side as tabs.
    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setObjectName(QStringLiteral("areaTabs"));
    m_tabs->setDocumentMode(true);
    // Every area's name and shortcut stays readable: the tabs claim their width from the
    // splitter instead of hiding behind scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    m_workspace->addWidget(m_tabs);

    m_pages->addWidget(m_openingPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    m_profileStatus = new QLabel(this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_profileStatus);
    statusBar()->addPermanentWidget(m_storeStatus);

    createActions();
    createMenus();

    m_overview = new OverviewPage(m_services.store, m_services.preferences, m_tabs);
    addArea(Area::Overview, m_overview);

    connect(&m_services.store, &Storage::EncryptedStore::stateChanged, this,
            &MainWindow::updateStoreState);
    connect(&m_services.store, &Storage::EncryptedStore::dataFileSetAside, this,
            [this](const QString &name) {
                statusBar()->showMessage(
                    tr("The unreadable data file was kept as %1 in the profile folder.").arg(name),
                    30000);
            });
    m_languagePreference = m_services.preferences.language();
    connect(&m_services.preferences, &Core::Preferences::changed, this,
            &MainWindow::applyPreferences);
    connect(&m_services.language, &Core::LanguageManager::languageChanged, this,
            [this](const QString &code) {
                for (QAction *a : m_languageGroup->actions())
                    a->setChecked(a->data().toString() == code);
            });

    resize(1280, 800);
    applyTextScale();
    retranslateUi();
    updateStoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Core::LanguageManager::supportedLanguages()) {
        auto *a = new QAction(Core::LanguageManager::nativeName(code), m_languageGroup);
        a->setObjectName(QStringLiteral("language_%1").arg(code));
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == m_services.language.language());
        connect(a, &QAction::triggered, this, [this, code] {
            m_services.preferences.setLanguage(code);
            m_services.language.setLanguage(code); // also when it already was the preference
        });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = new QMenu(this);
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

QKeySequence MainWindow::areaShortcut(Area area)
{
    switch (area) {
    case Area::Overview: return QKeySequence(Qt::CTRL | Qt::Key_0);
    case Area::Softphone: return QKeySequence(Qt::CTRL | Qt::Key_1);
    case Area::ContactRecord: return QKeySequence(Qt::CTRL | Qt::Key_2);
    case Area::Directory: return QKeySequence(Qt::CTRL | Qt::Key_3);
    case Area::FollowUps: return QKeySequence(Qt::CTRL | Qt::Key_4);
    case Area::TeamReview: return QKeySequence(Qt::CTRL | Qt::Key_5);
    }
    return {};
}

QString MainWindow::areaTitle(Area area) const
{
    switch (area) {
    case Area::Overview: return tr("&Overview");
    case Area::Softphone: return tr("&Phone");
    case Area::ContactRecord: return tr("&Contact record");
    case Area::Directory: return tr("&Directory");
    case Area::FollowUps: return tr("&Follow-ups");
    case Area::TeamReview: return tr("&Team review");
    }
    return {};
}

void MainWindow::addArea(Area area, QWidget *widget)
{
    if (m_areas.contains(area))
        return;
    m_areas.insert(area, widget);
    if (area == Area::Directory) {
        m_workspace->addWidget(widget);
        m_workspace->setStretchFactor(0, 1);
        m_workspace->setStretchFactor(1, 1);
    } else {
        // Tabs in area order, whatever the order they are added in.
        int at = 0;
        for (Area a : {Area::Overview, Area::Softphone, Area::ContactRecord, Area::FollowUps,
                       Area::TeamReview}) {
            if (a == area)
                break;
            if (m_areas.contains(a))
                ++at;
        }
        m_tabs->insertTab(at, widget, QString());
    }
    auto *action = new QAction(this);
    action->setObjectName(QStringLiteral("focusArea%1").arg(int(area)));
    action->setShortcut(areaShortcut(area));
    action->setShortcutContext(Qt::ApplicationShortcut);
    connect(action, &QAction::triggered, this, [this, area] { focusArea(area); });
    addAction(action);
    m_areaActions.insert(area, action);
    // Rebuild the View menu in area order.
    m_viewMenu->clear();
    for (Area a : {Area::Overview, Area::Softphone, Area::ContactRecord, Area::Directory,
                   Area::FollowUps, Area::TeamReview}) {
        if (QAction *act = m_areaActions.value(a))
            m_viewMenu->addAction(act);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_languageMenu);
    retranslateUi();
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_settingsAction, action);
}

void MainWindow::focusArea(Area area)
{
    QWidget *w = m_areas.value(area);
    if (!w || m_pages->currentWidget() != m_workspace)
        return;
    if (m_tabs->indexOf(w) >= 0)
        m_tabs->setCurrentWidget(w);
    w->show();
    QWidget *target = w->focusProxy() ? w->focusProxy() : w;
    if (target->focusPolicy() == Qt::NoFocus)
        target->setFocusPolicy(Qt::StrongFocus);
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    m_overview->setDemo(demo);
    retranslateUi();
}

void MainWindow::lockScreen(QWidget *page)
{
    if (m_lockPage || !page)
        return;
    m_lockPage = page;
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_pageBeforeLock = m_pages->currentWidget();
    m_pages->setCurrentWidget(page);
    // Every other window of the application (dialogs, the contact finder…) goes out of sight.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w != this && w->isVisible() && !w->inherits("QMenu")) {
            m_hiddenByLock.append(w);
            w->hide();
        }
    }
    const auto actions = findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->isEnabled() && !page->isAncestorOf(qobject_cast<QWidget *>(a->parent()))) {
            m_disabledByLock.append(a);
            a->setEnabled(false);
        }
    }
    menuBar()->setEnabled(false);
    m_statusBarWasVisible = statusBar()->isVisible();
    statusBar()->hide();
}

void MainWindow::unlockScreen()
{
    if (!m_lockPage)
        return;
    for (const QPointer<QAction> &a : std::as_const(m_disabledByLock)) {
        if (a)
            a->setEnabled(true);
    }
    m_disabledByLock.clear();
    menuBar()->setEnabled(true);
    statusBar()->setVisible(m_statusBarWasVisible);
    m_pages->setCurrentWidget(m_pageBeforeLock ? m_pageBeforeLock : m_workspace);
    m_lockPage = nullptr;
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenByLock)) {
        if (w)
            w->show();
    }
    m_hiddenByLock.clear();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::addAreaMenu(Area area, const QList<QAction *> &actions)
{
    QMenu *menu = m_areaMenus.value(area);
    if (!menu) {
        menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("areaMenu%1").arg(int(area)));
        menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
        m_areaMenus.insert(area, menu);
    }
    menu->addActions(actions);
    menu->setTitle(QString(areaTitle(area)).remove(QLatin1Char('&')));
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> list;
    for (Area a : {Area::Overview, Area::Softphone, Area::ContactRecord, Area::Directory,
                   Area::FollowUps, Area::TeamReview}) {
        if (QAction *act = m_areaActions.value(a))
            list << act;
    }
    QList<QMenu *> menus{m_fileMenu};
    for (Area a : {Area::Softphone, Area::ContactRecord, Area::Directory, Area::FollowUps,
                   Area::TeamReview}) {
        if (QMenu *m = m_areaMenus.value(a))
            menus << m;
    }
    for (QMenu *menu : std::as_const(menus)) {
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && !a->shortcut().isEmpty() && !list.contains(a))
                list << a;
        }
    }
    list << m_shortcutsAction;
    return list;
}

SettingsDialog *MainWindow::settingsDialog()
{
    if (!m_settings)
        m_settings = new SettingsDialog(m_services.preferences, this);
    return m_settings;
}

AboutDialog *MainWindow::aboutDialog()
{
    if (!m_about)
        m_about = new AboutDialog(m_services.store, this);
    return m_about;
}

ShortcutsDialog *MainWindow::shortcutsDialog()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(shortcutActions(), this);
    return m_shortcuts;
}

void MainWindow::showSettings()
{
    // A fresh dialog each time so it shows the saved values, not an abandoned edit.
    delete m_settings;
    m_settings = nullptr;
    settingsDialog()->open();
}

void MainWindow::showAbout()
{
    delete m_about;
    m_about = nullptr;
    aboutDialog()->open();
}

void MainWindow::showShortcuts()
{
    shortcutsDialog()->open();
}

void MainWindow::applyPreferences()
{
    // Only a change of the language preference switches the language: a language chosen for
    // this run (--lang) stays while other settings change (signing in saves the user name).
    const QString preferred = m_services.preferences.language();
    if (preferred != m_languagePreference) {
        m_languagePreference = preferred;
        m_services.language.setLanguage(preferred.isEmpty() ? Core::LanguageManager::systemLanguage()
                                                            : preferred);
    }
    applyTextScale();
}

void MainWindow::applyTextScale()
{
    // The first call (from the constructor) sees the platform's own size: the base for scaling.
    static const qreal basePointSize = QApplication::font().pointSizeF();
    QFont f = QApplication::font();
    f.setPointSizeF(basePointSize * m_services.preferences.textScale() / 100.0);
    if (f != QApplication::font())
        QApplication::setFont(f);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStoreState()
{
    using State = Storage::EncryptedStore::State;
    const State state = m_services.store.state();
    QWidget *page = m_workspace;
    switch (state) {
    case State::Closed:
    case State::Opening:
        page = m_openingPage;
        break;
    case State::Failed:
        m_errorPage->showError(m_services.store.lastError(),
                               Storage::EncryptedStore::canStartFresh(
                                   m_services.store.lastError().code));
        page = m_errorPage;
        break;
    case State::Open:
        break;
    }
    if (m_lockPage) {
        // Behind the lock: shown once unlocked, with the commands it allows.
        m_pageBeforeLock = page;
        for (QAction *a : std::as_const(m_areaActions)) {
            if (state == State::Open && !m_disabledByLock.contains(a))
                m_disabledByLock.append(a);
            else if (state != State::Open)
                m_disabledByLock.removeAll(a);
        }
    } else {
        m_pages->setCurrentWidget(page);
        if (state == State::Open)
            focusArea(Area::Overview);
        for (QAction *a : std::as_const(m_areaActions))
            a->setEnabled(state == State::Open);
    }
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_demo ? tr("Navigator — demonstration profile") : tr("Navigator"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Navigator"));
    for (auto it = m_areaActions.cbegin(); it != m_areaActions.cend(); ++it)
        it.value()->setText(areaTitle(it.key()));
    // Area menus carry no mnemonic: Alt+letter belongs to the fields of the visible forms.
    for (auto it = m_areaMenus.cbegin(); it != m_areaMenus.cend(); ++it)
        it.value()->setTitle(QString(areaTitle(it.key())).remove(QLatin1Char('&')));
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it) {
        const int tab = m_tabs->indexOf(it.value());
        if (tab >= 0) {
            //: Tab title: an area and its shortcut, e.g. "Contact record (Ctrl+2)"
            m_tabs->setTabText(tab, tr("%1 (%2)").arg(QString(areaTitle(it.key())).remove(QLatin1Char('&')),
                                                      areaShortcut(it.key()).toString(QKeySequence::NativeText)));
        }
    }
    m_openingLabel->setText(tr("Opening your encrypted data…"));

    const QString profile = QDir(m_services.store.profile().directory()).dirName();
    m_profileStatus->setText(m_demo ? tr("Profile: %1 (demo)").arg(profile)
                                    : tr("Profile: %1").arg(profile));
    using State = Storage::EncryptedStore::State;
    switch (m_services.store.state()) {
    case State::Closed:
    case State::Opening:
        m_storeStatus->setText(tr("Data: opening…"));
        break;
    case State::Open:
        m_storeStatus->setText(tr("Data: encrypted, open"));
        break;
    case State::Failed:
        m_storeStatus->setText(tr("Data: not available"));
        break;
    }
}

} // namespace Nav::Ui
