// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"
#include "directory/store/servicerecord.h"

namespace Nav::Directory {

// What a contact record keeps of a service given as a referral: its id, and its name and phone
// as they are now (the directory may change later). Built from the redacted record, so nothing
// confidential can reach a referral, which may be read out or sent to the person. The name is
// in `lang`, falling back to the other language; the phone is the service's first voice line,
// else its organization's, else a location's.
Core::Referral referralSnapshot(const ServiceRecord &record, const QString &lang);

} // namespace Nav::Directory
