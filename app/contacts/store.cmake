# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Storage of contact records: contacts, follow-ups, surveys, drafts and the audit trail.
target_sources(nav_contacts PRIVATE
    contactservice.cpp
    contactstore.h contactstore.cpp
    draftstore.h draftstore.cpp
    audittrail.h audittrail.cpp
    storesql.h storesql.cpp
)
