// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/telephony/phonesettingsdialog.h"

#include "contacts/phonenumber.h"
#include "telephony/qtaudioendpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {
QComboBox *deviceCombo(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(24);
    return c;
}

// A number to call: an extension as typed, anything else to E.164 (empty stays empty).
bool normaliseLine(QString &number, QString *error)
{
    static const QRegularExpression extension(QStringLiteral("^[0-9]{1,6}$"));
    if (number.isEmpty() || extension.match(number).hasMatch())
        return true;
    const auto e164 = Contacts::PhoneNumber::normalise(number);
    if (!e164) {
        *error = e164.error().message;
        return false;
    }
    number = *e164;
    return true;
}

void selectData(QComboBox *combo, const QByteArray &id, const QString &missingText)
{
    int at = combo->findData(id);
    if (at < 0 && !id.isEmpty()) {
        // chosen before but not plugged in now: keep the choice, say so
        combo->addItem(missingText, id);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, at));
}
} // namespace

PhoneSettingsDialog::PhoneSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("phoneSettingsDialog"));
    auto *form = new QFormLayout;
    const auto row = [this, form](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_registrar = new QLineEdit(this);
    m_registrar->setObjectName(QStringLiteral("sipRegistrarEdit"));
    m_registrar->setPlaceholderText(QStringLiteral("pbx.example.org:5060"));
    row(m_registrarLabel, m_registrar);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("sipUserEdit"));
    row(m_userLabel, m_user);
    m_authUser = new QLineEdit(this);
    m_authUser->setObjectName(QStringLiteral("sipAuthUserEdit"));
    row(m_authUserLabel, m_authUser);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sipPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    row(m_passwordLabel, m_password);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("sipDisplayNameEdit"));
    row(m_nameLabel, m_displayName);
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("sipTransportCombo"));
    m_transport->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    m_transport->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_transport->addItem(QString(), QStringLiteral("tls"));
    row(m_transportLabel, m_transport);
    {
        auto *box = new QWidget(this);
        auto *line = new QHBoxLayout(box);
        line->setContentsMargins(0, 0, 0, 0);
        m_authorities = new QLineEdit(box);
        m_authorities->setObjectName(QStringLiteral("trustedAuthoritiesEdit"));
        m_browseAuthorities = new QPushButton(box);
        m_browseAuthorities->setObjectName(QStringLiteral("browseAuthoritiesButton"));
        line->addWidget(m_authorities, 1);
        line->addWidget(m_browseAuthorities);
        m_authoritiesLabel = new QLabel(this);
        m_authoritiesLabel->setBuddy(m_authorities);
        form->addRow(m_authoritiesLabel, box);
        connect(m_browseAuthorities, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Trusted certificate authority"), m_authorities->text(),
                tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
            if (!file.isEmpty())
                m_authorities->setText(file);
        });
        const auto tlsOnly = [this] {
            const bool tls = m_transport->currentData().toString() == u"tls";
            m_authorities->setEnabled(tls);
            m_browseAuthorities->setEnabled(tls);
        };
        connect(m_transport, &QComboBox::currentIndexChanged, this, tlsOnly);
        tlsOnly();
    }
    m_stun = new QLineEdit(this);
    m_stun->setObjectName(QStringLiteral("stunServerEdit"));
    row(m_stunLabel, m_stun);
    m_srtp = new QComboBox(this);
    m_srtp->setObjectName(QStringLiteral("srtpCombo"));
    for (const char *code : {"off", "optional", "required"})
        m_srtp->addItem(QString(), QString::fromLatin1(code));
    row(m_srtpLabel, m_srtp);
    m_forward = new QLineEdit(this);
    m_forward->setObjectName(QStringLiteral("forwardToEdit"));
    row(m_forwardLabel, m_forward);
    m_interpreter = new QLineEdit(this);
    m_interpreter->setObjectName(QStringLiteral("interpreterLineEdit"));
    row(m_interpreterLabel, m_interpreter);
    m_codes = new QLineEdit(this);
    m_codes->setObjectName(QStringLiteral("interpreterCodesEdit"));
    // language codes read the same in both languages (names work too: see the tooltip)
    m_codes->setPlaceholderText(QStringLiteral("es=1, ar=2, zh=3"));
    row(m_codesLabel, m_codes);
    m_input = deviceCombo(this, "inputDeviceCombo");
    row(m_inputLabel, m_input);
    m_output = deviceCombo(this, "outputDeviceCombo");
    row(m_outputLabel, m_output);
    m_ringing = deviceCombo(this, "ringingDeviceCombo");
    row(m_ringingLabel, m_ringing);
    m_echo = new QCheckBox(this);
    m_echo->setObjectName(QStringLiteral("echoCancellationCheck"));
    form->addRow(QString(), m_echo);
    m_noise = new QCheckBox(this);
    m_noise->setObjectName(QStringLiteral("noiseSuppressionCheck"));
    form->addRow(QString(), m_noise);
    m_opus = new QCheckBox(this);
    m_opus->setObjectName(QStringLiteral("preferOpusCheck"));
    form->addRow(QString(), m_opus);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("phoneSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("phoneSettingsOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PhoneSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhoneSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void PhoneSettingsDialog::fillDevices()
{
    // the first entry (the default) is named by retranslateUi(), which setSettings() calls next
    const auto fill = [](QComboBox *combo, const QList<Telephony::QtAudioEndpoint::Device> &devices) {
        combo->clear();
        combo->addItem(QString(), QByteArray());
        for (const auto &d : devices)
            combo->addItem(d.name, d.id);
    };
    fill(m_input, Telephony::QtAudioEndpoint::inputDevices());
    fill(m_output, Telephony::QtAudioEndpoint::outputDevices());
    fill(m_ringing, Telephony::QtAudioEndpoint::outputDevices());
    const QString missing = tr("Chosen device (not connected now)");
    selectData(m_input, m_loaded.inputDevice, missing);
    selectData(m_output, m_loaded.outputDevice, missing);
    selectData(m_ringing, m_loaded.ringingDevice, missing);
}

void PhoneSettingsDialog::setSettings(const Telephony::PhoneSettings &s, bool hasPassword)
{
    m_loaded = s;
    m_hasPassword = hasPassword;
    m_registrar->setText(s.account.registrar);
    m_user->setText(s.account.user);
    m_authUser->setText(s.account.authUser);
    m_password->clear();
    m_displayName->setText(s.account.displayName);
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(transportCode(s.account.transport))));
    m_authorities->setText(s.account.trustedAuthorities);
    m_stun->setText(s.account.stunServer);
    m_srtp->setCurrentIndex(std::max(0, m_srtp->findData(Telephony::srtpModeCode(s.account.srtp))));
    m_forward->setText(s.forwardTo);
    m_interpreter->setText(s.interpreterLine);
    m_codes->setText(s.interpreterCodes);
    m_echo->setChecked(s.account.echoCancellation);
    m_noise->setChecked(s.account.noiseSuppression);
    m_opus->setChecked(s.account.preferOpus);
    m_error->hide();
    fillDevices();
    retranslateUi();
}

