# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# The HSDS 3.0 read API (/hsds/): the real request pipeline in this process, over HTTP, against
# SQLite and against a real PostgreSQL cluster (skipped where PostgreSQL is not installed).
if(TARGET nav_server_harness)
    nav_add_test(NAME server.hsdsapi SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hsdsapi.cpp
        LIBS nav_server nav_server_harness Qt6::Sql LABELS integration TIMEOUT 300)
endif()
