# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Finding contacts: recent contacts and search by phone, dates and disposition.
target_sources(nav_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contactlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/contactlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contactfinder.h ${CMAKE_CURRENT_LIST_DIR}/contactfinder.cpp
)
