# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Compiler flags and definitions every Navigator target gets, through nav_target_defaults().

add_library(nav_defaults INTERFACE)
target_compile_definitions(nav_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS QT_NO_FOREACH
    NAV_VERSION="${PROJECT_VERSION}")
target_compile_options(nav_defaults INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
    -Wnon-virtual-dtor -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(NAV_WARNINGS_AS_ERRORS)
    target_compile_options(nav_defaults INTERFACE -Werror)
endif()
if(NAV_SANITIZE)
    target_compile_options(nav_defaults INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(nav_defaults INTERFACE -fsanitize=address,undefined)
endif()
