# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Follow-ups: the watcher over a real ContactService on a real encrypted store.
nav_add_test(NAME contacts.followupwatcher SOURCES tst_followupwatcher.cpp LIBS nav_contacts)
