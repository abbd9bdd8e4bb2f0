<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Nav::Core::Preferences</name>
    <message>
        <location filename="../app/core/preferences.cpp" line="+99"/>
        <source>Enter a full address such as https://navigator.example.org</source>
        <translation>Entrez une adresse complète, par exemple https://navigator.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use https:// — plain http:// is only allowed for a server on this computer.</source>
        <translation>Utilisez https:// — http:// n’est permis que pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https://</source>
        <translation>L’adresse doit commencer par https://</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A certificate fingerprint is 64 hexadecimal characters (SHA-256), colons allowed.</source>
        <translation>Une empreinte de certificat compte 64 caractères hexadécimaux (SHA-256); les deux-points sont permis.</translation>
    </message>
</context>
<context>
    <name>Nav::Platform::KeychainSecretStore</name>
    <message>
        <location filename="../app/platform/keychainsecretstore.cpp" line="+33"/>
        <source>The keyring request was abandoned.</source>
        <translation>La demande au trousseau de clés a été abandonnée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The keyring is locked. Unlock it (log in to your desktop session or open your keyring) and try again.</source>
        <translation>Le trousseau de clés est verrouillé. Déverrouillez-le (ouvrez une session sur votre bureau ou ouvrez votre trousseau) et réessayez.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No secret with this name is stored in the keyring.</source>
        <translation>Aucun secret de ce nom n’est enregistré dans le trousseau de clés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring refused access. Allow Navigator to use the keyring and try again.</source>
        <translation>Le trousseau de clés a refusé l’accès. Autorisez Navigator à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keyring reported an unexpected error. Try again; if it keeps failing, log out and back in to restart it.</source>
        <translation>Le trousseau de clés a signalé une erreur inattendue. Réessayez; si l’erreur persiste, fermez puis rouvrez votre session pour le redémarrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keyring is available. Navigator keeps its encryption key in the system keyring: open a desktop session with GNOME Keyring, KWallet or another Secret Service and try again.</source>
        <translation>Aucun trousseau de clés n’est disponible. Navigator conserve sa clé de chiffrement dans le trousseau du système&#xa0;: ouvrez une session de bureau avec GNOME Keyring, KWallet ou un autre service Secret Service et réessayez.</translation>
    </message>
</context>
<context>
    <name>Nav::Storage::Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+29"/>
        <source>The key in the keychain does not open this data file. The file may belong to another installation, or the keychain entry was replaced.</source>
        <translation>La clé du trousseau n’ouvre pas ce fichier de données. Le fichier provient peut-être d’une autre installation, ou l’entrée du trousseau a été remplacée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encryption is not available: the database library loaded is not SQLCipher. Navigator refuses to store data unencrypted. Reinstall Navigator.</source>
        <translation>Le chiffrement n’est pas disponible&#xa0;: la bibliothèque de base de données chargée n’est pas SQLCipher. Navigator refuse d’enregistrer des données non chiffrées. Réinstallez Navigator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file could not be opened: %1</source>
        <translation>Le fichier de données n’a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The encrypted database driver (QSQLCIPHER) is missing from this installation. Reinstall Navigator.</source>
        <translation>Le pilote de base de données chiffrée (QSQLCIPHER) est absent de cette installation. Réinstallez Navigator.</translation>
    </message>
    <message>
        <location filename="../app/storage/migration.cpp" line="+24"/>
        <source>The data file could not be read.</source>
        <translation>Le fichier de données n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This version of Navigator is damaged (schema steps out of order). Reinstall it.</source>
        <translation>Cette version de Navigator est endommagée (étapes du schéma dans le désordre). Réinstallez-la.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile was last used by a newer version of Navigator (data version %1; this version knows up to %2). Install the newer version; nothing was changed.</source>
        <translation>Ce profil a été utilisé en dernier par une version plus récente de Navigator (version des données %1; cette version connaît jusqu’à %2). Installez la version plus récente; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updating the data file to version %1 failed; it was left as it was (version %2).</source>
        <translation>La mise à jour du fichier de données vers la version %1 a échoué; il est resté tel quel (version %2).</translation>
    </message>
    <message>
        <location filename="../app/storage/profile.cpp" line="+26"/>
        <source>The profile folder %1 cannot be created. Check that the disk is writable or choose another folder with --profile.</source>
        <translation>Le dossier de profil %1 ne peut pas être créé. Vérifiez que le disque est accessible en écriture ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigator is already running with this profile. Switch to the open window, or close it first.</source>
        <translation>Navigator est déjà ouvert avec ce profil. Passez à la fenêtre ouverte, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile description cannot be read.</source>
        <translation>La description du profil ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile description (%1) is damaged. Restore it from a backup, or use another profile folder.</source>
        <translation>La description du profil (%1) est endommagée. Restaurez-la à partir d’une sauvegarde, ou utilisez un autre dossier de profil.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The unreadable data file could not be renamed. Nothing was changed. Check the permissions of the profile folder.</source>
        <translation>Le fichier de données illisible n’a pas pu être renommé. Rien n’a été modifié. Vérifiez les permissions du dossier de profil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>The profile description cannot be written.</source>
        <translation>La description du profil ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/transaction.cpp" line="+18"/>
        <source>The data file is busy; please try again.</source>
        <translation>Le fichier de données est occupé; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving failed; nothing was changed.</source>
        <translation>L’enregistrement a échoué; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>A database statement failed.</source>
        <translation>Une instruction de base de données a échoué.</translation>
    </message>
