// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/contactform.h"

#include "contacts/phonenumber.h"
#include "ui/contacts/entrylistmodel.h"
#include "ui/contacts/enumcombo.h"

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {

QListView *makeListView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setMaximumHeight(96);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
{
    build();
    retranslateUi();
}

void ContactForm::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Contact: channel, direction, language of service, interpreter.
    m_contactBox = new QGroupBox(this);
    auto *contactLayout = new QFormLayout(m_contactBox);
    m_channel = new QComboBox(m_contactBox);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_direction = new QComboBox(m_contactBox);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_language = new QComboBox(m_contactBox);
    m_language->setObjectName(QStringLiteral("serviceLanguageCombo"));
    m_interpreter = new QCheckBox(m_contactBox);
    m_interpreter->setObjectName(QStringLiteral("interpreterCheck"));
    m_interpreterLanguage = new QComboBox(m_contactBox);
    m_interpreterLanguage->setObjectName(QStringLiteral("interpreterLanguageCombo"));
    auto *interpreterRow = new QHBoxLayout;
    interpreterRow->addWidget(m_interpreter);
    interpreterRow->addWidget(m_interpreterLanguage, 1);
    m_channelLabel = new QLabel(m_contactBox);
    m_channelLabel->setBuddy(m_channel);
    m_directionLabel = new QLabel(m_contactBox);
    m_directionLabel->setBuddy(m_direction);
    m_languageLabel = new QLabel(m_contactBox);
    m_languageLabel->setBuddy(m_language);
    // One field per row: the form shares the screen with the directory and must stay narrow.
    contactLayout->addRow(m_channelLabel, m_channel);
    contactLayout->addRow(m_directionLabel, m_direction);
    contactLayout->addRow(m_languageLabel, m_language);
    contactLayout->addRow(QString(), interpreterRow);
    contactLayout->addRow(QString(), m_issues.add(QString::fromLatin1(Contacts::Field::Interpreter), this));
    outer->addWidget(m_contactBox);

    // The person.
    m_personBox = new QGroupBox(this);
    auto *personLayout = new QFormLayout(m_personBox);
    m_anonymous = new QCheckBox(m_personBox);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheck"));
    m_phone = new QLineEdit(m_personBox);
    m_phone->setObjectName(QStringLiteral("callerPhoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneHint = new QLabel(m_personBox);
    m_phoneHint->setObjectName(QStringLiteral("phoneHintLabel"));
    m_place = new QLineEdit(m_personBox);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_callerType = new QComboBox(m_personBox);
    m_callerType->setObjectName(QStringLiteral("callerTypeCombo"));
    m_gender = new QComboBox(m_personBox);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_age = new QComboBox(m_personBox);
    m_age->setObjectName(QStringLiteral("ageGroupCombo"));
    m_heardOf = new QComboBox(m_personBox);
    m_heardOf->setObjectName(QStringLiteral("heardOfCombo"));
    m_phoneLabel = new QLabel(m_personBox);
    m_phoneLabel->setBuddy(m_phone);
    m_placeLabel = new QLabel(m_personBox);
    m_placeLabel->setBuddy(m_place);
    m_callerTypeLabel = new QLabel(m_personBox);
    m_callerTypeLabel->setBuddy(m_callerType);
    m_genderLabel = new QLabel(m_personBox);
    m_genderLabel->setBuddy(m_gender);
    m_ageLabel = new QLabel(m_personBox);
    m_ageLabel->setBuddy(m_age);
    m_heardOfLabel = new QLabel(m_personBox);
    m_heardOfLabel->setBuddy(m_heardOf);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_phoneHint, 1);
    personLayout->addRow(QString(), m_anonymous);
    personLayout->addRow(m_phoneLabel, phoneRow);
    personLayout->addRow(QString(), m_issues.add(QString::fromLatin1(Contacts::Field::Phone), this));
    personLayout->addRow(m_placeLabel, m_place);
    personLayout->addRow(QString(), m_issues.add(QString::fromLatin1(Contacts::Field::Place), this));
    personLayout->addRow(m_callerTypeLabel, m_callerType);
    personLayout->addRow(m_genderLabel, m_gender);
    personLayout->addRow(m_ageLabel, m_age);
    personLayout->addRow(m_heardOfLabel, m_heardOf);
    outer->addWidget(m_personBox);

    // Needs.
    m_needsBox = new QGroupBox(this);
    auto *needsLayout = new QVBoxLayout(m_needsBox);
    auto *needRow = new QHBoxLayout;
    m_needCategory = new QComboBox(m_needsBox);
    m_needCategory->setObjectName(QStringLiteral("needCategoryCombo"));
    m_needTaxonomy = new QLineEdit(m_needsBox);
    m_needTaxonomy->setObjectName(QStringLiteral("needTaxonomyEdit"));
    m_needTaxonomy->setMaximumWidth(110);
    m_needText = new QLineEdit(m_needsBox);
    m_needText->setObjectName(QStringLiteral("needTextEdit"));
    m_addNeed = new QPushButton(m_needsBox);
    m_addNeed->setObjectName(QStringLiteral("addNeedButton"));
    needRow->addWidget(m_needCategory, 2);
    needRow->addWidget(m_needTaxonomy, 1);
    needRow->addWidget(m_needText, 3);
    needRow->addWidget(m_addNeed);
    m_needsModel = new EntryListModel(this);
    m_needsView = makeListView(m_needsModel, QStringLiteral("needsView"), m_needsBox);
    needsLayout->addLayout(needRow);
    needsLayout->addWidget(m_needsView);
    needsLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::Needs), this));
    outer->addWidget(m_needsBox);

    // Referrals and information given.
    m_referralsBox = new QGroupBox(this);
    auto *refLayout = new QVBoxLayout(m_referralsBox);
    m_referralHint = new QLabel(m_referralsBox);
    m_referralHint->setWordWrap(true);
    m_referralsModel = new EntryListModel(this);
    m_referralsView = makeListView(m_referralsModel, QStringLiteral("referralsView"), m_referralsBox);
    auto *infoRow = new QHBoxLayout;
    m_information = new QLineEdit(m_referralsBox);
    m_information->setObjectName(QStringLiteral("informationEdit"));
    m_addInformation = new QPushButton(m_referralsBox);
    m_addInformation->setObjectName(QStringLiteral("addInformationButton"));
    infoRow->addWidget(m_information, 1);
    infoRow->addWidget(m_addInformation);
    refLayout->addWidget(m_referralHint);
    refLayout->addWidget(m_referralsView);
    refLayout->addLayout(infoRow);
    refLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::Referrals), this));
    outer->addWidget(m_referralsBox);

    // Unmet needs.
    m_unmetBox = new QGroupBox(this);
    auto *unmetLayout = new QVBoxLayout(m_unmetBox);
    auto *unmetRow = new QHBoxLayout;
    m_unmetCategory = new QComboBox(m_unmetBox);
    m_unmetCategory->setObjectName(QStringLiteral("unmetCategoryCombo"));
    m_unmetReason = new QComboBox(m_unmetBox);
    m_unmetReason->setObjectName(QStringLiteral("unmetReasonCombo"));
    m_unmetText = new QLineEdit(m_unmetBox);
    m_unmetText->setObjectName(QStringLiteral("unmetTextEdit"));
    m_addUnmet = new QPushButton(m_unmetBox);
    m_addUnmet->setObjectName(QStringLiteral("addUnmetButton"));
    unmetRow->addWidget(m_unmetCategory, 2);
    unmetRow->addWidget(m_unmetReason, 2);
    unmetRow->addWidget(m_unmetText, 3);
    unmetRow->addWidget(m_addUnmet);
    m_unmetModel = new EntryListModel(this);
    m_unmetView = makeListView(m_unmetModel, QStringLiteral("unmetView"), m_unmetBox);
    unmetLayout->addLayout(unmetRow);
    unmetLayout->addWidget(m_unmetView);
    unmetLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::UnmetNeeds), this));
    outer->addWidget(m_unmetBox);

    // Crisis and notes.
    m_crisis = new QCheckBox(this);
    m_crisis->setObjectName(QStringLiteral("crisisCheck"));
    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_notes->setMaximumHeight(110);
    m_notesLabel->setBuddy(m_notes);
    outer->addWidget(m_crisis);
    outer->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUp), this));
    outer->addWidget(m_notesLabel);
    outer->addWidget(m_notes);
    outer->addStretch(1);

    // Every edit is a change (drafts); Enter in a list editor adds its entry.
    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (QComboBox *c : {m_channel, m_direction, m_language, m_interpreterLanguage, m_callerType,
                         m_gender, m_age, m_heardOf, m_needCategory, m_unmetCategory,
                         m_unmetReason})
        connect(c, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QLineEdit *e : {m_phone, m_place, m_needTaxonomy, m_needText, m_information, m_unmetText})
        connect(e, &QLineEdit::textEdited, this, emitChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_interpreter, &QCheckBox::toggled, this, [this, emitChanged] {
        updateInterpreter();
        emitChanged();
    });
    connect(m_anonymous, &QCheckBox::toggled, this, [this, emitChanged](bool on) {
        applyAnonymous(on);
        emitChanged();
    });
    connect(m_crisis, &QCheckBox::toggled, this, [this, emitChanged](bool on) {
        Q_EMIT crisisChanged(on);
        emitChanged();
    });
    connect(m_phone, &QLineEdit::editingFinished, this, &ContactForm::checkPhone);
    connect(m_addNeed, &QPushButton::clicked, this, &ContactForm::addNeed);
    connect(m_needText, &QLineEdit::returnPressed, this, &ContactForm::addNeed);
    connect(m_needTaxonomy, &QLineEdit::returnPressed, this, &ContactForm::addNeed);
    connect(m_addInformation, &QPushButton::clicked, this, &ContactForm::addInformation);
    connect(m_information, &QLineEdit::returnPressed, this, &ContactForm::addInformation);
    connect(m_addUnmet, &QPushButton::clicked, this, &ContactForm::addUnmet);
    connect(m_unmetText, &QLineEdit::returnPressed, this, &ContactForm::addUnmet);
    for (QListView *v : {m_needsView, m_referralsView, m_unmetView})
        v->installEventFilter(this);
    // Long labels ("Utilities (electricity, heating, water)") must not widen the form beyond
    // its half of the screen: combos size to a short width and show the rest when opened.
    for (QComboBox *c : findChildren<QComboBox *>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    updateInterpreter();
}

