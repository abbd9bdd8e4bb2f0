// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>

namespace Nav::Test {

// A throw-away certificate authority and server certificates made with the openssl command
// (package openssl), for TLS tests on loopback. Everything is written into `dir`.
struct TestPki
{
    QString caCertificate;   // ca.pem: what a client must trust
    QString dir;

    // A CA (ca.pem, ca.key) in `dir`; false with a reason.
    bool create(const QString &dir, QString *error);
    // A server certificate signed by the CA for `subjectAltName` ("IP:127.0.0.1",
    // "DNS:pbx.example.org"): <name>.pem and <name>.key in the folder.
    bool issue(const QString &name, const QString &subjectAltName, QString *error) const;
    QString certificate(const QString &name) const;
    QString key(const QString &name) const;
};

} // namespace Nav::Test
