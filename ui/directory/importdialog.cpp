// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/importdialog.h"

#include "directory/directoryservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

namespace Nav::Ui {

using namespace Nav::Directory;

ImportDialog::ImportDialog(DirectoryService &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import directory"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->addItem(tr("Open Referral HSDS (JSON or tabular package)"), QStringLiteral("hsds"));
    m_format->addItem(tr("iCarol resource export (CSV)"), QStringLiteral("icarol"));
    m_format->addItem(tr("AIRS XML 3.0 / 3.1"), QStringLiteral("airs"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startImportButton"));
    m_start->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeImportButton"));
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        m_format->setCurrentIndex(qMax(0, m_format->findData(guessFormat(path))));
    });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(m_progress);
    form->addRow(m_result);
    form->addRow(m_buttons);
    setRunning(false);
    resize(620, 260);
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString ImportDialog::guessFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xml"))
        return QStringLiteral("airs");
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("icarol");
    return QStringLiteral("hsds");
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a directory file"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Directory files (*.json *.csv *.xml);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_format->setEnabled(!running);
    m_start->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel import") : tr("Close"));
}

void ImportDialog::startImport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_result->setText(tr("Choose a file that exists."));
        m_path->setFocus();
        return;
    }
    const auto format = DirectoryService::formatFromName(m_format->currentData().toString());
    const QString reportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString report = QDir(reportDir.isEmpty() ? QDir::tempPath() : reportDir)
                               .filePath(QStringLiteral("navigator-quarantine-%1.csv")
                                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    setRunning(true);
    m_result->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_directory
        .import(*format, path, report,
                [cancel, bar](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(bar, [bar, done, total] {
                        if (bar)
                            bar->setValue(int(total > 0 ? done * 1000 / total : 0));
                    });
                    return !cancel->load();
                })
        .then(this, [this](const Result<ImportOutcome> &outcome) {
            setRunning(false);
            if (!outcome) {
                m_progress->setValue(0);
                m_result->setText(outcome.error().message);
                Q_EMIT finished(false);
                return;
            }
            m_progress->setValue(1000);
            QString text = tr("Added %1, updated %2, unchanged %3, retired %4, quarantined %5.")
                               .arg(outcome->counts.added)
                               .arg(outcome->counts.updated)
                               .arg(outcome->counts.unchanged)
                               .arg(outcome->counts.retired)
                               .arg(outcome->counts.quarantined);
            if (!outcome->reportPath.isEmpty())
                text += QLatin1Char('\n') + tr("The records that were set aside, and why, are listed in %1.")
                                                .arg(QDir::toNativeSeparators(outcome->reportPath));
            m_result->setText(text);
            Q_EMIT finished(true);
        });
}

void ImportDialog::reject()
{
    if (m_running) {
        m_cancel->store(true);
        m_result->setText(tr("Cancelling… the directory stays as it was."));
        return;
    }
    QDialog::reject();
}

} // namespace Nav::Ui