</context>
<context>
    <name>Nav::Storage::EncryptedStore</name>
    <message>
        <location filename="../app/storage/encryptedstore.cpp" line="+55"/>
        <source>The keychain entry for this profile is damaged (it is not a 256-bit key).</source>
        <translation>L’entrée du trousseau pour ce profil est endommagée (ce n’est pas une clé de 256 bits).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data file of this profile is missing. It may have been moved or deleted. Put it back and retry, or start a fresh profile.</source>
        <translation>Le fichier de données de ce profil est introuvable. Il a peut-être été déplacé ou supprimé. Remettez-le en place et réessayez, ou repartez avec un nouveau profil.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key that unlocks this profile&apos;s data is not in your keychain. If your keychain is locked, unlock it and retry. If the keychain was reset, the data cannot be read without the old key.</source>
        <translation>La clé qui déverrouille les données de ce profil n’est pas dans votre trousseau. Si votre trousseau est verrouillé, déverrouillez-le et réessayez. Si le trousseau a été réinitialisé, les données ne peuvent pas être lues sans l’ancienne clé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file of this profile and its key are both missing. Put the file back and retry, or start a fresh profile.</source>
        <translation>Le fichier de données de ce profil et sa clé sont tous deux introuvables. Remettez le fichier en place et réessayez, ou repartez avec un nouveau profil.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The data file could not be read.</source>
        <translation>Le fichier de données n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+42"/>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigator %1
Qt %2 (built with %3)
SQLCipher %4 (SQLite %5)
Keychain: %6</source>
        <translation>Navigator %1