void ContactForm::retranslateUi()
{
    const QString lang = uiLanguage();
    m_contactBox->setTitle(tr("Contact"));
    m_channelLabel->setText(tr("&Channel:"));
    m_directionLabel->setText(tr("&Direction:"));
    m_languageLabel->setText(tr("&Language of service:"));
    m_interpreter->setText(tr("Tele-interpreter &used, for:"));
    m_personBox->setTitle(tr("Person"));
    m_anonymous->setText(tr("Anon&ymous (no phone, place or source kept)"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setPlaceholderText(tr("e.g. 514 555-0199"));
    m_placeLabel->setText(tr("Place (&municipality or postal code):"));
    m_placeLabel->setWordWrap(true);
    m_place->setPlaceholderText(tr("e.g. Gatineau or K1A"));
    m_callerTypeLabel->setText(tr("Call&er:"));
    m_genderLabel->setText(tr("&Gender:"));
    m_ageLabel->setText(tr("&Age:"));
    m_heardOfLabel->setText(tr("Heard of 211 f&rom:"));
    m_needsBox->setTitle(tr("Needs (Alt+N)"));
    m_needTaxonomy->setPlaceholderText(tr("Taxonomy code"));
    m_needText->setPlaceholderText(tr("What the person needs; Enter adds"));
    m_addNeed->setText(tr("Add &need"));
    m_referralsBox->setTitle(tr("Referrals and information given"));
    m_referralHint->setText(tr("In the directory (Ctrl+3), Ctrl+R adds the selected service "
                               "here. Delete removes the selected line."));
    m_information->setPlaceholderText(tr("Information given without a referral; Enter adds"));
    m_addInformation->setText(tr("Add &information"));
    m_unmetBox->setTitle(tr("Unmet needs"));
    m_unmetText->setPlaceholderText(tr("Details; Enter adds"));
    m_addUnmet->setText(tr("Add unme&t need"));
    m_crisis->setText(tr("Cri&sis: the person is in danger or in acute distress"));
    m_notesLabel->setText(tr("N&otes:"));

    fillEnumCombo<Core::Channel>(m_channel);
    fillEnumCombo<Core::Direction>(m_direction);
    fillEnumCombo<Core::ServiceLanguage>(m_language);
    fillEnumCombo<Core::CallerType>(m_callerType);
    fillEnumCombo<Core::Gender>(m_gender);
    fillEnumCombo<Core::AgeGroup>(m_age);
    fillEnumCombo<Core::UnmetReason>(m_unmetReason);
    fillVocabularyCombo(m_interpreterLanguage, m_vocab.languages, lang, tr("— language —"));
    fillVocabularyCombo(m_heardOf, m_vocab.heardOf, lang, tr("— not asked —"));
    fillVocabularyCombo(m_needCategory, m_vocab.needCategories, lang, tr("— need —"));
    fillVocabularyCombo(m_unmetCategory, m_vocab.needCategories, lang, tr("— unmet need —"));
    checkPhone();
    refreshLists();
}

void ContactForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ContactForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            if (auto *view = qobject_cast<QListView *>(watched)) {
                removeSelected(view);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ContactForm::setVocabularies(const Vocabularies &vocabularies)
{
    m_vocab = vocabularies;
    retranslateUi();
}

void ContactForm::setPlaceNames(const QStringList &names)
{
    auto *completer = new QCompleter(names, m_place);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    delete m_place->completer();
    m_place->setCompleter(completer);
}

void ContactForm::setInterpreterUsed(const QString &language)
{
    m_interpreter->setChecked(true);
    const QString wanted = language.trimmed();
    if (wanted.isEmpty())
        return;
    for (int i = 0; i < m_interpreterLanguage->count(); ++i) {
        const QString code = m_interpreterLanguage->itemData(i).toString();
        if (code.isEmpty())
            continue;
        if (code.compare(wanted, Qt::CaseInsensitive) == 0
            || m_interpreterLanguage->itemText(i).compare(wanted, Qt::CaseInsensitive) == 0) {
            m_interpreterLanguage->setCurrentIndex(i);
            return;
        }
        for (const auto &entry : std::as_const(m_vocab.languages)) {
            if (entry.code == code
                && (entry.label(QStringLiteral("en")).compare(wanted, Qt::CaseInsensitive) == 0
                    || entry.label(QStringLiteral("fr")).compare(wanted, Qt::CaseInsensitive) == 0)) {
                m_interpreterLanguage->setCurrentIndex(i);
                return;
            }
        }
    }
}

void ContactForm::setContact(const Core::Contact &contact)
{
    m_loading = true;
    m_contact = contact;
    m_beforeAnonymous.clear();
    selectEnum(m_channel, contact.channel);
    selectEnum(m_direction, contact.direction);
    selectEnum(m_language, contact.language);
    m_interpreter->setChecked(contact.interpreterUsed);
    m_interpreterLanguage->setCurrentIndex(
        std::max(0, m_interpreterLanguage->findData(contact.interpreterLanguage)));
    m_anonymous->setChecked(contact.inquirer.anonymous);
    m_phone->setText(contact.inquirer.phone);
    m_place->setText(contact.inquirer.place);
    selectEnum(m_callerType, contact.inquirer.callerType);
    selectEnum(m_gender, contact.inquirer.gender);
    selectEnum(m_age, contact.inquirer.ageGroup);
    m_heardOf->setCurrentIndex(std::max(0, m_heardOf->findData(contact.inquirer.heardOf)));
    m_crisis->setChecked(contact.crisis);
    m_notes->setPlainText(contact.notes);
    for (QLineEdit *e : {m_needTaxonomy, m_needText, m_information, m_unmetText})
        e->clear();
    m_needCategory->setCurrentIndex(0);
    m_unmetCategory->setCurrentIndex(0);
    applyAnonymous(contact.inquirer.anonymous);
    updateInterpreter();
    refreshLists();
    showIssues({});
    m_loading = false;
    checkPhone();
    Q_EMIT crisisChanged(contact.crisis);
}

Core::Contact ContactForm::contact() const
{
    Core::Contact c = m_contact;
    c.channel = enumOf(m_channel, Core::Channel::Call);
    c.direction = enumOf(m_direction, Core::Direction::Inbound);
    c.language = enumOf(m_language, Core::ServiceLanguage::English);
    c.interpreterUsed = m_interpreter->isChecked();
    c.interpreterLanguage = c.interpreterUsed ? m_interpreterLanguage->currentData().toString()
                                              : QString();
    c.inquirer.anonymous = m_anonymous->isChecked();
    c.inquirer.phone = m_phone->text().trimmed();
    c.inquirer.place = m_place->text().trimmed();
    c.inquirer.callerType = enumOf(m_callerType, Core::CallerType::Unknown);
    c.inquirer.gender = enumOf(m_gender, Core::Gender::Unknown);
    c.inquirer.ageGroup = enumOf(m_age, Core::AgeGroup::Unknown);
    c.inquirer.heardOf = m_heardOf->currentData().toString();
    c.crisis = m_crisis->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

QJsonObject ContactForm::pendingInput() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("needCategory", m_needCategory->currentData().toString());
    put("needTaxonomy", m_needTaxonomy->text());
    put("needText", m_needText->text());
    put("information", m_information->text());
    put("unmetCategory", m_unmetCategory->currentData().toString());
    put("unmetReason", m_unmetReason->currentData().toString());
    put("unmetText", m_unmetText->text());
    return o;
}

void ContactForm::setPendingInput(const QJsonObject &pending)
{
    m_loading = true;
    const auto text = [&pending](const char *key) {
        return pending.value(QLatin1String(key)).toString();
    };
    m_needCategory->setCurrentIndex(std::max(0, m_needCategory->findData(text("needCategory"))));
    m_needTaxonomy->setText(text("needTaxonomy"));
    m_needText->setText(text("needText"));
    m_information->setText(text("information"));
    m_unmetCategory->setCurrentIndex(std::max(0, m_unmetCategory->findData(text("unmetCategory"))));
    const int reason = m_unmetReason->findData(text("unmetReason"));
    if (reason >= 0)
        m_unmetReason->setCurrentIndex(reason);
    m_unmetText->setText(text("unmetText"));
    m_loading = false;
}

void ContactForm::refreshLists()
{
    const QString lang = uiLanguage();
    QList<EntryListModel::Entry> needs;
    for (const auto &n : std::as_const(m_contact.needs)) {
        QString detail = n.text;
        if (!n.taxonomyCode.isEmpty())
            detail = detail.isEmpty() ? n.taxonomyCode
                                      : tr("%1 (taxonomy %2)").arg(detail, n.taxonomyCode);
        needs.append({vocabularyLabel(m_vocab.needCategories, n.category, lang), detail});
    }
    m_needsModel->setEntries(needs);
    QList<EntryListModel::Entry> referrals;
    for (const auto &r : std::as_const(m_contact.referrals)) {
        if (r.isInformationOnly())
            referrals.append({tr("Information"), r.information});
        else
            referrals.append({r.name, Contacts::PhoneNumber::format(r.phone)});
    }
    m_referralsModel->setEntries(referrals);
    QList<EntryListModel::Entry> unmet;
    for (const auto &u : std::as_const(m_contact.unmetNeeds)) {
        const QString what = vocabularyLabel(m_vocab.needCategories, u.category, lang);
        const QString why = Core::labelOf(u.reason);
        unmet.append({what, u.text.isEmpty() ? why : tr("%1: %2").arg(why, u.text)});
    }
    m_unmetModel->setEntries(unmet);
}

void ContactForm::addNeed()
{
    const QString category = m_needCategory->currentData().toString();
    if (category.isEmpty()) {
        // The rules explain; keep what was typed and send the keyboard where it is missing.
        if (QLabel *l = m_issues.label(QString::fromLatin1(Contacts::Field::Needs))) {
            l->setText(tr("Choose the category of the need first."));
            l->setVisible(true);
        }
        m_needCategory->setFocus();
        return;
    }
    m_contact.needs.append({category, m_needTaxonomy->text().trimmed(), m_needText->text().trimmed()});
    m_needTaxonomy->clear();
    m_needText->clear();
    m_needCategory->setCurrentIndex(0);
    refreshLists();
    m_needsView->setCurrentIndex(m_needsModel->index(m_needsModel->rowCount() - 1));
    if (QLabel *l = m_issues.label(QString::fromLatin1(Contacts::Field::Needs)))
        l->setVisible(false);
    m_needCategory->setFocus();
    Q_EMIT changed();
}

void ContactForm::addInformation()
{
    const QString text = m_information->text().trimmed();
    if (text.isEmpty())
        return;
    Core::Referral info;
    info.information = text;
    m_contact.referrals.append(info);
    m_information->clear();
    refreshLists();
    Q_EMIT changed();
}

void ContactForm::addReferral(const Core::Referral &referral)
{
    m_contact.referrals.append(referral);
    refreshLists();
    m_referralsView->setCurrentIndex(m_referralsModel->index(m_referralsModel->rowCount() - 1));
    if (QLabel *l = m_issues.label(QString::fromLatin1(Contacts::Field::Needs)))
        l->setVisible(false);
    Q_EMIT changed();
}

void ContactForm::addUnmet()
{
    const QString category = m_unmetCategory->currentData().toString();
    if (category.isEmpty()) {
        if (QLabel *l = m_issues.label(QString::fromLatin1(Contacts::Field::UnmetNeeds))) {
            l->setText(tr("Choose which need could not be met first."));
            l->setVisible(true);
        }
        m_unmetCategory->setFocus();
        return;
    }
    Core::UnmetNeed u;
    u.category = category;
    u.reason = enumOf(m_unmetReason, Core::UnmetReason::Other);
    u.text = m_unmetText->text().trimmed();
    m_contact.unmetNeeds.append(u);
    m_unmetText->clear();
    m_unmetCategory->setCurrentIndex(0);
    refreshLists();
    if (QLabel *l = m_issues.label(QString::fromLatin1(Contacts::Field::UnmetNeeds)))
        l->setVisible(false);
    m_unmetCategory->setFocus();
    Q_EMIT changed();
}

void ContactForm::removeSelected(QListView *view)
{
    const int row = view->currentIndex().row();
    if (row < 0)
        return;
    if (view == m_needsView && row < m_contact.needs.size())
        m_contact.needs.removeAt(row);
    else if (view == m_referralsView && row < m_contact.referrals.size())
        m_contact.referrals.removeAt(row);
    else if (view == m_unmetView && row < m_contact.unmetNeeds.size())
        m_contact.unmetNeeds.removeAt(row);
    else
        return;
    refreshLists();
    auto *model = view->model();
    if (model->rowCount() > 0)
        view->setCurrentIndex(model->index(std::min(row, model->rowCount() - 1), 0));
    Q_EMIT changed();
}

void ContactForm::checkPhone()
{
    const QString typed = m_phone->text().trimmed();
    QLabel *issue = m_issues.label(QString::fromLatin1(Contacts::Field::Phone));
    if (typed.isEmpty() || m_anonymous->isChecked()) {
        m_phoneHint->clear();
        issue->setVisible(false);
        if (!m_loading)
            Q_EMIT phoneConfirmed(QString());
        return;
    }
    const auto e164 = Contacts::PhoneNumber::normalise(typed);
    if (!e164) {
        m_phoneHint->clear();
        issue->setText(e164.error().message);
        issue->setVisible(true);
        return;
    }
    issue->setVisible(false);
    m_phoneHint->setText(tr("✓ %1").arg(Contacts::PhoneNumber::format(*e164)));
    if (!m_loading)
        Q_EMIT phoneConfirmed(*e164);
}

void ContactForm::applyAnonymous(bool anonymous)
{
    struct Field
    {
        const char *key;
        QLineEdit *edit;
    };
    if (anonymous) {
        // Keep what was typed in memory only, so unticking by mistake loses nothing.
        if (!m_phone->text().isEmpty())
            m_beforeAnonymous.insert(QStringLiteral("phone"), m_phone->text());
        if (!m_place->text().isEmpty())
            m_beforeAnonymous.insert(QStringLiteral("place"), m_place->text());
        if (!m_heardOf->currentData().toString().isEmpty())
            m_beforeAnonymous.insert(QStringLiteral("heardOf"), m_heardOf->currentData().toString());
        m_phone->clear();
        m_place->clear();
        m_heardOf->setCurrentIndex(0);
    } else if (!m_beforeAnonymous.isEmpty()) {
        m_phone->setText(m_beforeAnonymous.value(QStringLiteral("phone")));
        m_place->setText(m_beforeAnonymous.value(QStringLiteral("place")));
        m_heardOf->setCurrentIndex(
            std::max(0, m_heardOf->findData(m_beforeAnonymous.value(QStringLiteral("heardOf")))));
        m_beforeAnonymous.clear();
    }
    for (QWidget *w : {static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_place),
                       static_cast<QWidget *>(m_heardOf)})
        w->setEnabled(!anonymous);
    checkPhone();
}

void ContactForm::updateInterpreter()
{
    m_interpreterLanguage->setEnabled(m_interpreter->isChecked());
}

void ContactForm::showIssues(const QList<Contacts::FieldIssue> &issues)
{
    m_issues.show(issues);
}

void ContactForm::focusFirstField()
{
    m_channel->setFocus();
}

void ContactForm::focusField(const QString &field)
{
    if (field == QLatin1String(Contacts::Field::Needs))
        m_needCategory->setFocus();
    else if (field == QLatin1String(Contacts::Field::Referrals))
        m_information->setFocus();
    else if (field == QLatin1String(Contacts::Field::UnmetNeeds))
        m_unmetCategory->setFocus();
    else if (field == QLatin1String(Contacts::Field::Phone))
        m_phone->setFocus();
    else if (field == QLatin1String(Contacts::Field::Interpreter))
        m_interpreterLanguage->setFocus();
    else if (field == QLatin1String(Contacts::Field::Place))
        m_place->setFocus();
}

} // namespace Nav::Ui
