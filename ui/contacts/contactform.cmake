# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# The contact record: intake form, wrap-up, the contact area.
target_sources(nav_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fieldissuelabels.h ${CMAKE_CURRENT_LIST_DIR}/fieldissuelabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/entrylistmodel.h ${CMAKE_CURRENT_LIST_DIR}/entrylistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enumcombo.h ${CMAKE_CURRENT_LIST_DIR}/enumcombo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contactform.h ${CMAKE_CURRENT_LIST_DIR}/contactform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wrapuppage.h ${CMAKE_CURRENT_LIST_DIR}/wrapuppage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contactpane.h ${CMAKE_CURRENT_LIST_DIR}/contactpane.cpp
)
