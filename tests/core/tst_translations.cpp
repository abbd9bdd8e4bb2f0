// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// French and English are both complete: every source string has a finished translation.
// lupdate runs over the sources into a copy of each committed .ts, so a string added to the code
// and not translated fails here, with its text and context in the message.

#include "core/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString translationType; // "", "unfinished", "vanished", "obsolete"
        QString translation;
        bool numerus = false;
        QStringList forms;
    };

    static QList<Message> parse(const QString &path)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("context")) {
                    context.clear();
                } else if (name == QLatin1String("name") && context.isEmpty()) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    m = Message{};
                    m.context = context;
                    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (name == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    m.translationType = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus)
                        m.translation = xml.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    m.forms << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out << m;
            }
        }
        return out;
    }

    // Runs lupdate over the sources into a copy of the committed catalogue.
    static QString refreshed(const QString &lang, QTemporaryDir &tmp, QString *log)
    {
        const QString committed = QDir(QStringLiteral(NAV_SOURCE_DIR_FALLBACK))
                                      .filePath(QStringLiteral("translations/navigator_%1.ts").arg(lang));
        const QString copy = tmp.filePath(QStringLiteral("navigator_%1.ts").arg(lang));
        QFile::copy(committed, copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString root = QString::fromLocal8Bit(qgetenv("NAV_SOURCE_DIR"));
        QStringList args{QStringLiteral("-I"), root + QStringLiteral("/app"), QStringLiteral("-I"),
                         root, QStringLiteral("-locations"), QStringLiteral("relative"),
                         QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"),
                         QStringLiteral("en"), QStringLiteral("-target-language"), lang};
        if (lang == QLatin1String("en"))
            args << QStringLiteral("-pluralonly");
        args << QString::fromUtf8(NAV_TRANSLATED_DIRS).split(QLatin1Char('|'));
        args << QStringLiteral("-ts") << copy;
        QProcess p;
        p.setWorkingDirectory(root);
        p.start(QStringLiteral(NAV_LUPDATE), args);
        p.waitForFinished(120000);
        *log = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode() == 0 ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("NAV_SOURCE_DIR").isEmpty(), "run through ctest (NAV_SOURCE_DIR)");
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, lang);
        QTemporaryDir tmp;
        QString log;
        const QString ts = refreshed(lang, tmp, &log);
        QVERIFY2(!ts.isEmpty(), qPrintable(log));
        const QList<Message> messages = parse(ts);
        if (lang == QLatin1String("fr"))
            QVERIFY2(messages.size() > 50, "lupdate found too few strings: is the scan broken?");
        QStringList missing;
        for (const Message &m : messages) {
            const bool empty = m.numerus ? (m.forms.isEmpty() || m.forms.contains(QString()))
                                         : m.translation.isEmpty();
            if (m.translationType == QLatin1String("unfinished") || empty)
                missing << QStringLiteral("[%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a finished %2 translation "
                                           "(run the nav_lupdate target, then translate):\n  %3")
                                .arg(missing.size())
                                .arg(lang, missing.join(QStringLiteral("\n  ")))));
    }

    void frenchPlaceholdersMatch()
    {
        // A translation that drops %1 or adds %3 shows garbage at run time.
        const QString ts = QDir(QStringLiteral(NAV_SOURCE_DIR_FALLBACK))
                               .filePath(QStringLiteral("translations/navigator_fr.ts"));
        QStringList bad;
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        for (const Message &m : parse(ts)) {
            if (m.numerus)
                continue;
            QStringList a, b;
            for (auto it = re.globalMatch(m.source); it.hasNext();)
                a << it.next().captured();
            for (auto it = re.globalMatch(m.translation); it.hasNext();)
                b << it.next().captured();
            a.sort();
            b.sort();
            if (a != b)
                bad << QStringLiteral("[%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void switchesAtRunTime()
    {
        Nav::Core::LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Nav::Ui::MainWindow", "&File"),
                 QStringLiteral("&Fichier"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Nav::Ui::MainWindow", "&File"), QStringLiteral("&File"));
        QVERIFY(!language.setLanguage(QStringLiteral("de")));
        QCOMPARE(language.language(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
