# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# API v1 over HTTP against the real server binary (SQLite and PostgreSQL), and the
# authorization matrix (every role against every endpoint, confidential directory fields).
find_package(ZLIB REQUIRED)
nav_add_server_test(NAME server.api
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_serverapi.cpp ${CMAKE_CURRENT_LIST_DIR}/serverfixture.h
    LIBS nav_directory ZLIB::ZLIB TIMEOUT 300)
nav_add_server_test(NAME server.authz
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_authz.cpp ${CMAKE_CURRENT_LIST_DIR}/serverfixture.h
    TIMEOUT 240)
