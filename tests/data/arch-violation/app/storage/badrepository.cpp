// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// Fixture for arch.layering_detects: a storage file that breaks rule 1 twice.
#include <QMessageBox>
#include "ui/mainwindow.h"
