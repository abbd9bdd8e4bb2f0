// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "platform/keychainsecretstore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using Nav::ErrorCode;
using Nav::Result;
using Nav::Platform::KeychainSecretStore;

namespace {

constexpr int kKeyringTimeoutMs = 15000;
// Set in a child copy of this binary: perform one read, print its outcome, exit.
constexpr char kProbeEnv[] = "NAV_KEYCHAIN_PROBE";
constexpr char kProbePrefix[] = "probe-result: ";

const QString kTestService = QStringLiteral("NavigatorTest");
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

QString uniqueName(const char *purpose)
{
    return QStringLiteral("tst/%1/%2")
        .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QByteArray binaryKey(char seed)
{
    // 32 bytes like a SQLCipher key, with NULs at the start, middle and end and 0xff bytes.
    QByteArray key(32, '\0');
    for (int i = 1; i < 31; ++i)
        key[i] = char((i * 37 + seed) & 0xff);
    key[16] = '\0';
    key[17] = char(0xff);
    return key;
}

// Blocking D-Bus helpers: fine in a test, never in the product.
QDBusMessage callSecretService(const QString &path, const QString &interface,
                               const QString &method, const QVariantList &arguments)
{
    QDBusMessage msg = QDBusMessage::createMethodCall(kSecrets, path, interface, method);
    msg.setArguments(arguments);
    return QDBusConnection::sessionBus().call(msg, QDBus::Block, kKeyringTimeoutMs);
}

QString defaultCollectionPath()
{
    const QDBusMessage reply = callSecretService(kSecretsPath, kServiceInterface,
                                                 QStringLiteral("ReadAlias"),
                                                 {QStringLiteral("default")});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusObjectPath>().path();
}

std::optional<bool> defaultCollectionLocked()
{
    const QDBusMessage reply = callSecretService(
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
        {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}

// org.freedesktop.Secret.Service.Lock: gnome-keyring locks without a prompt.
QString lockCollection(const QString &collection)
{
    const QDBusMessage reply = callSecretService(
        kSecretsPath, kServiceInterface, QStringLiteral("Lock"),
        {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)})});
    return reply.type() == QDBusMessage::ReplyMessage ? QString() : reply.errorMessage();
}

// Unlocking through the Secret Service API needs a prompt (a GUI). gnome-keyring's private
// interface takes the password directly, as a Secret struct (session, parameters, value,
// content type) bound to a "plain" session. `gnome-keyring-daemon --unlock` does not work for
// this: it starts a second daemon instead of unlocking the running one.
QString unlockCollection(const QString &collection, const QByteArray &password)
{
    const QDBusMessage session = callSecretService(
        kSecretsPath, kServiceInterface, QStringLiteral("OpenSession"),
        {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() < 2)
        return QStringLiteral("OpenSession failed: ") + session.errorMessage();
    const QDBusObjectPath sessionPath = session.arguments().at(1).value<QDBusObjectPath>();

    QDBusArgument secret;
    secret.beginStructure();
    secret << sessionPath << QByteArray() << password << QStringLiteral("text/plain");
    secret.endStructure();
    const QDBusMessage reply = callSecretService(
        kSecretsPath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"),
        {QVariant::fromValue(QDBusObjectPath(collection)), QVariant::fromValue(secret)});
    callSecretService(sessionPath.path(), QStringLiteral("org.freedesktop.Secret.Session"),
                      QStringLiteral("Close"), {});
    return reply.type() == QDBusMessage::ReplyMessage ? QString() : reply.errorMessage();
}

// The child side of the "no keyring service" tests.
int runProbe()
{
    int argc = 1;
    char name[] = "tst_keychainsecretstore-probe";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(kTestService);
    QFuture<Result<QByteArray>> future = store.readSecret(QStringLiteral("tst/probe"));
    future.then(&app, [](const Result<QByteArray> &result) {
        const QString line = result ? QStringLiteral("found")
                                    : Nav::errorCodeName(result.error().code) + QLatin1Char('|')
                                          + result.error().message;
        std::printf("%s%s\n", kProbePrefix, line.toUtf8().constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(kKeyringTimeoutMs, &app, [] {
        std::printf("%stimeout\n", kProbePrefix);
        std::fflush(stdout);
        QCoreApplication::exit(2);
    });
    return app.exec();
}

} // namespace

#define NAV_AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), kKeyringTimeoutMs)

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

public:
    // Runs before the QTest application exists; the probe child never gets to the tests.
    static void initMain()
    {
        if (qEnvironmentVariableIsSet(kProbeEnv))
            std::exit(runProbe());
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void backendNameIsSet();
    void writeThenReadBinaryKey();
    void overwriteReplacesSecret();
    void readMissingEntryIsSecretNotFound();
    void removeThenReadIsSecretNotFound();
    void removeAbsentEntrySucceeds();
    void queuedRequestsAllFinish();
    void futureFinishesAfterStoreIsDestroyed();
    void lockedKeyringIsReported();
    void noKeyringServiceIsUnavailable_data();
    void noKeyringServiceIsUnavailable();

private:
    bool write(const QString &name, const QByteArray &secret);

    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_names;
};

void tst_KeychainSecretStore::initTestCase()
{
    // Never touch a developer's real keyring: this test only runs in the harness session.
    if (!qEnvironmentVariableIsSet("NAV_TEST_KEYRING_PASSWORD"))
        QSKIP("run through ctest (tests/support/session.sh --keyring)");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QCOMPARE(defaultCollectionLocked(), std::optional<bool>(false));
    m_store = std::make_unique<KeychainSecretStore>(kTestService);
}

void tst_KeychainSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &name : std::as_const(m_names)) {
        auto future = m_store->removeSecret(name);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), kKeyringTimeoutMs);
    }
}

