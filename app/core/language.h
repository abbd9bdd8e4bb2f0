// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

namespace Nav::Core {

// Installs Navigator's and Qt's translators for "en" or "fr" and switches them at run time.
// Widgets retranslate on QEvent::LanguageChange. Navigator's catalogues are built into the
// executable under :/i18n/.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    // "fr" when the system locale is French (fr_CA, fr_FR, fr_BE…), else "en".
    static QString systemLanguage();
    // Native name of a language, for menus: "English", "Français".
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for an unsupported code or a missing catalogue.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Nav::Core
