// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactrules.h"
#include "ui/contacts/fieldissuelabels.h"
#include "contacts/vocabularies.h"
#include "core/contact.h"
#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Nav::Ui {

class EntryListModel;

// The intake part of a contact record, filled during the call: channel and language, the
// person (or anonymous), needs, referrals and information given, unmet needs, crisis, notes.
// It edits a Core::Contact; what is typed but not yet added to a list (a need's text, say) is
// "pending input", saved with the draft so nothing typed is ever lost.
class ContactForm final : public QWidget
{
    Q_OBJECT
public:
    struct Vocabularies
    {
        QList<Contacts::VocabularyEntry> needCategories;
        QList<Contacts::VocabularyEntry> languages;
        QList<Contacts::VocabularyEntry> heardOf;
    };

    explicit ContactForm(QWidget *parent = nullptr);

    void setVocabularies(const Vocabularies &vocabularies);
    const Vocabularies &vocabularies() const { return m_vocab; }
    void setPlaceNames(const QStringList &names);

    void setContact(const Core::Contact &contact);
    // A tele-interpreter joined: ticks "interpreter used" and picks the language when `language`
    // names one of the list (its code or its name, in either language); nothing else changes.
    void setInterpreterUsed(const QString &language);
    Core::Contact contact() const;
    QJsonObject pendingInput() const;
    void setPendingInput(const QJsonObject &pending);

    void addReferral(const Core::Referral &referral);
    // Inline messages beside the fields they concern; an empty list clears them.
    void showIssues(const QList<Contacts::FieldIssue> &issues);
    void focusFirstField();
    // Puts the keyboard in the list editor of a field (Field::Needs, Referrals, UnmetNeeds).
    void focusField(const QString &field);

    EntryListModel *needsModel() const { return m_needsModel; }
    EntryListModel *referralsModel() const { return m_referralsModel; }
    EntryListModel *unmetModel() const { return m_unmetModel; }

Q_SIGNALS:
    // Anything typed or chosen (drafts are saved on it).
    void changed();
    // The phone number was completed and is valid (E.164), or cleared (empty).
    void phoneConfirmed(const QString &e164);
    void crisisChanged(bool crisis);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void refreshLists();
    void addNeed();
    void addInformation();
    void addUnmet();
    void removeSelected(QListView *view);
    void checkPhone();
    void applyAnonymous(bool anonymous);
    void updateInterpreter();

    Vocabularies m_vocab;
    Core::Contact m_contact; // what is not on the form (ids, times, lists, follow-up, survey)
    FieldIssueLabels m_issues;
    QHash<QString, QString> m_beforeAnonymous; // restored if anonymous is unticked again

    QGroupBox *m_contactBox = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_directionLabel = nullptr;
    QComboBox *m_direction = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_interpreter = nullptr;
    QComboBox *m_interpreterLanguage = nullptr;

    QGroupBox *m_personBox = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_callerTypeLabel = nullptr;
    QComboBox *m_callerType = nullptr;
    QLabel *m_genderLabel = nullptr;
    QComboBox *m_gender = nullptr;
    QLabel *m_ageLabel = nullptr;
    QComboBox *m_age = nullptr;
    QLabel *m_heardOfLabel = nullptr;
    QComboBox *m_heardOf = nullptr;

    QGroupBox *m_needsBox = nullptr;
    QComboBox *m_needCategory = nullptr;
    QLineEdit *m_needTaxonomy = nullptr;
    QLineEdit *m_needText = nullptr;
    QPushButton *m_addNeed = nullptr;
    QListView *m_needsView = nullptr;
    EntryListModel *m_needsModel = nullptr;

    QGroupBox *m_referralsBox = nullptr;
    QLabel *m_referralHint = nullptr;
    QListView *m_referralsView = nullptr;
    EntryListModel *m_referralsModel = nullptr;
    QLineEdit *m_information = nullptr;
    QPushButton *m_addInformation = nullptr;

    QGroupBox *m_unmetBox = nullptr;
    QComboBox *m_unmetCategory = nullptr;
    QComboBox *m_unmetReason = nullptr;
    QLineEdit *m_unmetText = nullptr;
    QPushButton *m_addUnmet = nullptr;
    QListView *m_unmetView = nullptr;
    EntryListModel *m_unmetModel = nullptr;

    QCheckBox *m_crisis = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    bool m_loading = false;
};

} // namespace Nav::Ui
