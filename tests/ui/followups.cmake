# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# The follow-up area on a real encrypted store: queue, outcome form, survey, screenshots.
nav_add_test(NAME ui.followups SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_followups.cpp
    LIBS nav_ui nav_contacts nav_storage nav_i18n Qt6::Widgets
    LABELS integration GUI TIMEOUT 300)
