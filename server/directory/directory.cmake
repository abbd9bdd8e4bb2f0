# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
target_sources(nav_server PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serverdirectory.h ${CMAKE_CURRENT_LIST_DIR}/serverdirectory.cpp)
