# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Tests of the pure part of contact records: phone numbers, vocabularies, rules.
nav_add_test(NAME contacts.phonenumber SOURCES tst_phonenumber.cpp LIBS nav_contacts)
nav_add_test(NAME contacts.vocabularies SOURCES tst_vocabularies.cpp LIBS nav_contacts)
nav_add_test(NAME contacts.contactrules SOURCES tst_contactrules.cpp LIBS nav_contacts nav_i18n)
nav_add_test(NAME contacts.screenpop SOURCES tst_screenpop.cpp LIBS nav_contacts)
