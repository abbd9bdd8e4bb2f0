# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
nav_add_test(NAME ui.contactfinder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contactfinder.cpp
    LIBS nav_ui nav_contacts nav_storage nav_i18n Qt6::Widgets
    LABELS integration GUI)
