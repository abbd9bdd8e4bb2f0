// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/language.h"
#include "directory/directoryservice.h"
#include "fixedclock.h"
#include "fixturedirectory.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "ui/directory/directorypane.h"
#include "ui/directory/importdialog.h"
#include "ui/directory/reportproblemdialog.h"
#include "ui/directory/servicedetailview.h"
#include "ui/directory/serviceresultdelegate.h"
#include "ui/directory/serviceresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Nav;
using namespace Nav::Directory;

namespace {
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = QDir(QString::fromLocal8Bit(qgetenv("NAV_ARTIFACT_DIR")))
                            .filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
} // namespace

class tst_DirectoryPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::LanguageManager m_language;
    Test::FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::UTC)}; // Monday 14:00 in Toronto
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<Ui::DirectoryPane> m_pane;

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    void typeAndWait(const QString &text)
    {
        const int before = m_pane->searchesCompleted();
        auto *edit = m_pane->findChild<QLineEdit *>(QStringLiteral("directorySearchEdit"));
        edit->clear();
        QTest::keyClicks(edit, text);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->searchesCompleted() > before, 10000);
        // Let the debounce settle on the final text.
        QTest::qWait(200);
        QTRY_VERIFY(m_pane->searchesCompleted() > before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("ui.db"));
        o.key = QByteArray(32, '\x44');
        o.migrations = Storage::workstationMigrations();
        QVERIFY(await(m_db->open(o)));
        m_directory = std::make_unique<DirectoryService>(*m_db, m_clock);
        QVERIFY(await(m_directory->importBatch(Test::fixtureDirectory())));
        QVERIFY(await(m_directory->loadPlaces(DirectoryService::bundledMunicipalities(),
                                              DirectoryService::bundledPostalPrefixes())));
    }

    void init()
    {
        m_pane = std::make_unique<Ui::DirectoryPane>(*m_directory, m_clock);
        m_pane->resize(760, 820);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }

    void cleanup() { m_pane.reset(); }

    void searchAndDetailInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void searchAndDetailInBothLanguages()
    {
        QFETCH(QString, lang);
        QVERIFY(m_language.setLanguage(lang));
        QAbstractItemModelTester tester(m_pane->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->setReady(true);
        typeAndWait(lang == QLatin1String("fr") ? QStringLiteral("hebergement") : QStringLiteral("shelter"));
        Ui::ServiceResultsModel *model = m_pane->resultsModel();
        QVERIFY(model->rowCount() >= 2);
        const QModelIndex first = model->index(0);
        QVERIFY(!first.data(Ui::ServiceResultsModel::NameRole).toString().isEmpty());
        const QString detail = Ui::ServiceResultDelegate::detailLine(first);
        QVERIFY2(detail.contains(lang == QLatin1String("fr") ? QStringLiteral("Ouvert") : QStringLiteral("Open now")), qPrintable(detail));
        screenshot(m_pane.get(), QStringLiteral("directory-search-%1").arg(lang));

        // Keyboard only: ↓ to the results, Enter for the detail, Esc back.
        auto *edit = m_pane->findChild<QLineEdit *>(QStringLiteral("directorySearchEdit"));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Down);
        auto *list = m_pane->findChild<QListView *>(QStringLiteral("directoryResults"));
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        Ui::ServiceDetailView *view = m_pane->detailView();
        QTRY_VERIFY(view->isVisible() && view->hasFocus());
        QVERIFY(view->toPlainText().contains(lang == QLatin1String("fr") ? QStringLiteral("Heures") : QStringLiteral("Hours")));
        // Languages in their own names, without the country Qt's default locale adds.
        QVERIFY2(view->toPlainText().contains(QStringLiteral("français, English")), qPrintable(view->toPlainText()));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("American")));
        screenshot(m_pane.get(), QStringLiteral("directory-detail-%1").arg(lang));
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(list->isVisible() && list->hasFocus());
        QTest::keyClick(list, Qt::Key_Escape);
        QTRY_VERIFY(edit->hasFocus());
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QStringLiteral("en") << QString() << QStringLiteral("English");
        QTest::newRow("fr") << QStringLiteral("fr") << QString() << QStringLiteral("français");
        QTest::newRow("es") << QStringLiteral("es") << QString() << QStringLiteral("español");
        QTest::newRow("nl keeps its name") << QStringLiteral("nl") << QString() << QStringLiteral("Nederlands");
        QTest::newRow("Qt has no name") << QStringLiteral("cr") << QStringLiteral("Cree") << QStringLiteral("Cree");
        QTest::newRow("unknown code") << QStringLiteral("xx") << QString() << QStringLiteral("XX");
    }

    void languageNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, fallback);
        QFETCH(QString, name);
        QCOMPARE(Ui::ServiceDetailView::languageName(code, fallback), name);
    }

    void feesSayFreeOnce()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        Directory::ServiceRecord r;
        r.service.id = QStringLiteral("fees");
        r.service.name = {QStringLiteral("Meals"), QStringLiteral("Repas")};
        const auto option = [](const QString &en, const QString &fr, double amount) {
            Directory::CostOption c;
            c.option = {en, fr};
            c.amount = amount;
            return c;
        };
        r.service.costOptions = {option(QStringLiteral("Free"), QStringLiteral("Gratuit"), 0),
                                 option(QStringLiteral("Adults"), QStringLiteral("Adultes"), 0),
                                 option(QStringLiteral("Per meal"), QStringLiteral("Par repas"), 3.5)};
        QTextDocument doc;
        doc.setHtml(Ui::ServiceDetailView::html(r, QStringLiteral("en"), QDate(2026, 12, 7)));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Free\n")) && !text.contains(QStringLiteral("Free: free")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Adults: free")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Per meal: $3.50")), qPrintable(text));
    }

    void filtersNarrowResults()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_pane->setReady(true);
        typeAndWait(QStringLiteral("food bank "));
        const int all = m_pane->resultsModel()->rowCount();
        QVERIFY(all >= 2);
        const int before = m_pane->searchesCompleted();
        m_pane->findChild<QCheckBox *>(QStringLiteral("freeFilter"))->setChecked(true);
        QTRY_VERIFY(m_pane->searchesCompleted() > before);
        QCOMPARE(m_pane->resultsModel()->rowCount(), 1);
        const int again = m_pane->searchesCompleted();
        m_pane->findChild<QCheckBox *>(QStringLiteral("freeFilter"))->setChecked(false);
        auto *near = m_pane->findChild<QLineEdit *>(QStringLiteral("nearEdit"));
        near->setText(QStringLiteral("Ottawa"));
        Q_EMIT near->editingFinished();
        QTRY_VERIFY(m_pane->searchesCompleted() > again);
        QTRY_COMPARE(m_pane->resultsModel()->index(0).data(Ui::ServiceResultsModel::ServiceIdRole).toString(),
                     QStringLiteral("bank-ottawa"));
        QVERIFY(m_pane->resultsModel()->index(0).data(Ui::ServiceResultsModel::DistanceRole).isValid());
    }

    void phoneLinksAreReadyToDial()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_pane->setReady(true);
        typeAndWait(QStringLiteral("ottawa food bank "));
        QSignalSpy dial(m_pane.get(), &Ui::DirectoryPane::dialRequested);
        auto *list = m_pane->findChild<QListView *>(QStringLiteral("directoryResults"));
        list->setFocus();
        list->setCurrentIndex(m_pane->resultsModel()->index(0));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(m_pane->detailView()->toHtml().contains(QStringLiteral("tel:+15145550100")));
        // shown as it is read aloud
        QVERIFY2(m_pane->detailView()->toPlainText().contains(QStringLiteral("(514) 555-0100")),
                 qPrintable(m_pane->detailView()->toPlainText()));
        // without a softphone the number is copied for the desk phone
        Q_EMIT m_pane->detailView()->anchorClicked(QUrl(QStringLiteral("tel:+15145550100")));
        QCOMPARE(dial.count(), 0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+15145550100"));
        // with one, it is dialled
        m_pane->setCanDial(true);
        Q_EMIT m_pane->detailView()->anchorClicked(QUrl(QStringLiteral("tel:+15145550100")));
        QCOMPARE(dial.count(), 1);
        QCOMPARE(dial.first().first().toString(), QStringLiteral("+15145550100"));
        m_pane->setCanDial(false);
    }

    void reportAProblem()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        m_pane->setReady(true);
        typeAndWait(QStringLiteral("le phare "));
        auto *list = m_pane->findChild<QListView *>(QStringLiteral("directoryResults"));
        list->setFocus();
        list->setCurrentIndex(m_pane->resultsModel()->index(0));
        QTest::keyClick(list, Qt::Key_Return);
        QSignalSpy status(m_pane.get(), &Ui::DirectoryPane::statusMessage);
        m_pane->findChild<QPushButton *>(QStringLiteral("reportProblemButton"))->click();
        auto *dialog = m_pane->findChild<Ui::ReportProblemDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->findChild<QPushButton *>(QStringLiteral("submitProblemButton"))->click();
        QVERIFY(dialog->isVisible()); // no reason chosen yet: it says so and stays open
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("problemReasonCombo"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("phone")));
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("problemNoteEdit"));
        // Longer than the server takes: said plainly, the dialog stays open, the text is kept.
        const QString tooLong = QString(2001, QLatin1Char('x'));
        note->setPlainText(tooLong);
        dialog->findChild<QPushButton *>(QStringLiteral("submitProblemButton"))->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(status.count(), 0);
        QCOMPARE(note->toPlainText(), tooLong);
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        bool said = false;
        for (const QLabel *l : dialog->findChildren<QLabel *>())
            said = said || (l->isVisible() && l->text().contains(QStringLiteral("2000 characters at most")));
        QVERIFY(said);
        note->setPlainText(QStringLiteral("Rings out."));
        screenshot(dialog, QStringLiteral("directory-report-problem-en"));
        dialog->findChild<QPushButton *>(QStringLiteral("submitProblemButton"))->click();
        QTRY_COMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("recorded")));
    }

    void importDialogShowsCountsAndQuarantine()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        const QString hsds = QDir(QString::fromLocal8Bit(qgetenv("NAV_SOURCE_DIR")))
                                 .filePath(QStringLiteral("../shared/reference/hsds-3.0/examples/service_full.json"));
        QVERIFY(QFile::exists(hsds));
        Ui::ImportDialog dialog(*m_directory);
        dialog.show();
        dialog.setPath(hsds);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importFormatCombo"))->currentData().toString(), QStringLiteral("hsds"));
        QSignalSpy finished(&dialog, &Ui::ImportDialog::finished);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("importResult"))->text()));
        QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 1000);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importResult"))->text().contains(QStringLiteral("Ajout")));
        screenshot(&dialog, QStringLiteral("directory-import-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(tst_DirectoryPane)
#include "tst_directorypane.moc"
