# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
nav_add_test(NAME server.servercore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servercore.cpp LIBS nav_server)
