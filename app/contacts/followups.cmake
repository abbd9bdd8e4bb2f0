# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
# Follow-ups: the watcher that tells the workstation when one falls due.
target_sources(nav_contacts PRIVATE
    followupwatcher.h followupwatcher.cpp
)
