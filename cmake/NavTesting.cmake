# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# nav_add_test(NAME <area>.<unit> SOURCES ... [LIBS ...] [LABELS ...]
#              [GUI] [KEYRING] [TIMEOUT seconds])
#   Builds one QTest executable tst_<unit> and registers it with ctest as <area>.<unit>.
#   GUI:     run under Xvfb (tests/support/session.sh --xvfb); implies a private D-Bus session.
#   KEYRING: run inside dbus-run-session with a fresh, unlocked gnome-keyring and private HOME.
#   Every test gets QT_PLUGIN_PATH (our QSQLCIPHER driver), NAV_SOURCE_DIR and NAV_ARTIFACT_DIR
#   (screenshots and reports a person can look at: <build>/test-artifacts).

set(NAV_ARTIFACT_DIR ${CMAKE_BINARY_DIR}/test-artifacts)
set(NAV_SESSION_SCRIPT ${PROJECT_SOURCE_DIR}/tests/support/session.sh)

function(nav_add_test)
    cmake_parse_arguments(T "GUI;KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    string(REPLACE "." ";" parts ${T_NAME})
    list(GET parts 0 area)
    list(GET parts 1 unit)
    set(exe tst_${unit})
    add_executable(${exe} ${T_SOURCES})
    target_link_libraries(${exe} PRIVATE nav_defaults Qt6::Test ${T_LIBS})
    target_include_directories(${exe} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    set_target_properties(${exe} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)

    set(cmd $<TARGET_FILE:${exe}>)
    set(labels ${area} ${T_LABELS})
    if(T_GUI)
        set(cmd ${NAV_SESSION_SCRIPT} --xvfb --keyring -- ${cmd})
        list(APPEND labels gui)
    elseif(T_KEYRING)
        set(cmd ${NAV_SESSION_SCRIPT} --keyring -- ${cmd})
    endif()
    if(NOT T_LABELS)
        list(APPEND labels unit)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${cmd})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(platform offscreen)
    if(T_GUI)
        set(platform xcb)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_PLUGIN_PATH=${NAV_PLUGIN_OUTPUT_DIR};NAV_SOURCE_DIR=${PROJECT_SOURCE_DIR};NAV_ARTIFACT_DIR=${NAV_ARTIFACT_DIR};NAV_BUILD_DIR=${CMAKE_BINARY_DIR};QT_QPA_PLATFORM=${platform}")
endfunction()