bool tst_KeychainSecretStore::write(const QString &name, const QByteArray &secret)
{
    m_names.append(name);
    auto future = m_store->writeSecret(name, secret);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kKeyringTimeoutMs))
        return false;
    const Result<void> result = future.result();
    if (!result)
        qWarning() << "write failed:" << result.error().detail;
    return result.has_value();
}

void tst_KeychainSecretStore::backendNameIsSet()
{
    KeychainSecretStore store(kTestService);
    QVERIFY(!store.backendName().isEmpty());
    QTRY_COMPARE(store.backendName(), QStringLiteral("GNOME Keyring (Secret Service)"));
}

void tst_KeychainSecretStore::writeThenReadBinaryKey()
{
    const QString name = uniqueName("binary");
    const QByteArray key = binaryKey(1);
    QCOMPARE(key.size(), 32);
    QCOMPARE(key.count('\0'), 3);
    QVERIFY(write(name, key));

    auto future = m_store->readSecret(name);
    NAV_AWAIT(future);
    const Result<QByteArray> result = future.result();
    QVERIFY2(result.has_value(), qPrintable(result.error().detail));
    QCOMPARE(result->toHex(), key.toHex());
}

void tst_KeychainSecretStore::overwriteReplacesSecret()
{
    const QString name = uniqueName("overwrite");
    QVERIFY(write(name, binaryKey(1)));
    QVERIFY(write(name, binaryKey(2)));

    auto future = m_store->readSecret(name);
    NAV_AWAIT(future);
    QVERIFY(future.result().has_value());
    QCOMPARE(future.result()->toHex(), binaryKey(2).toHex());
}

void tst_KeychainSecretStore::readMissingEntryIsSecretNotFound()
{
    auto future = m_store->readSecret(uniqueName("missing"));
    NAV_AWAIT(future);
    const Result<QByteArray> result = future.result();
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::SecretNotFound);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(result.error().detail.contains(QLatin1String("tst/missing/")));
}

void tst_KeychainSecretStore::removeThenReadIsSecretNotFound()
{
    const QString name = uniqueName("remove");
    QVERIFY(write(name, binaryKey(3)));

    auto removal = m_store->removeSecret(name);
    NAV_AWAIT(removal);
    QVERIFY(removal.result().has_value());

    auto read = m_store->readSecret(name);
    NAV_AWAIT(read);
    QVERIFY(!read.result().has_value());
    QCOMPARE(read.result().error().code, ErrorCode::SecretNotFound);
}

void tst_KeychainSecretStore::removeAbsentEntrySucceeds()
{
    auto future = m_store->removeSecret(uniqueName("absent"));
    NAV_AWAIT(future);
    QVERIFY(future.result().has_value());
}

void tst_KeychainSecretStore::queuedRequestsAllFinish()
{
    // QtKeychain runs one job at a time; requests issued together must all complete, in order.
    const QString a = uniqueName("queued-a");
    const QString b = uniqueName("queued-b");
    m_names << a << b;
    auto writeA = m_store->writeSecret(a, binaryKey(4));
    auto writeB = m_store->writeSecret(b, binaryKey(5));
    auto readA = m_store->readSecret(a);
    auto readB = m_store->readSecret(b);
    NAV_AWAIT(readB);
    QTRY_VERIFY(writeA.isFinished() && writeB.isFinished() && readA.isFinished());
    QVERIFY(writeA.result().has_value());
    QVERIFY(writeB.result().has_value());
    QVERIFY(readA.result().has_value());
    QVERIFY(readB.result().has_value());
    QCOMPARE(readA.result()->toHex(), binaryKey(4).toHex());
    QCOMPARE(readB.result()->toHex(), binaryKey(5).toHex());
}

void tst_KeychainSecretStore::futureFinishesAfterStoreIsDestroyed()
{
    const QString name = uniqueName("orphan");
    m_names << name;
    auto store = std::make_unique<KeychainSecretStore>(kTestService);
    auto future = store->writeSecret(name, binaryKey(6));
    store.reset();
    NAV_AWAIT(future);
    QVERIFY(future.result().has_value());

    auto read = m_store->readSecret(name);
    NAV_AWAIT(read);
    QVERIFY(read.result().has_value());
}

