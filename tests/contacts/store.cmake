# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Storage of contact records: the service over a real encrypted store, and the crash test.
nav_add_test(NAME contacts.contactservice SOURCES tst_contactservice.cpp LIBS nav_contacts)
nav_add_test(NAME contacts.draftcrash SOURCES tst_draftcrash.cpp LIBS nav_contacts
    LABELS integration)