Telephony::PhoneSettings PhoneSettingsDialog::settings() const
{
    Telephony::PhoneSettings s = m_loaded;
    s.account.registrar = m_registrar->text().trimmed();
    s.account.user = m_user->text().trimmed();
    s.account.authUser = m_authUser->text().trimmed();
    s.account.displayName = m_displayName->text().trimmed();
    s.account.transport = Telephony::transportFromCode(m_transport->currentData().toString());
    s.account.srtp = Telephony::srtpModeFromCode(m_srtp->currentData().toString());
    s.account.trustedAuthorities = m_authorities->text().trimmed();
    s.account.stunServer = m_stun->text().trimmed();
    s.account.password.clear();
    s.forwardTo = m_forward->text().trimmed();
    s.interpreterLine = m_interpreter->text().trimmed();
    s.interpreterCodes = m_codes->text().trimmed();
    s.account.echoCancellation = m_echo->isChecked();
    s.account.noiseSuppression = m_noise->isChecked();
    s.account.preferOpus = m_opus->isChecked();
    s.inputDevice = m_input->currentData().toByteArray();
    s.outputDevice = m_output->currentData().toByteArray();
    s.ringingDevice = m_ringing->currentData().toByteArray();
    return s;
}

QString PhoneSettingsDialog::newPassword() const
{
    return m_password->text();
}

void PhoneSettingsDialog::accept()
{
    Telephony::PhoneSettings s = settings();
    QString problem;
    QWidget *field = nullptr;
    const bool empty = s.account.registrar.isEmpty() && s.account.user.isEmpty();
    if (!empty) {
        Telephony::SipAccount check = s.account;
        check.password = QStringLiteral("x");
        if (const auto valid = check.validate(); !valid) {
            problem = valid.error().message;
            Telephony::SipAccount noFile = check;
            noFile.trustedAuthorities.clear();
            Telephony::SipAccount noStun = check;
            noStun.stunServer.clear();
            Telephony::SipAccount registrarOnly = noFile;
            registrarOnly.user = QStringLiteral("x");
            registrarOnly.authUser.clear();
            field = noStun.validate()           ? static_cast<QWidget *>(m_stun)
                    : noFile.validate()         ? static_cast<QWidget *>(m_authorities)
                    : registrarOnly.validate() ? static_cast<QWidget *>(m_user)
                                               : m_registrar;
        } else if (!m_hasPassword && m_password->text().isEmpty()) {
            problem = tr("Password: enter the password of your extension.");
            field = m_password;
        }
    }
    if (problem.isEmpty() && !normaliseLine(s.forwardTo, &problem)) {
        problem = tr("Forward calls to: %1").arg(problem);
        field = m_forward;
    }
    if (problem.isEmpty() && !normaliseLine(s.interpreterLine, &problem)) {
        problem = tr("Interpreter line: %1").arg(problem);
        field = m_interpreter;
    }
    int rejected = 0;
    s.interpreterLanguages(&rejected);
    if (problem.isEmpty() && rejected > 0) {
        problem = tr("Language codes: write each as language=digits, separated by commas "
                     "(for example Spanish=1, Arabic=2).");
        field = m_codes;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        if (field)
            field->setFocus();
        return;
    }
    m_error->hide();
    Q_EMIT settingsAccepted(s, m_password->text());
    m_password->clear();
    QDialog::accept();
}

void PhoneSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PhoneSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Phone settings"));
    m_registrarLabel->setText(tr("Phone &system:"));
    m_registrar->setToolTip(tr("The address of your call centre's phone system (registrar), a "
                               "host name or an IP address, with \":port\" when it is not 5060"));
    m_userLabel->setText(tr("E&xtension:"));
    m_authUserLabel->setText(tr("&Authentication user:"));
    m_authUser->setPlaceholderText(tr("Same as the extension"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(m_hasPassword ? tr("Kept in the keychain; type to change it")
                                                 : QString());
    m_nameLabel->setText(tr("&Name shown to callees:"));
    m_transportLabel->setText(tr("&Transport:"));
    m_transport->setItemText(2, tr("TLS (encrypted)"));
    m_transport->setToolTip(tr("How Navigator talks to the phone system. TLS encrypts the call "
                               "set-up, the numbers dialled and the call encryption keys; the "
                               "phone system's port is then usually 5061."));
    m_authoritiesLabel->setText(tr("Trusted aut&horities:"));
    m_authorities->setPlaceholderText(tr("This computer's authorities only"));
    m_authorities->setToolTip(tr("For TLS: the certificate file (PEM) of your centre's own "
                                 "certificate authority, when the phone system's certificate "
                                 "does not come from a public one"));
    m_browseAuthorities->setText(tr("Bro&wse…"));
    m_stunLabel->setText(tr("ST&UN server:"));
    m_stun->setPlaceholderText(tr("None: the phone system is reached directly"));
    m_stun->setToolTip(tr("For a computer behind a home or hotel router (NAT): a STUN server "
                          "(host[:port], port 3478 when not given) tells Navigator the public "
                          "address the other side must send the sound to"));
    m_srtpLabel->setText(tr("Call encr&yption:"));
    m_srtp->setItemText(0, tr("Off"));
    m_srtp->setItemText(1, tr("When the other side can (SRTP)"));
    m_srtp->setItemText(2, tr("Required (SRTP only)"));
    m_srtp->setToolTip(tr("Encrypts the voice of calls (SRTP). \"Required\" refuses calls with "
                          "phones that cannot encrypt. The keys travel in the call set-up: choose "
                          "the TLS transport so that they are encrypted too."));
    m_forwardLabel->setText(tr("&Forward calls to:"));
    m_forward->setPlaceholderText(tr("Empty: busy signal while you are not available"));
    m_interpreterLabel->setText(tr("&Interpreter line:"));
    m_interpreter->setPlaceholderText(tr("The tele-interpreter service's number"));
    m_codesLabel->setText(tr("Lan&guage codes:"));
    m_codes->setToolTip(tr("The digits the interpreter line's menu asks for each language, "
                           "for example Spanish=1, Arabic=2"));
    m_inputLabel->setText(tr("&Microphone:"));
    m_outputLabel->setText(tr("Spea&ker or headset:"));
    m_ringingLabel->setText(tr("&Ringing on:"));
    m_echo->setText(tr("Cancel the &echo of the other party's voice"));
    m_echo->setToolTip(tr("Keeps what your speakers play from going back to the caller through "
                          "your microphone; not needed with a headset, harmless with one"));
    m_noise->setText(tr("Reduce &background noise"));
    m_opus->setText(tr("Prefer the &Opus codec"));
    m_opus->setToolTip(tr("Opus needs about a third of the bandwidth of G.711 and recovers better from lost "
                          "packets: for a weak or shared connection. The phone system must "
                          "support it; otherwise G.711 is used."));
    m_noise->setToolTip(tr("Lowers steady noise (fans, air conditioning, a busy room) in what "
                           "you send"));
    m_note->setText(tr("The password is kept in the system keychain, never in the settings "
                       "file. Leave the phone system and extension empty to turn the phone off."));
    // the devices' first entries (fillDevices() leaves them unnamed)
    if (m_input->count() > 0)
        m_input->setItemText(0, tr("System default"));
    if (m_output->count() > 0)
        m_output->setItemText(0, tr("System default"));
    if (m_ringing->count() > 0)
        m_ringing->setItemText(0, tr("Same as the speaker"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Nav::Ui
