// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNavCoreLanguage, "nav.core.language")

namespace Nav::Core {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &code)
{
    return code == QLatin1String("fr") ? QStringLiteral("Français") : QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/navigator_%1.qm").arg(code))) {
        qCWarning(lcNavCoreLanguage) << "no catalogue for" << code;
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QStringLiteral("qtbase_%1").arg(code),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    QLocale::setDefault(QLocale(code == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                QLocale::Canada));
    m_language = code;
    qCInfo(lcNavCoreLanguage) << "language" << code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace Nav::Core