void tst_KeychainSecretStore::lockedKeyringIsReported()
{
    const QString collection = defaultCollectionPath();
    QVERIFY(!collection.isEmpty());
    const QString existing = uniqueName("locked-existing");
    QVERIFY(write(existing, binaryKey(7)));

    QCOMPARE(lockCollection(collection), QString());
    // Whatever happens below, later tests need the keyring open again.
    auto unlock = qScopeGuard([&] {
        unlockCollection(collection, qgetenv("NAV_TEST_KEYRING_PASSWORD"));
    });
    QCOMPARE(defaultCollectionLocked(), std::optional<bool>(true));

    const QString lockedMessage = QStringLiteral(
        "The keyring is locked. Unlock it (log in to your desktop session or open your keyring) "
        "and try again.");

    // QtKeychain says "not found" here; the store must see through it.
    auto read = m_store->readSecret(existing);
    NAV_AWAIT(read);
    QVERIFY(!read.result().has_value());
    QCOMPARE(read.result().error().code, ErrorCode::KeychainLocked);
    QCOMPARE(read.result().error().message, lockedMessage);

    const QString fresh = uniqueName("locked-new");
    m_names << fresh;
    auto write = m_store->writeSecret(fresh, binaryKey(8));
    NAV_AWAIT(write);
    QVERIFY(!write.result().has_value());
    QCOMPARE(write.result().error().code, ErrorCode::KeychainLocked);
    QCOMPARE(write.result().error().message, lockedMessage);

    // gnome-keyring answers "done" to a removal in a locked collection and removes nothing.
    auto removal = m_store->removeSecret(existing);
    NAV_AWAIT(removal);
    QVERIFY(!removal.result().has_value());
    QCOMPARE(removal.result().error().code, ErrorCode::KeychainLocked);

    unlock.dismiss();
    QCOMPARE(unlockCollection(collection, qgetenv("NAV_TEST_KEYRING_PASSWORD")), QString());
    QCOMPARE(defaultCollectionLocked(), std::optional<bool>(false));

    // Unlocked again: the entry survived the refused removal and the store works normally.
    auto again = m_store->readSecret(existing);
    NAV_AWAIT(again);
    QVERIFY2(again.result().has_value(), qPrintable(again.result().error().detail));
    QCOMPARE(again.result()->toHex(), binaryKey(7).toHex());
}

void tst_KeychainSecretStore::noKeyringServiceIsUnavailable_data()
{
    QTest::addColumn<QString>("busAddress"); // "" = unset; "private" = a bus without the service

    QTest::newRow("bus address points nowhere") << QStringLiteral("unix:path=/nonexistent");
    QTest::newRow("no bus address, no X11 to autolaunch one") << QString();
    QTest::newRow("bus without a Secret Service") << QStringLiteral("private");
}

void tst_KeychainSecretStore::noKeyringServiceIsUnavailable()
{
    QFETCH(QString, busAddress);

    QTemporaryDir runtimeDir;
    QVERIFY(runtimeDir.isValid());
    QProcess bus;
    auto stopBus = qScopeGuard([&] {
        if (bus.state() != QProcess::NotRunning) {
            bus.kill();
            bus.waitForFinished();
        }
    });
    if (busAddress == QLatin1String("private")) {
        // A session bus that activates nothing: like a desktop without any keyring.
        const QString config = runtimeDir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC"
                   " \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type>"
                   "<listen>unix:dir=" + runtimeDir.path().toUtf8() + "</listen>"
                   "<policy context=\"default\"><allow send_destination=\"*\"/>"
                   "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                   QStringLiteral("--config-file=") + config});
        QVERIFY2(bus.waitForStarted(), qPrintable(bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), kKeyringTimeoutMs);
        busAddress = QString::fromUtf8(bus.readLine().trimmed());
        QVERIFY(!busAddress.isEmpty());
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kProbeEnv), QStringLiteral("read"));
    // No X11 and an empty runtime dir: nothing from which a bus could be found or autolaunched.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
    if (busAddress.isEmpty())
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, kKeyringTimeoutMs + 5000);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    const qsizetype at = output.indexOf(QLatin1String(kProbePrefix));
    QVERIFY2(at >= 0, qPrintable(output + errors));
    const QString line = output.mid(at + qsizetype(sizeof(kProbePrefix) - 1)).section(u'\n', 0, 0);
    QCOMPARE(line.section(u'|', 0, 0), Nav::errorCodeName(ErrorCode::KeychainUnavailable));
    QVERIFY2(line.section(u'|', 1).startsWith(QLatin1String("No keyring is available.")),
             qPrintable(line + QLatin1Char('\n') + errors));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
