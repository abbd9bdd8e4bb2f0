# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# Fault tests of the real navigator-server binary: SIGKILL in the middle of a contact upload,
# abusive and slow clients, PostgreSQL going away (server.faults); the server behind a real
# nginx with the shipped proxy snippet (server.nginx). nav_add_server_test (harness.cmake)
# links the harness and builds navigator-server first.
nav_add_server_test(NAME server.faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_serverfaults.cpp
    TIMEOUT 400)
find_package(ZLIB REQUIRED) # the nginx test decodes gzip with zlib itself
nav_add_server_test(NAME server.nginx SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servernginx.cpp
    LIBS ZLIB::ZLIB TIMEOUT 300)