Qt %2 (compilé avec %3)
SQLCipher %4 (SQLite %5)
Trousseau&#xa0;: %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Navigator</source>
        <translation>À propos de Navigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workstation for 211 information-and-referral navigators.</source>
        <translation>Le poste de travail des intervenantes et intervenants d’information et de référence du 211.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+83"/>
        <source>The unreadable data file was kept as %1 in the profile folder.</source>
        <translation>Le fichier de données illisible a été conservé sous le nom %1 dans le dossier du profil.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact record</source>
        <translation>&amp;Fiche de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Directory</source>
        <translation>&amp;Répertoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Navigator — demonstration profile</source>
        <translation>Navigator — profil de démonstration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Navigator</source>
        <translation>À &amp;propos de Navigator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening your encrypted data…</source>
        <translation>Ouverture de vos données chiffrées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile: %1 (demo)</source>
        <translation>Profil&#xa0;: %1 (démo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data: opening…</source>
        <translation>Données&#xa0;: ouverture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data: encrypted, open</source>
        <translation>Données&#xa0;: chiffrées, ouvertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data: not available</source>
        <translation>Données&#xa0;: non disponibles</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="+60"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile folder</source>
        <translation>Dossier du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile type</source>
        <translation>Type de profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demonstration profile (fictitious data only)</source>
        <translation>Profil de démonstration (données fictives seulement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Encrypted with SQLCipher %1 (SQLite %2), data version %3</source>
        <translation>Chiffré avec SQLCipher %1 (SQLite %2), version des données %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not open</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept in the system keychain (%1)</source>
        <translation>Conservée dans le trousseau du système (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central server</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not configured (File ▸ Settings)</source>
        <translation>Non configuré (Fichier ▸ Paramètres)</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+162"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As colleagues know you</source>
        <translation>Comme vos collègues vous connaissent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Empreinte du certificat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a self-signed server (SHA-256)</source>
        <translation>Seulement pour un serveur autosigné (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords and keys are never saved in settings: Navigator keeps them in the system keychain.</source>
        <translation>Les mots de passe et les clés ne sont jamais enregistrés dans les paramètres&#xa0;: Navigator les conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+72"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::StoreErrorPage</name>
    <message>
        <location filename="../ui/storeerrorpage.cpp" line="+100"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set aside and start fresh…</source>
        <translation>&amp;Mettre de côté et repartir à neuf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code for support: %1</source>
        <translation>Code d’erreur pour le soutien technique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your keychain is locked</source>
        <translation>Votre trousseau de clés est verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigator keeps the key to your encrypted data in the system keychain, and the keychain is locked.</source>
        <translation>Navigator conserve la clé de vos données chiffrées dans le trousseau du système, et ce trousseau est verrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock your keychain (for example by logging in to your desktop session again), then choose Retry.</source>
        <translation>Déverrouillez votre trousseau (par exemple en ouvrant de nouveau votre session), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available</source>
        <translation>Le trousseau du système n’est pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigator keeps the key to your encrypted data in the system keychain (Secret Service), and no keychain answered.</source>
        <translation>Navigator conserve la clé de vos données chiffrées dans le trousseau du système (Secret Service), et aucun trousseau n’a répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure you are logged in to a desktop session with a keyring service (for example GNOME Keyring), then choose Retry.</source>
        <translation>Assurez-vous d’avoir ouvert une session de bureau avec un service de trousseau (par exemple GNOME Keyring), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this keeps happening, contact your administrator.</source>
        <translation>Si le problème persiste, communiquez avec votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was refused</source>
        <translation>L’accès au trousseau a été refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused to give Navigator the key to your data.</source>
        <translation>Le trousseau du système a refusé de donner à Navigator la clé de vos données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Navigator when the keychain asks, then choose Retry.</source>
        <translation>Autorisez Navigator lorsque le trousseau le demande, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key for this profile is missing</source>
        <translation>La clé de ce profil est introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile has an encrypted data file, but its key is not in your keychain.</source>
        <translation>Ce profil a un fichier de données chiffré, mais sa clé n’est pas dans votre trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the keychain is locked or was restored from a backup, unlock or restore it and choose Retry.</source>
        <translation>Si le trousseau est verrouillé ou a été restauré à partir d’une sauvegarde, déverrouillez-le ou restaurez-le, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise the data cannot be read. You can set the unreadable file aside (it is kept, renamed) and start a fresh, empty profile.</source>
        <translation>Sinon, les données ne peuvent pas être lues. Vous pouvez mettre le fichier illisible de côté (il est conservé sous un autre nom) et repartir avec un nouveau profil vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key does not open this data file</source>
        <translation>La clé n’ouvre pas ce fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key in your keychain does not match this profile&apos;s encrypted data file. The file may come from another computer, or the keychain entry was replaced.</source>
        <translation>La clé de votre trousseau ne correspond pas au fichier de données chiffré de ce profil. Le fichier provient peut-être d’un autre ordinateur, ou l’entrée du trousseau a été remplacée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you restored the file or the keychain from a backup, restore the matching one and choose Retry.</source>
        <translation>Si vous avez restauré le fichier ou le trousseau à partir d’une sauvegarde, restaurez celui qui correspond, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise you can set the unreadable file aside (it is kept, renamed) and start a fresh, empty profile.</source>
        <translation>Sinon, vous pouvez mettre le fichier illisible de côté (il est conservé sous un autre nom) et repartir avec un nouveau profil vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file is missing</source>
        <translation>Le fichier de données est introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile had an encrypted data file and it is no longer in the profile folder. Navigator will not silently create an empty one.</source>
        <translation>Ce profil avait un fichier de données chiffré, et il n’est plus dans le dossier du profil. Navigator n’en créera pas un vide à votre insu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the file back (navigator.db) and choose Retry.</source>
        <translation>Remettez le fichier en place (navigator.db), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or start a fresh, empty profile.</source>
        <translation>Ou repartez avec un nouveau profil vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption is not available</source>
        <translation>Le chiffrement n’est pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigator refuses to store personal data without encryption. Reinstall Navigator or contact your administrator.</source>
        <translation>Navigator refuse d’enregistrer des renseignements personnels sans chiffrement. Réinstallez Navigator ou communiquez avec votre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigator is already running with this profile</source>
        <translation>Navigator est déjà ouvert avec ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the window that is already open, or close it and choose Retry.</source>
        <translation>Passez à la fenêtre déjà ouverte, ou fermez-la et choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file could not be updated</source>
        <translation>Le fichier de données n’a pas pu être mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Contact your administrator.</source>
        <translation>Rien n’a été modifié. Communiquez avec votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data could not be opened</source>
        <translation>Vos données n’ont pas pu être ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Retry. If this keeps happening, contact your administrator.</source>
        <translation>Choisissez Réessayer. Si le problème persiste, communiquez avec votre administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start a fresh profile?</source>
        <translation>Repartir avec un nouveau profil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the unreadable data file aside and start a fresh, empty profile?</source>
        <translation>Mettre le fichier de données illisible de côté et repartir avec un nouveau profil vide?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not deleted: it is renamed to navigator.db.unreadable-&lt;date&gt; in the profile folder, and its old key is kept in the keychain, so it can still be recovered. The new profile starts empty.</source>
        <translation>Le fichier n’est pas supprimé&#xa0;: il est renommé navigator.db.unreadable-&lt;date&gt; dans le dossier du profil, et son ancienne clé est conservée dans le trousseau; il pourra donc encore être récupéré. Le nouveau profil commence vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set aside and start fresh</source>
        <translation>Mettre de côté et repartir à neuf</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
        <source>Navigator: the workstation for 211 information-and-referral navigators.</source>
        <translation>Navigator&#xa0;: le poste de travail des intervenantes et intervenants d’information et de référence du 211.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this profile&apos;s data in &lt;dir&gt; (default: the per-user data folder).</source>
        <translation>Conserver les données de ce profil dans &lt;dossier&gt; (par défaut&#xa0;: le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in &lt;lang&gt;: fr or en (default: the saved choice, else the system language).</source>
        <translation>Démarrer en &lt;langue&gt;&#xa0;: fr ou en (par défaut&#xa0;: le choix enregistré, sinon la langue du système).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a demonstration profile: it is labelled as such everywhere and must hold fictitious data only.</source>
        <translation>Utiliser un profil de démonstration&#xa0;: il est signalé comme tel partout et ne doit contenir que des données fictives.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>navigator: --lang takes fr or en, not &quot;%1&quot;.</source>
        <translation>navigator&#xa0;: --lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo Navigator</source>
        <translation>Intervenante démo</translation>
    </message>
</context>
</TS>
