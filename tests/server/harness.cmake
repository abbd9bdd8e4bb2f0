# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# The server test harness: a real PostgreSQL 15 cluster, the real navigator-server binary and a
# real nginx with the shipped proxy snippet, all on 127.0.0.1 (tests/support/server/).
set(_harness_dir ${PROJECT_SOURCE_DIR}/tests/support/server)
add_library(nav_server_harness STATIC
    ${_harness_dir}/harnessutil.h ${_harness_dir}/harnessutil.cpp
    ${_harness_dir}/pgcluster.h ${_harness_dir}/pgcluster.cpp
    ${_harness_dir}/serverprocess.h ${_harness_dir}/serverprocess.cpp
    ${_harness_dir}/nginxproxy.h ${_harness_dir}/nginxproxy.cpp
    ${_harness_dir}/httpclient.h ${_harness_dir}/httpclient.cpp
)
target_include_directories(nav_server_harness PUBLIC ${PROJECT_SOURCE_DIR}/tests/support)
target_link_libraries(nav_server_harness PUBLIC Qt6::Core Qt6::Network Qt6::Test PRIVATE nav_defaults)
# Fallback for NginxProxy::snippetPath() when NAV_SOURCE_DIR is not in the environment.
target_compile_definitions(nav_server_harness PRIVATE NAV_HARNESS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# nav_add_server_test(NAME server.<unit> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s])
#   A test that uses the harness: links nav_server_harness and Qt6::Sql, is labelled
#   integration, and builds navigator-server first when that target exists.
function(nav_add_server_test)
    cmake_parse_arguments(S "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    set(timeout_args)
    if(S_TIMEOUT)
        set(timeout_args TIMEOUT ${S_TIMEOUT})
    endif()
    nav_add_test(NAME ${S_NAME} SOURCES ${S_SOURCES}
        LIBS nav_server_harness Qt6::Sql ${S_LIBS}
        LABELS integration ${S_LABELS} ${timeout_args})
    string(REPLACE "." ";" parts ${S_NAME})
    list(GET parts 1 unit)
    if(TARGET navigator-server)
        add_dependencies(tst_${unit} navigator-server)
    endif()
endfunction()

# The harness itself, without depending on the server (its last case skips when the binary is
# not built).
nav_add_test(NAME server.harness SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_harness.cpp
    LIBS nav_server_harness Qt6::Sql LABELS integration TIMEOUT 180)
