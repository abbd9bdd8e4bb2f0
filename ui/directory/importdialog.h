// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Nav::Directory {
class DirectoryService;
}

namespace Nav::Ui {

// File ▸ Import directory: pick a file and its format, watch the progress, cancel at any time
// (the directory stays as it was), and read what was added, updated, retired and quarantined.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Directory::DirectoryService &directory, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setPath(const QString &path);
    void startImport();
    bool isRunning() const { return m_running; }

    // The format a file most likely has: .xml → airs, .csv → icarol, otherwise hsds.
    static QString guessFormat(const QString &path);

Q_SIGNALS:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void browse();
    void setRunning(bool running);

    Directory::DirectoryService &m_directory;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Nav::Ui
