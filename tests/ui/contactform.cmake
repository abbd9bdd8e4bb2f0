# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
nav_add_test(NAME ui.contactpane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contactpane.cpp
    LIBS nav_ui nav_contacts nav_directory nav_storage nav_i18n Qt6::Widgets
    LABELS integration GUI TIMEOUT 300)
target_include_directories(tst_contactpane PRIVATE ${PROJECT_SOURCE_DIR}/tests/directory)
