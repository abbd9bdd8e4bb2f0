// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

namespace Nav::Core {
class LanguageManager;
class Preferences;
class SecretStore;
} // namespace Nav::Core
namespace Nav::Storage {
class EncryptedStore;
}

namespace Nav::Ui {

// What the shell needs, built by the composition root (app/main.cpp) or by a test.
struct ShellServices
{
    Storage::EncryptedStore &store;
    Core::Preferences &preferences;
    Core::LanguageManager &language;
};

} // namespace Nav::Ui
