# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# The follow-up area: the queue, the outcome form and the survey form (also used by the wrap-up).
target_sources(nav_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/choicecombo.h
    ${CMAKE_CURRENT_LIST_DIR}/followupqueuemodel.h ${CMAKE_CURRENT_LIST_DIR}/followupqueuemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/surveyform.h ${CMAKE_CURRENT_LIST_DIR}/surveyform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/followupoutcomedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/followupoutcomedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/followuppane.h ${CMAKE_CURRENT_LIST_DIR}/followuppane.cpp
)
