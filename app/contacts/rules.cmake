# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# The pure part of contact records: rules, phone numbers, bilingual vocabularies.
target_sources(nav_contacts PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contactrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phonenumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vocabularies.cpp
)

# libphonenumber (Debian libphonenumber-dev) ships neither a CMake package nor a .pc file.
# Its headers include protobuf-generated code, so protobuf is linked as well; ICU and abseil
# are private dependencies of the shared library and need nothing here.
find_library(NAV_PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_path(NAV_PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
pkg_check_modules(NAV_PROTOBUF REQUIRED IMPORTED_TARGET protobuf)
target_include_directories(nav_contacts SYSTEM PRIVATE ${NAV_PHONENUMBER_INCLUDE_DIR})
target_link_libraries(nav_contacts PRIVATE ${NAV_PHONENUMBER_LIBRARY} PkgConfig::NAV_PROTOBUF)

# The library has no version API: record the package version (or the .so suffix) for About.
set(nav_phonenumber_version "")
find_program(NAV_DPKG_QUERY dpkg-query)
if(NAV_DPKG_QUERY)
    execute_process(COMMAND ${NAV_DPKG_QUERY} -W -f=\${Version} libphonenumber-dev
        OUTPUT_VARIABLE nav_phonenumber_version ERROR_QUIET RESULT_VARIABLE nav_dpkg_rc)
    if(NOT nav_dpkg_rc EQUAL 0)
        set(nav_phonenumber_version "")
    endif()
endif()
if(nav_phonenumber_version STREQUAL "")
    get_filename_component(nav_phonenumber_real ${NAV_PHONENUMBER_LIBRARY} REALPATH)
    if(nav_phonenumber_real MATCHES "\\.so\\.([0-9.]+)$")
        set(nav_phonenumber_version ${CMAKE_MATCH_1})
    else()
        set(nav_phonenumber_version unknown)
    endif()
endif()
string(STRIP "${nav_phonenumber_version}" nav_phonenumber_version)
message(STATUS "libphonenumber version: ${nav_phonenumber_version}")
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/phonenumber.cpp PROPERTIES
    COMPILE_DEFINITIONS NAV_LIBPHONENUMBER_VERSION="${nav_phonenumber_version}")

# Bundled bilingual lists, at :/contacts/...
qt_add_resources(nav_contacts nav_contacts_vocabularies
    PREFIX /contacts
    BASE ${PROJECT_SOURCE_DIR}/resources/contacts
    FILES ${PROJECT_SOURCE_DIR}/resources/contacts/need-categories.csv
          ${PROJECT_SOURCE_DIR}/resources/contacts/languages.csv
          ${PROJECT_SOURCE_DIR}/resources/contacts/heard-of.csv)

# Screen-pops from a centre's own phone system (navigator://contact?ani=…).
target_sources(nav_contacts PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/screenpop.h ${CMAKE_CURRENT_LIST_DIR}/screenpop.cpp)
