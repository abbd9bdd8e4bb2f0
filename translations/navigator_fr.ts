<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/navigatorcli.cpp" line="+106"/>
        <source>--profile DIR is required.</source>
        <translation>L’option --profile DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>--server URL is required.</source>
        <translation>--server URL est obligatoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--user NAME is required with a password.</source>
        <translation>--user NOM est obligatoire avec un mot de passe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>directory: page %1 applied, %2 changes, cursor %3</source>
        <translation>répertoire&#xa0;: page %1 appliquée, %2 changements, curseur %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>directory: %1 updated or added, %2 retired, cursor %3</source>
        <translation>répertoire&#xa0;: %1 mis à jour ou ajoutés, %2 retirés, curseur %3</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>directory: %n active service(s) on this workstation</source>
        <translation>
            <numerusform>répertoire&#xa0;: %n service actif sur ce poste</numerusform>
            <numerusform>répertoire&#xa0;: %n services actifs sur ce poste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>outbox: %n sent</source>
        <translation>
            <numerusform>boîte d’envoi&#xa0;: %n envoyé</numerusform>
            <numerusform>boîte d’envoi&#xa0;: %n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imported: %1  updated: %2  unchanged: %3  retired: %4  quarantined: %5</source>
        <translation>importés&#xa0;: %1  mis à jour&#xa0;: %2  inchangés&#xa0;: %3  retirés&#xa0;: %4  mis en quarantaine&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 services in %2 ms (%3 services/s)</source>
        <translation>%1 services en %2 ms (%3 services/s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quarantine report: %1</source>
        <translation>rapport de quarantaine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: import --profile DIR --format hsds|icarol|airs [--report FILE] PATH</source>
        <translation>utilisation&#xa0;: import --profile DOSSIER --format hsds|icarol|airs [--report FICHIER] CHEMIN</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: places --profile DIR MUNICIPALITIES.csv [FSA.csv]</source>
        <translation>utilisation&#xa0;: places --profile DOSSIER MUNICIPALITÉS.csv [RTA.csv]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>places: %1</source>
        <translation>places&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--services takes a positive number.</source>
        <translation>--services exige un nombre positif.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown place &quot;%1&quot;: give a municipality or a postal code (e.g. H2X or K1P 1J1).</source>
        <translation>Lieu inconnu «&#xa0;%1&#xa0;»&#xa0;: indiquez une municipalité ou un code postal (p. ex. H2X ou K1P 1J1).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n résultat en %1 ms</numerusform>
            <numerusform>%n résultats en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also searched for: %1</source>
        <translation>aussi recherché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open now</source>
        <translation>ouvert maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed now</source>
        <translation>fermé maintenant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Navigator&apos;s command-line companion.

Commands:
  import   import a resource file (HSDS JSON or tabular package, iCarol CSV, AIRS XML)
  search   search the directory
  places   load municipalities and postal-code prefixes for --near
  demo     fill the profile with a generated demonstration directory
  sync     sign in to the central server, receive directory changes, send the outbox
           (the password is read from standard input)</source>
        <translation>Le compagnon en ligne de commande de Navigator.

Commandes&#xa0;:
  import   importer un fichier de ressources (HSDS JSON ou paquet tabulaire, CSV iCarol, XML AIRS)
  search   chercher dans le répertoire
  places   charger les municipalités et les préfixes de codes postaux pour --near
  demo     remplir le profil d’un répertoire de démonstration généré
  sync     se connecter au serveur central, recevoir les changements du répertoire, envoyer la boîte d’envoi
           (le mot de passe est lu sur l’entrée standard)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import, search, places, demo or sync</source>
        <translation>import, search, places, demo ou sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile folder.</source>
        <translation>Le dossier du profil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import: hsds, icarol or airs.</source>
        <translation>import&#xa0;: hsds, icarol ou airs.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import: where to write the quarantine report (CSV).</source>
        <translation>import&#xa0;: où enregistrer le rapport de quarantaine (CSV).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: the reader&apos;s language, fr or en.</source>
        <translation>search&#xa0;: la langue de lecture, fr ou en.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: a municipality or postal code to measure distance from.</source>
        <translation>search&#xa0;: une municipalité ou un code postal à partir duquel mesurer la distance.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: with --near, only services within this many km.</source>
        <translation>search&#xa0;: avec --near, seulement les services situés dans ce rayon (en km).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only services open now.</source>
        <translation>search&#xa0;: seulement les services ouverts maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only free services.</source>
        <translation>search&#xa0;: seulement les services gratuits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: a taxonomy code (repeatable).</source>
        <translation>search&#xa0;: un code de taxonomie (option répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>search: a language of service, ISO 639 (repeatable).</source>
        <translation>search&#xa0;: une langue de service, ISO 639 (option répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: the person&apos;s age.</source>
        <translation>search&#xa0;: l’âge de la personne.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: how many results (default 50).</source>
        <translation>search&#xa0;: nombre de résultats (50 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>search: show confidential addresses and phones (cleared staff only).</source>
        <translation>search&#xa0;: afficher les adresses et numéros de téléphone confidentiels (personnel autorisé seulement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: print JSON.</source>
        <translation>search&#xa0;: afficher le résultat en JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo: how many services (default 2000).</source>
        <translation>demo&#xa0;: nombre de services (2000 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo: the generator&apos;s seed (default 211).</source>
        <translation>demo&#xa0;: le germe du générateur (211 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync: the central server&apos;s address.</source>
        <translation>sync&#xa0;: l’adresse du serveur central.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync: the user name to sign in with.</source>
        <translation>sync&#xa0;: le nom d’utilisateur pour se connecter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync: directory changes per page (default 500).</source>
        <translation>sync&#xa0;: changements du répertoire par page (500 par défaut).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»; voir --help.</translation>
    </message>
</context>
<context>
    <name>Nav::Contacts</name>
    <message>
        <location filename="../app/contacts/screenpop.cpp" line="+43"/>
        <source>This is not a Navigator link: it must start with navigator://contact?</source>
        <translation>Ce n’est pas un lien Navigator&#xa0;: il doit commencer par navigator://contact?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigator links can only open a contact (navigator://contact?ani=…).</source>
        <translation>Les liens Navigator ne peuvent ouvrir qu’un contact (navigator://contact?ani=…).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ani: &quot;%1&quot; is not a phone number; type the caller&apos;s number in the form.</source>
        <translation>ani&#xa0;: «&#xa0;%1&#xa0;» n’est pas un numéro de téléphone&#xa0;; tapez le numéro de l’appelant dans le formulaire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>callStart: &quot;%1&quot; is not a date and time (ISO 8601 expected, e.g. 2026-11-23T14:05:00-05:00), so the contact starts now.</source>
        <translation>callStart&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et une heure (ISO 8601 attendu, p. ex. 2026-11-23T14:05:00-05:00)&#xa0;; le contact commence donc maintenant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>callStart: %1 is not within the last day, so the contact starts now; check the phone system&apos;s clock.</source>
        <translation>callStart&#xa0;: %1 ne se situe pas dans les dernières 24 heures&#xa0;; le contact commence donc maintenant. Vérifiez l’horloge du système téléphonique.</translation>
    </message>
</context>
<context>
    <name>Nav::Contacts::ContactRules</name>
    <message>
        <location filename="../app/contacts/contactrules.cpp" line="+61"/>
        <source>An anonymous contact cannot keep a phone number.</source>
        <translation>Un contact anonyme ne peut pas conserver de numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An anonymous contact cannot keep a place.</source>
        <translation>Un contact anonyme ne peut pas conserver de lieu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An anonymous contact cannot keep how the person heard of 211.</source>
        <translation>Un contact anonyme ne peut pas conserver la façon dont la personne a connu le 211.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end time is before the start time.</source>
        <translation>L’heure de fin est antérieure à l’heure de début.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose how the contact ended before closing it.</source>
        <translation>Choisissez l’issue du contact avant de le fermer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start time is missing.</source>
        <translation>L’heure de début est manquante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end time is missing: record when the contact ended.</source>
        <translation>L’heure de fin est manquante&#xa0;: indiquez quand le contact a pris fin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A completed contact needs at least one need, referral or piece of information given.</source>
        <translation>Un contact terminé doit comporter au moins un besoin, une orientation ou une information donnée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need %1 has no category.</source>
        <translation>Le besoin %1 n’a pas de catégorie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information given %1 is empty: write what was given.</source>
        <translation>L’information donnée %1 est vide&#xa0;: inscrivez ce qui a été donné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral %1 has no service name.</source>
        <translation>L’orientation %1 n’a pas de nom de service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unmet need %1 has no category.</source>
        <translation>Le besoin non comblé %1 n’a pas de catégorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the interpreter&apos;s language.</source>
        <translation>Choisissez la langue de l’interprète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a crisis contact: propose a follow-up and record whether the person agreed.</source>
        <translation>Il s’agit d’un contact de crise&#xa0;: proposez un suivi et indiquez si la personne l’a accepté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A follow-up by phone or text needs the person&apos;s phone number.</source>
        <translation>Un suivi par téléphone ou par texto exige le numéro de téléphone de la personne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record whether the person agreed to a follow-up.</source>
        <translation>Indiquez si la personne a accepté un suivi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the date of the follow-up.</source>
        <translation>Choisissez la date du suivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up date is in the past.</source>
        <translation>La date du suivi est passée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preferred time window must start before it ends.</source>
        <translation>La plage horaire souhaitée doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for the follow-up.</source>
        <translation>Indiquez la raison du suivi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers can be recorded only if the person agreed to the survey.</source>
        <translation>Les réponses ne peuvent être consignées que si la personne a accepté le sondage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how satisfied the person is.</source>
        <translation>Choisissez le degré de satisfaction de la personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the survey was not offered.</source>
        <translation>Indiquez pourquoi le sondage n’a pas été proposé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe the other reason the survey was not offered.</source>
        <translation>Décrivez l’autre raison pour laquelle le sondage n’a pas été proposé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A survey that was not offered cannot have answers.</source>
        <translation>Un sondage qui n’a pas été proposé ne peut pas avoir de réponses.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The person was not reached: answers about recommendations, needs and new referrals cannot be recorded.</source>
        <translation>La personne n’a pas été jointe&#xa0;: les réponses sur les recommandations, les besoins et les nouvelles orientations ne peuvent pas être consignées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say whether the person followed the recommendations.</source>
        <translation>Indiquez si la personne a suivi les recommandations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say whether the person&apos;s needs were met.</source>
        <translation>Indiquez si les besoins de la personne ont été comblés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose why the needs were not met.</source>
        <translation>Choisissez pourquoi les besoins n’ont pas été comblés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is recorded only when the needs were not met.</source>
        <translation>Une raison n’est consignée que si les besoins n’ont pas été comblés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New referral %1 is empty.</source>
        <translation>La nouvelle orientation %1 est vide.</translation>
    </message>
</context>
<context>
    <name>Nav::Contacts::ContactService</name>
    <message>
        <location filename="../app/contacts/contactstore.cpp" line="+72"/>
        <source>A stored contact could not be read.</source>
        <translation>Un contact enregistré n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This contact is not in the store.</source>
        <translation>Ce contact ne figure pas dans les données enregistrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This follow-up is not in the store.</source>
        <translation>Ce suivi ne figure pas dans les données enregistrées.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A stored follow-up could not be read.</source>
        <translation>Un suivi enregistré n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+490"/>
        <location line="+15"/>
        <source>The contact cannot be saved:</source>
        <translation>Le contact ne peut pas être enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The contact cannot be closed:</source>
        <translation>Le contact ne peut pas être fermé&#xa0;:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Type at least four digits of the phone number.</source>
        <translation>Entrez au moins quatre chiffres du numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The outcome cannot be recorded:</source>
        <translation>Le résultat ne peut pas être consigné&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This follow-up is already closed.</source>
        <translation>Ce suivi est déjà fermé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The survey cannot be saved:</source>
        <translation>Le sondage ne peut pas être enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A follow-up cannot be linked to the contact it follows up.</source>
        <translation>Un suivi ne peut pas être lié au contact dont il est le suivi.</translation>
    </message>
    <message>
        <location filename="../app/contacts/draftstore.cpp" line="+16"/>
        <source>A draft needs an identifier.</source>
        <translation>Un brouillon doit avoir un identifiant.</translation>
    </message>
</context>
<context>
    <name>Nav::Contacts::PhoneNumber</name>
    <message>
        <location filename="../app/contacts/phonenumber.cpp" line="+80"/>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+44"/>
        <source>The phone number is too long.</source>
        <translation>Le numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+37"/>
        <source>The country code is not valid. Start international numbers with + and the country code, or with 011.</source>
        <translation>L’indicatif de pays n’est pas valide. Commencez les numéros internationaux par + et l’indicatif de pays, ou par 011.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+35"/>
        <source>The phone number is too short: check that no digit is missing.</source>
        <translation>Le numéro de téléphone est trop court&#xa0;: vérifiez qu’il ne manque aucun chiffre.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This is not a phone number. Type only the number: digits, spaces, dashes, dots or brackets.</source>
        <translation>Ce n’est pas un numéro de téléphone. Entrez seulement le numéro&#xa0;: chiffres, espaces, tirets, points ou parenthèses.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An extension cannot be saved with the phone number. Remove the extension from this field and write it in the notes.</source>
        <translation>Un poste ne peut pas être enregistré avec le numéro de téléphone. Retirez le poste de ce champ et inscrivez-le dans les notes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The area code is missing: type the full number with its area code.</source>
        <translation>L’indicatif régional est manquant&#xa0;: entrez le numéro complet avec son indicatif régional.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone number does not have the right number of digits.</source>
        <translation>Le numéro de téléphone n’a pas le bon nombre de chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone number is too long. To dial abroad from Canada, start with 011 or + instead of 00.</source>
        <translation>Le numéro de téléphone est trop long. Pour appeler à l’étranger depuis le Canada, commencez par 011 ou + au lieu de 00.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This phone number does not exist: check the area code and the digits.</source>
        <translation>Ce numéro de téléphone n’existe pas&#xa0;: vérifiez l’indicatif régional et les chiffres.</translation>
    </message>
</context>
<context>
    <name>Nav::Contacts::Vocabularies</name>
    <message>
        <location filename="../app/contacts/vocabularies.cpp" line="+72"/>
        <source>Line %1 of the list “%2”: %3</source>
        <translation>Ligne %1 de la liste «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list “%1” cannot be opened.</source>
        <translation>La liste «&#xa0;%1&#xa0;» ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text is not UTF-8.</source>
        <translation>le texte n’est pas en UTF-8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a quotation mark is not closed or misplaced.</source>
        <translation>un guillemet n’est pas fermé ou est mal placé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first row must be the header “code,english,french”.</source>
        <translation>la première ligne doit être l’en-tête «&#xa0;code,english,french&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>three columns are needed: code, English, French.</source>
        <translation>trois colonnes sont nécessaires&#xa0;: code, anglais, français.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code must be letters, digits, dashes or underscores.</source>
        <translation>le code ne doit contenir que des lettres, des chiffres, des tirets ou des traits de soulignement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the English label is empty.</source>
        <translation>le libellé anglais est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the French label is empty.</source>
        <translation>le libellé français est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code “%1” is already used above.</source>
        <translation>le code «&#xa0;%1&#xa0;» est déjà utilisé plus haut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list “%1” has no entries.</source>
        <translation>La liste «&#xa0;%1&#xa0;» ne contient aucune entrée.</translation>
    </message>
</context>
<context>
    <name>Nav::Core::AgentState</name>
    <message>
        <location filename="../app/core/agentstate.cpp" line="+45"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>Nav::Core::ContactText</name>
    <message>
        <location filename="../app/core/contact.cpp" line="+45"/>
        <source>Call</source>
        <comment>channel</comment>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <comment>channel</comment>
        <translation>Clavardage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <comment>channel</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <comment>channel</comment>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <comment>channel</comment>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <comment>channel</comment>
        <translation>Formulaire Web</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbound</source>
        <comment>direction</comment>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <comment>direction</comment>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <comment>direction</comment>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>English</source>
        <comment>service language</comment>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>service language</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>service language</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>caller type</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self</source>
        <comment>caller type</comment>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family or friend</source>
        <comment>caller type</comment>
        <translation>Famille ou ami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional or agency</source>
        <comment>caller type</comment>
        <translation>Professionnel ou organisme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woman</source>
        <comment>gender</comment>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <comment>gender</comment>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another gender</source>
        <comment>gender</comment>
        <translation>Autre genre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>age group</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth (under 18)</source>
        <comment>age group</comment>
        <translation>Jeune (moins de 18 ans)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adult</source>
        <comment>age group</comment>
        <translation>Adulte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senior (65+)</source>
        <comment>age group</comment>
        <translation>Aîné (65 ans et plus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <comment>disposition</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>disposition</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robocall / auto-dialer</source>
        <comment>disposition</comment>
        <translation>Appel automatisé / composeur automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static / silence</source>
        <comment>disposition</comment>
        <translation>Friture / silence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam / prank</source>
        <comment>disposition</comment>
        <translation>Indésirable / canular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned (disconnected before being served)</source>
        <comment>disposition</comment>
        <translation>Abandonné (coupé avant d’être servi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong number</source>
        <comment>disposition</comment>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No service exists</source>
        <comment>unmet reason</comment>
        <translation>Aucun service existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <comment>unmet reason</comment>
        <translation>Non admissible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting list</source>
        <comment>unmet reason</comment>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <comment>unmet reason</comment>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <comment>unmet reason</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transportation</source>
        <comment>unmet reason</comment>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full / no capacity</source>
        <comment>unmet reason</comment>
        <translation>Complet / aucune place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined by the person</source>
        <comment>unmet reason</comment>
        <translation>Refusé par la personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>unmet reason</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone call</source>
        <comment>follow-up method</comment>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <comment>follow-up method</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <comment>follow-up method</comment>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Me</source>
        <comment>follow-up assignee</comment>
        <translation>Moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team queue</source>
        <comment>follow-up assignee</comment>
        <translation>File de l’équipe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <comment>follow-up status</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>follow-up status</comment>
        <translation>Effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <comment>follow-up status</comment>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>follow-up status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reached</source>
        <comment>follow-up reach</comment>
        <translation>Personne jointe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <comment>follow-up reach</comment>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail left</source>
        <comment>follow-up reach</comment>
        <translation>Message laissé (messagerie vocale)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>recommendations followed</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <comment>recommendations followed</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some</source>
        <comment>recommendations followed</comment>
        <translation>Certaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <comment>recommendations followed</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>answer</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <comment>answer</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <comment>answer</comment>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <comment>answer</comment>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <comment>satisfaction</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very satisfied</source>
        <comment>satisfaction</comment>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied</source>
        <comment>satisfaction</comment>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not satisfied</source>
        <comment>satisfaction</comment>
        <translation>Insatisfait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No reason given</source>
        <comment>survey not asked</comment>
        <translation>Aucune raison donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis</source>
        <comment>survey not asked</comment>
        <translation>Crise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person had to go</source>
        <comment>survey not asked</comment>
        <translation>La personne devait partir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not appropriate</source>
        <comment>survey not asked</comment>
        <translation>Inapproprié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language barrier</source>
        <comment>survey not asked</comment>
        <translation>Barrière linguistique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>survey not asked</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>The saved record cannot be read: the field “%1” is not valid.</source>
        <translation>La fiche enregistrée ne peut pas être lue&#xa0;: le champ «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Nav::Core::Preferences</name>
    <message>
        <location filename="../app/core/preferences.cpp" line="+113"/>
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
    <name>Nav::Directory</name>
    <message>
        <location filename="../app/directory/demo/places.cpp" line="+62"/>
        <source>Line %1 of %2: %3</source>
        <translation>Ligne %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/directory/store/directorystore.cpp" line="+39"/>
        <source>The directory could not be saved; nothing was changed.</source>
        <translation>Le répertoire n’a pas pu être enregistré; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::AirsImporter</name>
    <message>
        <location filename="../app/directory/importers/airs/airsimporter.cpp" line="+262"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1=&quot;%2&quot; is not true or false; it was read as true, so the information is kept confidential.</source>
        <translation>%1=&quot;%2&quot; n’est ni true ni false; la valeur a été interprétée comme true, donc l’information reste confidentielle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1=&quot;%2&quot; is not true or false; it was read as false.</source>
        <translation>%1=&quot;%2&quot; n’est ni true ni false; la valeur a été interprétée comme false.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status=&quot;%1&quot; is not a status Navigator knows (expected active, inactive or defunct); the record was imported as active.</source>
        <translation>Status=&quot;%1&quot; n’est pas un statut connu de Navigator (attendu&#xa0;: active, inactive ou defunct); la fiche a été importée avec le statut active.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD); the date was left out.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date (format attendu&#xa0;: YYYY-MM-DD); la date a été omise.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>%1 %2 &quot;%3&quot; is not a time (expected HH:MM or HH:MM:SS); those hours were left out.</source>
        <translation>%1 %2 «&#xa0;%3&#xa0;» n’est pas une heure (format attendu&#xa0;: HH:MM ou HH:MM:SS); ces heures d’ouverture ont été omises.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Language &quot;%1&quot; is not a language Navigator knows; it was kept without a language code.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas une langue connue de Navigator; elle a été conservée sans code de langue.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Latitude &quot;%1&quot; and longitude &quot;%2&quot; are not coordinates (expected numbers from -90 to 90 and -180 to 180); the coordinates were left out.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» et la longitude «&#xa0;%2&#xa0;» ne sont pas des coordonnées valides (nombres attendus de -90 à 90 et de -180 à 180); les coordonnées ont été omises.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Taxonomy code &quot;%1&quot; is not a taxonomy code (expected a code such as BD-1800.2000); the code was left out.</source>
        <translation>Le code de taxonomie «&#xa0;%1&#xa0;» n’est pas valide (code attendu, par exemple BD-1800.2000); le code a été omis.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1=&quot;%2&quot; is not an age in years; it was left out.</source>
        <translation>%1=&quot;%2&quot; n’est pas un âge en années; la valeur a été omise.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The agency has no Key, so it cannot be matched with later imports.</source>
        <translation>L’organisme n’a pas de clé (champ Key); il ne pourra donc pas être reconnu lors des prochaines importations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key %1 is already used by the agency on line %2; this agency was not imported.</source>
        <translation>La clé (Key) %1 est déjà utilisée par l’organisme de la ligne %2; cet organisme n’a pas été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agency has no Name.</source>
        <translation>L’organisme n’a pas de nom (champ Name).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Its agency (%1) was not imported (see the agency&apos;s entry).</source>
        <translation>L’organisme parent (%1) n’a pas été importé (voir l’entrée de cet organisme).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service group has no Key, so no service can refer to it; it was left out.</source>
        <translation>Le groupe de services n’a pas de clé (champ Key); aucun service ne peut donc y faire référence. Il a été omis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This service group Key is used twice in the file; the second group was left out.</source>
        <translation>Cette clé (Key) de groupe de services est utilisée deux fois dans le fichier; le second groupe a été omis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service group has no Name or ProgramName.</source>
        <translation>Le groupe de services n’a pas de nom (ni Name ni ProgramName).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The SiteService is not inside a Site, so Navigator cannot tell where it is offered; it was not imported.</source>
        <translation>L’élément SiteService ne se trouve pas dans un élément Site; Navigator ne peut donc pas savoir où ce service est offert. Il n’a pas été importé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The site has no Key, so it cannot be matched with later imports.</source>
        <translation>Le point de service n’a pas de clé (champ Key); il ne pourra donc pas être reconnu lors des prochaines importations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Its site (%1) was not imported (see the site&apos;s entry).</source>
        <translation>Son point de service (%1) n’a pas été importé (voir l’entrée de ce point de service).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Key %1 is already used by the site on line %2; this site was not imported.</source>
        <translation>La clé (Key) %1 est déjà utilisée par le point de service de la ligne %2; ce point de service n’a pas été importé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site has no Name; the agency&apos;s name is used instead.</source>
        <translation>Le point de service n’a pas de nom (champ Name); le nom de l’organisme est utilisé à la place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AgencyKey %1 differs from the key of the agency the site is in (%2); the enclosing agency was used.</source>
        <translation>AgencyKey %1 ne correspond pas à la clé de l’organisme dans lequel se trouve le point de service (%2); c’est cet organisme qui a été retenu.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The SiteService has no Key, so it cannot be matched with later imports.</source>
        <translation>L’élément SiteService n’a pas de clé (champ Key); il ne pourra donc pas être reconnu lors des prochaines importations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1 is already used by the SiteService on line %2; this one was not imported.</source>
        <translation>La clé (Key) %1 est déjà utilisée par l’élément SiteService de la ligne %2; celui-ci n’a pas été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>The SiteService has no Name and no service group to take one from.</source>
        <translation>L’élément SiteService n’a pas de nom (champ Name) ni de groupe de services duquel en reprendre un.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>ServiceGroupKey %1 names a service group that was not imported; the service was imported without a program.</source>
        <translation>ServiceGroupKey %1 désigne un groupe de services qui n’a pas été importé; le service a été importé sans programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ServiceGroupKey %1 names a service group that is not in the file; the service was imported without a program.</source>
        <translation>ServiceGroupKey %1 désigne un groupe de services qui ne figure pas dans le fichier; le service a été importé sans programme.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not an AIRS XML file: its root element is &lt;%1&gt;, expected &lt;Source&gt;.</source>
        <translation>Ce n’est pas un fichier XML AIRS&#xa0;: son élément racine est &lt;%1&gt;, alors que &lt;Source&gt; est attendu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not well-formed XML: %1 (line %2, column %3). Nothing was imported.</source>
        <translation>Le fichier n’est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 cannot be opened: %2.</source>
        <translation>Le fichier %1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::CsvReader</name>
    <message>
        <location filename="../app/directory/importers/csvreader.cpp" line="+64"/>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). The rest of the file cannot be read.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé (il manque un &quot;). Le reste du fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty or has no header row.</source>
        <translation>Le fichier est vide ou n’a pas de ligne d’en-tête.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::DirectorySearch</name>
    <message>
        <location filename="../app/directory/search/directorysearch.cpp" line="+38"/>
        <location line="+477"/>
        <source>The directory could not be searched.</source>
        <translation>La recherche dans le répertoire a échoué.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::DirectoryService</name>
    <message>
        <location filename="../app/directory/directoryservice.cpp" line="+105"/>
        <source>The synonyms file %1 cannot be read: %2</source>
        <translation>Le fichier de synonymes %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>The quarantine report %1 cannot be written: %2</source>
        <translation>Le rapport de quarantaine %1 ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The places could not be saved.</source>
        <translation>Les lieux n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::DirectoryStore</name>
    <message>
        <location filename="../app/directory/store/directorystore.cpp" line="+350"/>
        <location line="+119"/>
        <source>The import was cancelled; the directory was left as it was.</source>
        <translation>L’importation a été annulée; le répertoire est resté tel quel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <location line="+15"/>
        <source>This service is no longer in the directory.</source>
        <translation>Ce service n’est plus dans le répertoire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The note is too long: %1 characters at most, and it has %2. Shorten it; nothing else was lost.</source>
        <translation>La note est trop longue&#xa0;: %1 caractères au plus, et elle en compte %2. Raccourcissez-la; rien d’autre n’a été perdu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose what is wrong with this record.</source>
        <translation>Choisissez ce qui ne va pas dans cette fiche.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::HsdsImporter</name>
    <message>
        <location filename="../app/directory/importers/hsds/hsdsimporter.cpp" line="+28"/>
        <location filename="../app/directory/importers/hsds/hsdstabular.cpp" line="+32"/>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the record</source>
        <translation>la fiche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>None of the services in %1 could be imported. The first problem, on %2 %3: %4</source>
        <translation>Aucun des services de %1 n’a pu être importé. Premier problème (%2 %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no HSDS services.</source>
        <translation>%1 ne contient aucun service HSDS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+83"/>
        <source>%1 holds no HSDS records Navigator can use: no services, organizations, locations or taxonomy terms.</source>
        <translation>%1 ne contient aucune fiche HSDS utilisable par Navigator&#xa0;: ni services, ni organismes, ni lieux, ni termes de taxonomie.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location filename="../app/directory/importers/hsds/hsdstabular.cpp" line="+58"/>
        <source>The file %1 could not be read: %2.</source>
        <translation>Le fichier %1 n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>Le fichier %1 n’est pas du JSON valide&#xa0;: %2 à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/directory/importers/hsds/hsdsrecord.cpp" line="+24"/>
        <source>The required field %1 is empty, so the record was skipped.</source>
        <translation>Le champ obligatoire %1 est vide; la fiche a donc été ignorée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The required field %1 is empty; the record was imported without it.</source>
        <translation>Le champ obligatoire %1 est vide; la fiche a été importée sans ce champ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record has no id, which is required, so it was skipped.</source>
        <translation>La fiche n’a pas d’identifiant (champ id), qui est obligatoire; elle a donc été ignorée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The id %1 is already used by an earlier record of the same kind; this copy was skipped.</source>
        <translation>L’identifiant %1 est déjà utilisé par une fiche précédente du même type; ce doublon a été ignoré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It refers to %1 %2, which is not in the file, so the record was skipped.</source>
        <translation>Cette fiche renvoie à %1 %2, qui ne figure pas dans le fichier; elle a donc été ignorée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It refers to %1 %2, which is not in the file; the reference was dropped.</source>
        <translation>Cette fiche renvoie à %1 %2, qui ne figure pas dans le fichier; ce renvoi a été supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is not linked to any record of the file that can hold it, so it was skipped.</source>
        <translation>Cette fiche n’est rattachée à aucune fiche du fichier qui puisse la contenir; elle a donc été ignorée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It links to %1, which is not in the file, so it was skipped.</source>
        <translation>Cette fiche est liée à %1, qui ne figure pas dans le fichier; elle a donc été ignorée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row is not valid UTF-8 text, so it was skipped. Save the file as UTF-8 and import it again.</source>
        <translation>La ligne n’est pas du texte UTF-8 valide; elle a donc été ignorée. Enregistrez le fichier en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An item of this list is not an object with fields; it was skipped.</source>
        <translation>Un élément de cette liste n’est pas un objet avec des champs; il a été ignoré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The value has the wrong type: %1 was expected; it was dropped.</source>
        <translation>La valeur n’est pas du bon type&#xa0;: on attendait %1. Elle a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of objects</source>
        <translation>une liste d’objets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a number; the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3; the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY-MM-DD); the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ISO 8601 (YYYY-MM-DD); la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time (such as 2024-05-01T14:30:00Z); the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601 (par exemple 2024-05-01T14:30:00Z); la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a time of day in the form HH:MM or HH:MM:SS; the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure au format HH:MM ou HH:MM:SS; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not true or false; the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not true or false; the record was marked confidential to be safe.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false; par précaution, la fiche a été marquée comme confidentielle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an e-mail address; the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de courriel; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of the allowed values (%2); the value was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs permises (%2); la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status &quot;%1&quot; is not one of active, inactive, defunct or temporarily closed; the service was imported as inactive until the source is corrected.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» ne fait pas partie des valeurs active, inactive, defunct ou temporarily closed; le service a été importé avec le statut inactive jusqu’à ce que la source soit corrigée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The required field status is empty; the service was imported as active.</source>
        <translation>Le champ obligatoire status est vide; le service a été importé avec le statut active.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latitude %1 is outside -90 to 90; the coordinates were dropped.</source>
        <translation>La latitude %1 n’est pas comprise entre -90 et 90; les coordonnées ont été écartées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longitude %1 is outside -180 to 180; the coordinates were dropped.</source>
        <translation>La longitude %1 n’est pas comprise entre -180 et 180; les coordonnées ont été écartées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number in decimal degrees; the coordinates were dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre en degrés décimaux; les coordonnées ont été écartées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one of latitude and longitude is given; the coordinates were dropped.</source>
        <translation>Seule la latitude ou seule la longitude est indiquée; les coordonnées ont été écartées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age %1 is negative; the value was dropped.</source>
        <translation>L’âge %1 est négatif; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age %1 is not a whole number of years from 0 to 150; the value was dropped.</source>
        <translation>L’âge %1 n’est pas un nombre entier d’années de 0 à 150; la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The minimum age (%1) is greater than the maximum age (%2); both were dropped.</source>
        <translation>L’âge minimum (%1) est supérieur à l’âge maximum (%2); les deux valeurs ont été écartées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is negative; the value was dropped.</source>
        <translation>La valeur %1 est négative; elle a été écartée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a day of the week (MO, TU, WE, TH, FR, SA, SU, optionally after a number such as 2MO or -1FR); it was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour de la semaine (MO, TU, WE, TH, FR, SA, SU, éventuellement précédé d’un nombre, par exemple 2MO ou -1FR); la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a day of the month (1 to 31, or -31 to -1 counted from the end); it was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour du mois (1 à 31, ou -31 à -1 en comptant à partir de la fin du mois); la valeur a été écartée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frequency &quot;%1&quot; cannot be used (WEEKLY or MONTHLY was expected); the days and hours were dropped, the description was kept.</source>
        <translation>La fréquence «&#xa0;%1&#xa0;» ne peut pas être utilisée (WEEKLY ou MONTHLY attendu); les jours et les heures ont été écartés, mais la description a été conservée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone offset %1 hours is not one used in Canada; the hours are read in the directory&apos;s time zone.</source>
        <translation>Le décalage horaire de %1 heures n’est pas utilisé au Canada; les heures d’ouverture sont interprétées selon le fuseau horaire du répertoire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is neither a UTC offset nor a known time zone (such as America/Toronto); the directory&apos;s time zone is used.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un décalage UTC ni un fuseau horaire connu (par exemple America/Toronto); le fuseau horaire du répertoire est utilisé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record has no id, which is required; it was imported anyway.</source>
        <translation>La fiche n’a pas d’identifiant (champ id), qui est obligatoire; elle a tout de même été importée.</translation>
    </message>
    <message>
        <location filename="../app/directory/importers/hsds/hsdstabular.cpp" line="-65"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>%1 holds no HSDS services: services.csv is missing.</source>
        <translation>%1 ne contient aucun service HSDS&#xa0;: le fichier services.csv est absent.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::IcarolImporter</name>
    <message>
        <location filename="../app/directory/importers/icarol/icarolimporter.cpp" line="+620"/>
        <source>This is not an iCarol resource export: its header has no %1 column (an export needs ResourceAgencyNum, PublicName and TaxonomyLevelName).</source>
        <translation>Ce n’est pas une exportation de ressources iCarol&#xa0;: son en-tête n’a pas de colonne %1 (une exportation doit contenir ResourceAgencyNum, PublicName et TaxonomyLevelName).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not yes or no; it was read as yes, so the information is kept confidential.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est ni oui ni non; la valeur a été interprétée comme oui, donc l’information reste confidentielle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not yes or no; it was read as no.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est ni oui ni non; la valeur a été interprétée comme non.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+392"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD or MM/DD/YYYY); the date was left out.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date (format attendu&#xa0;: YYYY-MM-DD ou MM/DD/YYYY); la date a été omise.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>AgencyStatus &quot;%1&quot; is not a status Navigator knows (expected Active, Inactive or Defunct); the record was imported as active.</source>
        <translation>AgencyStatus «&#xa0;%1&#xa0;» n’est pas un statut connu de Navigator (attendu&#xa0;: Active, Inactive ou Defunct); la fiche a été importée avec le statut active.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 &quot;%2&quot; is not a language Navigator knows; it was kept without a language code.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une langue connue de Navigator; elle a été conservée sans code de langue.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>TaxonomyTerms has %1 names for %2 codes, so the names cannot be matched to the codes; the terms were kept without names.</source>
        <translation>TaxonomyTerms contient %1 noms pour %2 codes; les noms ne peuvent donc pas être associés aux codes. Les termes ont été conservés sans nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TaxonomyCodes &quot;%1&quot; is not a taxonomy code (expected a code such as BD-1800.2000); the code was left out.</source>
        <translation>TaxonomyCodes «&#xa0;%1&#xa0;» n’est pas un code de taxonomie valide (code attendu, par exemple BD-1800.2000); le code a été omis.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Latitude &quot;%1&quot; is not a latitude (expected a number from -90 to 90); the coordinates were left out.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» n’est pas valide (nombre attendu de -90 à 90); les coordonnées ont été omises.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longitude &quot;%1&quot; is not a longitude (expected a number from -180 to 180); the coordinates were left out.</source>
        <translation>La longitude «&#xa0;%1&#xa0;» n’est pas valide (nombre attendu de -180 à 180); les coordonnées ont été omises.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record was not imported: its text is not valid UTF-8: re-export the file as UTF-8.</source>
        <translation>La fiche n’a pas été importée&#xa0;: son texte n’est pas en UTF-8 valide. Exportez de nouveau le fichier en UTF-8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record has no ResourceAgencyNum, so it cannot be linked to other records or updated later.</source>
        <translation>La fiche n’a pas de ResourceAgencyNum; elle ne peut donc pas être liée à d’autres fiches ni mise à jour plus tard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TaxonomyLevelName &quot;%1&quot; is not a record type Navigator knows (expected Agency, Program, Site or ProgramAtSite).</source>
        <translation>TaxonomyLevelName «&#xa0;%1&#xa0;» n’est pas un type de fiche connu de Navigator (attendu&#xa0;: Agency, Program, Site ou ProgramAtSite).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>LanguageOfRecord &quot;%1&quot; is neither English nor French; the text was read as English.</source>
        <translation>LanguageOfRecord «&#xa0;%1&#xa0;» n’indique ni l’anglais ni le français; le texte a été traité comme de l’anglais.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ResourceAgencyNum %1 appears more than once in the same language (first on line %2); this copy was ignored.</source>
        <translation>ResourceAgencyNum %1 apparaît plus d’une fois dans la même langue (première occurrence à la ligne %2); ce doublon a été ignoré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This row is a %1 but the other-language row with the same ResourceAgencyNum (line %2) is a %3; this row was ignored.</source>
        <translation>Cette ligne est de type %1, mais la ligne de l’autre langue ayant le même ResourceAgencyNum (ligne %2) est de type %3; cette ligne a été ignorée.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The record has no ParentAgencyNum, so it cannot be attached to an agency.</source>
        <translation>La fiche n’a pas de ParentAgencyNum; elle ne peut donc pas être rattachée à un organisme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>The parent agency %1 was not imported (see its own entry), so this record cannot be attached to it.</source>
        <translation>L’organisme parent %1 n’a pas été importé (voir sa propre entrée); cette fiche ne peut donc pas y être rattachée.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The parent agency %1 is not in the file.</source>
        <translation>L’organisme parent %1 ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ParentAgencyNum %1 is a %2, not an agency.</source>
        <translation>ParentAgencyNum %1 désigne une fiche de type %2, et non un organisme.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The record has no PublicName.</source>
        <translation>La fiche n’a pas de nom (colonne PublicName).</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+27"/>
        <source>%1 names record %2, which was not imported (see its own entry); that link was left out.</source>
        <translation>%1 désigne la fiche %2, qui n’a pas été importée (voir sa propre entrée); ce lien a été omis.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 names record %2, which is not in the file; that link was left out.</source>
        <translation>%1 désigne la fiche %2, qui ne figure pas dans le fichier; ce lien a été omis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 names record %2, which is a %3, not a %4; that link was left out.</source>
        <translation>%1 désigne la fiche %2, qui est de type %3 et non %4; ce lien a été omis.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A ProgramAtSite record needs both ConnectsToProgramNum and ConnectsToSiteNum.</source>
        <translation>Une fiche ProgramAtSite doit avoir à la fois ConnectsToProgramNum et ConnectsToSiteNum.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file %1 cannot be opened: %2.</source>
        <translation>Le fichier %1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::PlacesCsv</name>
    <message>
        <location filename="../app/directory/demo/places.cpp" line="+63"/>
        <source>The places file %1 could not be opened: %2.</source>
        <translation>Le fichier de localités %1 n’a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1: the header has no “%2” column (expected at least: %3).</source>
        <translation>%1&#xa0;: l’en-tête n’a pas de colonne «&#xa0;%2&#xa0;» (colonnes attendues au minimum&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the text is not valid UTF-8.</source>
        <translation>le texte n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the municipality (column “place”) is empty.</source>
        <translation>la municipalité (colonne «&#xa0;place&#xa0;») est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the municipality name is empty.</source>
        <translation>le nom de la municipalité est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a postal code prefix (expected a letter, a digit and a letter, like H2X).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un préfixe de code postal (attendu&#xa0;: une lettre, un chiffre et une lettre, comme H2X).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the postal code prefix %1 is in %2, not in %3.</source>
        <translation>le préfixe de code postal %1 appartient à %2, et non à %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a Canadian province or territory code (expected a two-letter code such as ON or QC).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de province ou de territoire canadien (attendu&#xa0;: un code de deux lettres comme ON ou QC).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the coordinates “%1”, “%2” are not numbers (expected decimal degrees such as 45.5017, -73.5673).</source>
        <translation>les coordonnées «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» ne sont pas des nombres (attendu&#xa0;: des degrés décimaux comme 45.5017, -73.5673).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates %1, %2 are outside Canada (expected a latitude between %3 and %4 and a longitude between %5 and %6).</source>
        <translation>les coordonnées %1, %2 sont hors du Canada (attendu&#xa0;: une latitude entre %3 et %4 et une longitude entre %5 et %6).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the population “%1” is not a whole number of zero or more.</source>
        <translation>la population «&#xa0;%1&#xa0;» n’est pas un nombre entier égal ou supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a telephone area code (expected three digits such as 514, separated by spaces).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un indicatif régional (attendu&#xa0;: trois chiffres comme 514, séparés par des espaces).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a time zone name (expected an IANA name such as America/Toronto).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fuseau horaire (attendu&#xa0;: un nom IANA comme America/Toronto).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has a header but no places.</source>
        <translation>%1 a un en-tête, mais aucune localité.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::ServiceRecord</name>
    <message>
        <location filename="../app/directory/store/servicerecord.cpp" line="+306"/>
        <source>A directory record is damaged or was written by another version. Re-import the directory.</source>
        <translation>Une fiche du répertoire est endommagée ou a été enregistrée par une autre version. Importez de nouveau le répertoire.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A directory record is damaged. Re-import the directory.</source>
        <translation>Une fiche du répertoire est endommagée. Importez de nouveau le répertoire.</translation>
    </message>
</context>
<context>
    <name>Nav::Directory::Synonyms</name>
    <message>
        <location filename="../app/directory/search/synonyms.cpp" line="+45"/>
        <source>Synonyms, line %1: a group needs at least two phrases separated by |.</source>
        <translation>Synonymes, ligne %1&#xa0;: un groupe doit contenir au moins deux expressions séparées par |.</translation>
    </message>
</context>
<context>
    <name>Nav::Platform::DesktopNotifier</name>
    <message>
        <location filename="../app/platform/desktopnotifier.cpp" line="+33"/>
        <location line="+58"/>
        <source>Desktop notifications are not available.</source>
        <translation>Les notifications de bureau ne sont pas disponibles.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n suivi dû maintenant</numerusform>
            <numerusform>%n suivis dus maintenant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Ouvrir les suivis</translation>
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
        <location filename="../app/contacts/storesql.cpp" line="+64"/>
        <source>A stored record could not be read.</source>
        <translation>Une fiche enregistrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/storage/outbox.cpp" line="+30"/>
        <location line="+6"/>
        <location filename="../app/storage/transaction.cpp" line="+19"/>
        <location line="+6"/>
        <source>A database statement failed.</source>
        <translation>Une instruction de base de données a échoué.</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="+41"/>
        <source>A record could not be queued for the server.</source>
        <translation>Un enregistrement n’a pas pu être mis en file d’attente pour le serveur.</translation>
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
        <location line="+117"/>
        <source>The data file could not be read.</source>
        <translation>Le fichier de données n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::DirectoryPull</name>
    <message>
        <location filename="../app/sync/directorypull.cpp" line="+30"/>
        <source>The server sent a directory page Navigator does not understand. The directory was left as it was; Navigator will try again.</source>
        <translation>Le serveur a envoyé une page du répertoire que Navigator ne comprend pas. Le répertoire est resté tel quel; Navigator réessaiera.</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>The directory changed while it was being updated. Navigator will try again.</source>
        <translation>Le répertoire a changé pendant sa mise à jour. Navigator réessaiera.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::FollowUpMerge</name>
    <message>
        <location filename="../app/sync/followupmerge.cpp" line="+65"/>
        <source>reassigned to someone else</source>
        <translation>réassigné à une autre personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved to the team queue</source>
        <translation>déplacé dans la file de l’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due date</source>
        <translation>date d’échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This follow-up was changed on the server while you worked on it; your outcome was added to the server&apos;s version.</source>
        <translation>Ce suivi a été modifié sur le serveur pendant que vous y travailliez; votre résultat a été ajouté à la version du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team lead changed this follow-up while you worked on it (%1). Their change and your outcome were both kept.</source>
        <translation>Un chef d’équipe a modifié ce suivi pendant que vous y travailliez (%1). Sa modification et votre résultat ont tous deux été conservés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Nav::Sync::OutboxPush</name>
    <message>
        <location filename="../app/sync/outboxpush.cpp" line="+236"/>
        <source>The server refused this record.</source>
        <translation>Le serveur a refusé cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::ScreenLock</name>
    <message numerus="yes">
        <location filename="../app/sync/screenlock.cpp" line="+89"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has signed in to the server on this workstation yet, so there is no password to check. Sign in to the server first.</source>
        <translation>Personne ne s’est encore connecté au serveur sur ce poste&#xa0;: il n’y a donc aucun mot de passe à vérifier. Connectez-vous d’abord au serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Wrong password. After %1 wrong attempts, wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Mot de passe erroné. Après %1 tentatives erronées, attendez %n seconde avant la suivante.</numerusform>
            <numerusform>Mot de passe erroné. Après %1 tentatives erronées, attendez %n secondes avant la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password. Type the password you use to sign in to the server.</source>
        <translation>Mot de passe erroné. Tapez le mot de passe qui vous sert à vous connecter au serveur.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::ServerClient</name>
    <message>
        <location filename="../app/sync/serverclient.cpp" line="+239"/>
        <source>The server at %1 did not answer in time. Navigator will try again; your work is kept on this computer.</source>
        <translation>Le serveur %1 n’a pas répondu à temps. Navigator réessaiera; votre travail est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 did not present the certificate this workstation was set up to trust. Nothing was sent. Ask your administrator.</source>
        <translation>Le serveur %1 n’a pas présenté le certificat auquel ce poste a été configuré pour se fier. Rien n’a été envoyé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 is not secure: its certificate is not trusted. Nothing was sent. Ask your administrator.</source>
        <translation>La connexion à %1 n’est pas sécurisée&#xa0;: son certificat n’est pas reconnu. Rien n’a été envoyé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to the server was cancelled.</source>
        <translation>La requête au serveur a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at %1 cannot be reached. Check the network connection; your work is kept on this computer and will be sent later.</source>
        <translation>Le serveur %1 est injoignable. Vérifiez la connexion réseau; votre travail est conservé sur cet ordinateur et sera envoyé plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is temporarily unavailable. Navigator will try again; your work is kept on this computer.</source>
        <translation>Le serveur est temporairement indisponible. Navigator réessaiera; votre travail est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (error %1). Navigator will try again; your work is kept on this computer.</source>
        <translation>Le serveur a eu un problème (erreur %1). Navigator réessaiera; votre travail est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords. Try again in a moment.</source>
        <translation>Trop de mots de passe erronés. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n’est pas autorisé à faire ceci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at %1 does not know this request. Check the server address.</source>
        <translation>Le serveur %1 ne connaît pas cette requête. Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+150"/>
        <source>The server at %1 sent an answer Navigator does not understand. Check the server address; Navigator will try again.</source>
        <translation>Le serveur %1 a envoyé une réponse que Navigator ne comprend pas. Vérifiez l’adresse du serveur; Navigator réessaiera.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+300"/>
        <source>You are not signed in to the server.</source>
        <translation>Vous n’êtes pas connecté au serveur.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The server address is not valid. It looks like https://navigator.example.org.</source>
        <translation>L’adresse du serveur n’est pas valide. Elle ressemble à https://navigator.example.org.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server at %1 sent an answer Navigator does not understand. Check the server address.</source>
        <translation>Le serveur %1 a envoyé une réponse que Navigator ne comprend pas. Vérifiez l’adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::SyncEngine</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="+399"/>
        <source>You are not signed in to the server. Sign in to send your work and receive directory updates.</source>
        <translation>Vous n’êtes pas connecté au serveur. Connectez-vous pour envoyer votre travail et recevoir les mises à jour du répertoire.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>receiving directory updates: %1 of about %2</source>
        <translation>réception des mises à jour du répertoire&#xa0;: %1 sur environ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n élément en attente d’envoi</numerusform>
            <numerusform>%n éléments en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) refused by the server</source>
        <translation>
            <numerusform>%n élément refusé par le serveur</numerusform>
            <numerusform>%n éléments refusés par le serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Sync::SyncState</name>
    <message>
        <location filename="../app/sync/syncstate.cpp" line="+21"/>
        <source>The sync state could not be read.</source>
        <translation>L’état de la synchronisation n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sync state is damaged.</source>
        <translation>L’état de la synchronisation est endommagé.</translation>
    </message>
</context>
<context>
    <name>Nav::Sync::TeamReview</name>
    <message>
        <location filename="../app/sync/teamreview.cpp" line="+254"/>
        <location line="+54"/>
        <source>Only a team lead can review the team&apos;s follow-ups.</source>
        <translation>Seul un chef d’équipe peut passer en revue les suivis de l’équipe.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The list of your team&apos;s members could not be loaded. %1</source>
        <translation>La liste des membres de votre équipe n’a pas pu être chargée. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The agents&apos; states could not be loaded. %1</source>
        <translation>L’état des agents n’a pas pu être chargé. %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The team&apos;s follow-ups could not be loaded. %1</source>
        <translation>Les suivis de l’équipe n’ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The comment is too long: %1 characters at most.</source>
        <translation>Le commentaire est trop long&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This follow-up is no longer in the list. Refresh the list.</source>
        <translation>Ce suivi n’est plus dans la liste. Actualisez la liste.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Someone changed this follow-up meanwhile, so it was not reassigned. It was reloaded and now shows their change: check it, then reassign it again if needed.</source>
        <translation>Quelqu’un a modifié ce suivi entre-temps&#xa0;: il n’a donc pas été réassigné. Il a été rechargé et montre maintenant cette modification&#xa0;: vérifiez-la, puis réassignez-le au besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this follow-up meanwhile, so your comment was not saved. It was reloaded and now shows their change: check it, then add your comment again.</source>
        <translation>Quelqu’un a modifié ce suivi entre-temps&#xa0;: votre commentaire n’a donc pas été enregistré. Il a été rechargé et montre maintenant cette modification&#xa0;: vérifiez-la, puis ajoutez de nouveau votre commentaire.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>It is no longer one of your team&apos;s follow-ups. Refresh the list.</source>
        <translation>Ce n’est plus un suivi de votre équipe. Actualisez la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not an active member of your team any more.</source>
        <translation>Cette personne n’est plus un membre actif de votre équipe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The follow-up was not reassigned. %1</source>
        <extracomment>%1 says why, in a full sentence</extracomment>
        <translation>Le suivi n’a pas été réassigné. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment was not saved. %1</source>
        <translation>Le commentaire n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This contact is not on the server, or it is not your team&apos;s.</source>
        <translation>Ce contact n’est pas sur le serveur, ou il n’appartient pas à votre équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact could not be opened. %1</source>
        <translation>Le contact n’a pas pu être ouvert. %1</translation>
    </message>
</context>
<context>
    <name>Nav::Telephony::Phone</name>
    <message>
        <location filename="../app/telephony/callinfo.cpp" line="+28"/>
        <source>Phone off</source>
        <translation>Téléphone éteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the phone system…</source>
        <translation>Connexion au système téléphonique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: calls can come in</source>
        <translation>Prêt&#xa0;: les appels peuvent entrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone system does not answer. Trying again at %1.</source>
        <translation>Le système téléphonique ne répond pas. Nouvel essai à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone system does not answer. Trying again.</source>
        <translation>Le système téléphonique ne répond pas. Nouvel essai en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone system refused the user name or password (%1). Check them in Settings.</source>
        <translation>Le système téléphonique a refusé le nom d’utilisateur ou le mot de passe (%1). Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigator did not connect to the phone system: %1. Trying again at %2.</source>
        <translation>Navigator ne s’est pas connecté au système téléphonique&#xa0;: %1. Nouvel essai à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigator did not connect to the phone system: %1.</source>
        <translation>Navigator ne s’est pas connecté au système téléphonique&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone system refused the connection (%1). Trying again at %2.</source>
        <translation>Le système téléphonique a refusé la connexion (%1). Nouvel essai à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone system refused the connection (%1).</source>
        <translation>Le système téléphonique a refusé la connexion (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnecting from the phone system…</source>
        <translation>Déconnexion du système téléphonique…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing at the other end…</source>
        <translation>Ça sonne à l’autre bout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You hung up.</source>
        <translation>Vous avez raccroché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other party hung up.</source>
        <translation>L’autre personne a raccroché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller hung up before an answer.</source>
        <translation>La personne a raccroché avant la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line is busy.</source>
        <translation>La ligne est occupée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such number.</source>
        <translation>Ce numéro n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call was refused (%1).</source>
        <translation>L’appel a été refusé (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the network.</source>
        <translation>Aucune réponse du réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred.</source>
        <translation>Transféré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call failed on this workstation.</source>
        <translation>L’appel a échoué sur ce poste.</translation>
    </message>
    <message>
        <location filename="../app/telephony/siptls.cpp" line="+134"/>
        <source>its certificate comes from an authority this computer does not trust; if your centre has its own, choose its file under &quot;Trusted authorities&quot; in Settings</source>
        <translation>son certificat vient d’une autorité à laquelle cet ordinateur ne fait pas confiance&#xa0;; si votre centre a la sienne, choisissez son fichier sous «&#xa0;Autorités de confiance&#xa0;» dans les réglages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its certificate is for another name than the phone system address in Settings</source>
        <translation>son certificat est établi pour un autre nom que l’adresse du système téléphonique indiquée dans les réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate has expired</source>
        <translation>son certificat est expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid yet (check this computer&apos;s date)</source>
        <translation>son certificat n’est pas encore valide (vérifiez la date de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate was revoked</source>
        <translation>son certificat a été révoqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate was refused (OpenSSL error %1)</source>
        <translation>son certificat a été refusé (erreur OpenSSL %1)</translation>
    </message>
</context>
<context>
    <name>Nav::Telephony::QtAudioEndpoint</name>
    <message>
        <location filename="../app/telephony/qtaudioendpoint.cpp" line="+164"/>
        <source>The speaker or headset &quot;%1&quot; could not be opened.</source>
        <translation>Le haut-parleur ou le casque «&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speaker or headset is connected.</source>
        <translation>Aucun haut-parleur ni casque n’est branché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation>Le microphone «&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No microphone is connected.</source>
        <translation>Aucun microphone n’est branché.</translation>
    </message>
</context>
<context>
    <name>Nav::Telephony::SipAccount</name>
    <message>
        <location filename="../app/telephony/sipaccount.cpp" line="+87"/>
        <source>Registrar: enter the address of your phone system (for example pbx.example.org or 192.0.2.10:5060).</source>
        <translation>Serveur d’enregistrement&#xa0;: entrez l’adresse de votre système téléphonique (par exemple pbx.example.org ou 192.0.2.10:5060).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registrar: &quot;%1&quot; is not a host name or an IP address.</source>
        <translation>Serveur d’enregistrement&#xa0;: «&#xa0;%1&#xa0;» n’est ni un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrar: the port must be a number from 1 to 65535.</source>
        <translation>Serveur d’enregistrement&#xa0;: le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: enter your extension or SIP user name.</source>
        <translation>Utilisateur&#xa0;: entrez votre poste ou votre nom d’utilisateur SIP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: &quot;%1&quot; has characters a SIP address cannot carry (spaces, @, :, accents).</source>
        <translation>Utilisateur&#xa0;: «&#xa0;%1&#xa0;» contient des caractères qu’une adresse SIP ne peut pas porter (espaces, @,&#xa0;:, accents).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication user: it has characters a SIP address cannot carry (spaces, @, :, accents).</source>
        <translation>Utilisateur d’authentification&#xa0;: il contient des caractères qu’une adresse SIP ne peut pas porter (espaces, @,&#xa0;:, accents).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted authorities: &quot;%1&quot; cannot be read. Choose the PEM file of your centre&apos;s certificate authority, or leave it empty.</source>
        <translation>Autorités de confiance&#xa0;: «&#xa0;%1&#xa0;» ne peut pas être lu. Choisissez le fichier PEM de l’autorité de certification de votre centre, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted authorities: &quot;%1&quot; is not a PEM certificate file (it should contain &quot;BEGIN CERTIFICATE&quot;).</source>
        <translation>Autorités de confiance&#xa0;: «&#xa0;%1&#xa0;» n’est pas un fichier de certificat PEM (il devrait contenir «&#xa0;BEGIN CERTIFICATE&#xa0;»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STUN server: &quot;%1&quot; is not a host name or an IP address (for example stun.example.org or 192.0.2.20:3478).</source>
        <translation>Serveur STUN&#xa0;: «&#xa0;%1&#xa0;» n’est ni un nom d’hôte ni une adresse IP (par exemple stun.example.org ou 192.0.2.20:3478).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STUN server: the port must be a number from 1 to 65535.</source>
        <translation>Serveur STUN&#xa0;: le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration interval: use at least 10 seconds.</source>
        <translation>Intervalle d’enregistrement&#xa0;: utilisez au moins 10 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep-alive interval: use at least 1 second.</source>
        <translation>Intervalle de maintien&#xa0;: utilisez au moins 1 seconde.</translation>
    </message>
</context>
<context>
    <name>Nav::Telephony::SipPhone</name>
    <message>
        <location filename="../app/telephony/sipphone.cpp" line="+105"/>
        <source>The phone could not start on this workstation.</source>
        <translation>Le téléphone n’a pas pu démarrer sur ce poste.</translation>
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
    <name>Nav::Ui::AgentStateBox</name>
    <message>
        <location filename="../ui/sync/agentstatebox.cpp" line="+46"/>
        <source>Your availability, as your team lead sees it</source>
        <translation>Votre disponibilité, telle que votre chef d’équipe la voit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your availability</source>
        <translation>Votre disponibilité</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::CallWorkflow</name>
    <message>
        <location filename="../ui/telephony/callworkflow.cpp" line="+146"/>
        <source>An abandoned call could not be logged: %1</source>
        <translation>Un appel abandonné n’a pas pu être consigné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller hung up before an answer; the abandoned call is logged for the reports.</source>
        <translation>La personne a raccroché avant la réponse&#xa0;; l’appel abandonné est consigné pour les rapports.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactFinder</name>
    <message>
        <location filename="../ui/contacts/contactfinder.cpp" line="+198"/>
        <source>The “From” date is after the “To” date: change one of them.</source>
        <translation>La date «&#xa0;Du&#xa0;» est postérieure à la date «&#xa0;Au&#xa0;»&#xa0;: modifiez l’une des deux.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Loading your recent contacts…</source>
        <translation>Chargement de vos contacts récents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the contact records…</source>
        <translation>Ouverture des fiches de contact…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no saved contacts yet.</source>
        <translation>Vous n’avez encore aucun contact enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your %n most recent contact(s).</source>
        <translation>
            <numerusform>Votre %n contact le plus récent.</numerusform>
            <numerusform>Vos %n contacts les plus récents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact matches this search.</source>
        <translation>Aucun contact ne correspond à cette recherche.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contact trouvé.</numerusform>
            <numerusform>%n contacts trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 are shown: narrow the search.</source>
        <translation>Seuls les %1 premiers sont affichés&#xa0;: précisez la recherche.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any way of typing it, or its last digits</source>
        <translation>sous n’importe quelle forme, ou ses derniers chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isposition:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any disposition</source>
        <translation>Toutes les issues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search with these fields (Enter in any field)</source>
        <translation>Chercher avec ces champs (Entrée dans n’importe quel champ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your most recent contacts again</source>
        <translation>Afficher de nouveau vos contacts les plus récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactForm</name>
    <message>
        <location filename="../ui/contacts/contactform.cpp" line="+258"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of service:</source>
        <translation>&amp;Langue de service&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele-interpreter &amp;used, for:</source>
        <translation>Téléinterprète &amp;utilisé, pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anon&amp;ymous (no phone, place or source kept)</source>
        <translation>Anon&amp;yme (téléphone, lieu et source non conservés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 514 555-0199</source>
        <translation>p. ex. 514 555-0199</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place (&amp;municipality or postal code):</source>
        <translation>Lieu (&amp;municipalité ou code postal)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Gatineau or K1A</source>
        <translation>p. ex. Gatineau ou K1A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;er:</source>
        <translation>&amp;Appelant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age:</source>
        <translation>Âg&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of 211 f&amp;rom:</source>
        <translation>A connu le 211 pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs (Alt+N)</source>
        <translation>Besoins (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxonomy code</source>
        <translation>Code de taxonomie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the person needs; Enter adds</source>
        <translation>Ce dont la personne a besoin; Entrée pour ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;need</source>
        <translation>Ajouter un &amp;besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals and information given</source>
        <translation>Orientations et informations données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the directory (Ctrl+3), Ctrl+R adds the selected service here. Delete removes the selected line.</source>
        <translation>Dans le répertoire (Ctrl+3), Ctrl+R ajoute ici le service sélectionné. Suppr retire la ligne sélectionnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information given without a referral; Enter adds</source>
        <translation>Information donnée sans orientation; Entrée pour ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;information</source>
        <translation>Ajouter une &amp;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet needs</source>
        <translation>Besoins non comblés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details; Enter adds</source>
        <translation>Détails; Entrée pour ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add unme&amp;t need</source>
        <translation>Ajouter un besoin &amp;non comblé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cri&amp;sis: the person is in danger or in acute distress</source>
        <translation>Cri&amp;se&#xa0;: la personne est en danger ou en détresse aiguë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— language —</source>
        <translation>— langue —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not asked —</source>
        <translation>— non demandé —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— need —</source>
        <translation>— besoin —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— unmet need —</source>
        <translation>— besoin non comblé —</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 (taxonomy %2)</source>
        <translation>%1 (taxonomie %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the category of the need first.</source>
        <translation>Choisissez d’abord la catégorie du besoin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose which need could not be met first.</source>
        <translation>Choisissez d’abord le besoin qui n’a pas pu être comblé.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactListModel</name>
    <message>
        <location filename="../ui/contacts/contactlistmodel.cpp" line="+54"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Crisis contact</source>
        <translation>Contact de crise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A follow-up was planned</source>
        <translation>Un suivi a été prévu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First need: %1</source>
        <translation>Premier besoin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposition</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First need</source>
        <translation>Premier besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markers</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactPane</name>
    <message>
        <location filename="../ui/contacts/contactpane.cpp" line="+217"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrap up the contact</source>
        <translation>&amp;Clôturer le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the contact (on wrap-up)</source>
        <translation>Fermer le contact (à la clôture)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the contact without closing it</source>
        <translation>&amp;Enregistrer le contact sans le fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find contacts…</source>
        <translation>&amp;Rechercher des contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to needs</source>
        <translation>Aller aux besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to unmet needs</source>
        <translation>Aller aux besoins non comblés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact is open.
Ctrl+N starts a new contact; Ctrl+Shift+F finds earlier ones.</source>
        <translation>Aucun contact n’est ouvert.
Ctrl+N commence un nouveau contact; Ctrl+Shift+F retrouve les précédents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact (Ctrl+N)</source>
        <translation>Nouveau contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap up (F8)</source>
        <translation>Clôturer (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>CRISIS — stay with the person; a follow-up must be proposed at wrap-up.</source>
        <translation>CRISE — restez avec la personne; un suivi doit être proposé à la clôture.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) typed before Navigator was interrupted can be restored exactly as they were.</source>
        <translation>
            <numerusform>%n contact saisi avant l’interruption de Navigator peut être restauré tel quel.</numerusform>
            <numerusform>%n contacts saisis avant l’interruption de Navigator peuvent être restaurés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New contact started at %1</source>
        <translation>Nouveau contact commencé à %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Call ended at %1: wrap-up.</source>
        <translation>Appel terminé à %1&#xa0;: clôture.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start a contact (Ctrl+N) before adding referrals.</source>
        <translation>Commencez un contact (Ctrl+N) avant d’ajouter des orientations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referral added: %1</source>
        <translation>Orientation ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Draft NOT saved: %1</source>
        <translation>Brouillon NON enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A recovered draft could not be read; it is kept in the store. (%1)</source>
        <translation>Un brouillon récupéré n’a pas pu être lu; il est conservé dans la base de données. (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft restored.</source>
        <translation>Brouillon restauré.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Contact closed: %1.</source>
        <translation>Contact fermé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>This number reached 211 %n time(s) in the last 30 days, most recently on %1. (Only you see this.)</source>
        <translation>
            <numerusform>Ce numéro a appelé le 211 %n fois au cours des 30 derniers jours, la dernière fois le %1. (Visible par vous seulement.)</numerusform>
            <numerusform>Ce numéro a appelé le 211 %n fois au cours des 30 derniers jours, la dernière fois le %1. (Visible par vous seulement.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::DirectoryPane</name>
    <message>
        <location filename="../ui/directory/directorypane.cpp" line="+159"/>
        <source>%1 copied: paste it into your phone.</source>
        <translation>%1 copié&#xa0;: collez-le dans votre téléphone.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown place: type a municipality or a postal code.</source>
        <translation>Lieu inconnu&#xa0;: entrez une municipalité ou un code postal.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(first %1 shown)</source>
        <translation>(%1 premiers affichés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also searched: %1</source>
        <translation>Aussi recherché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synonyms: %1</source>
        <translation>Synonymes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+141"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+130"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Thank you: the problem was recorded for the data team.</source>
        <translation>Merci&#xa0;: le problème a été consigné pour l’équipe des données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a service first (↓ in the results).</source>
        <translation>Sélectionnez d’abord un service (↓ dans les résultats).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Search services: need, name, place… (Ctrl+3)</source>
        <translation>Chercher des services&#xa0;: besoin, nom, lieu… (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age:</source>
        <translation>Âge&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near:</source>
        <translation>Près de&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>← Back to results (Esc)</source>
        <translation>← Retour aux résultats (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem with this record…</source>
        <translation>Signaler un problème avec cette fiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the contact&apos;s referrals (Ctrl+R)</source>
        <translation>Ajouter aux orientations du contact (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected service to the contact&apos;s referrals</source>
        <translation>Ajouter le service sélectionné aux orientations du contact</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>any</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>municipality or postal code</source>
        <translation>municipalité ou code postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any distance</source>
        <translation>toute distance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within %1 km</source>
        <translation>à moins de %1 km</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import directory…</source>
        <translation>&amp;Importer le répertoire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the directory…</source>
        <translation>Ouverture du répertoire…</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::FollowUpOutcomeDialog</name>
    <message>
        <location filename="../ui/contacts/followupoutcomedialog.cpp" line="+196"/>
        <source>Follow-up outcome</source>
        <translation>Résultat du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the call go?</source>
        <translation>Comment l’appel s’est-il passé?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reached the person</source>
        <translation>Personne &amp;jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Aucune réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voicemail left</source>
        <translation>Message &amp;vocal laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe voicemail: say only this, nothing about why you call.</source>
        <translation>Message vocal discret&#xa0;: dites seulement ceci, rien sur la raison de l’appel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the person was reached</source>
        <translation>Si la personne a été jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Followed the recommendations:</source>
        <translation>&amp;Recommandations suivies&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feels better &amp;prepared:</source>
        <translation>Se sent mieux &amp;préparée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services helped their &amp;health or well-being:</source>
        <translation>Services utiles à sa &amp;santé ou à son bien-être&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;met:</source>
        <translation>&amp;Besoins comblés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why not met:</source>
        <translation>&amp;Motif si non comblés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New referra&amp;ls:</source>
        <translation>Nouvelles &amp;orientations&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: the service or the information given</source>
        <translation>Une par ligne&#xa0;: le service ou l’information donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation>Consigner le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hello, this is 211 calling. Please call us back at 2-1-1. Thank you.</source>
        <translation>Bonjour, ici le 211. Veuillez nous rappeler au 2-1-1. Merci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello, this is %1 calling from 211. Please call us back at 2-1-1. Thank you.</source>
        <extracomment>%1 is the navigator&apos;s first name</extracomment>
        <translation>Bonjour, ici %1 du 211. Veuillez nous rappeler au 2-1-1. Merci.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Due %1 · %2</source>
        <translation>Échéance&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Reason: %2</source>
        <translation>%1
Raison&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number: %1</source>
        <translation>Numéro&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first contact was a crisis contact.</source>
        <translation>Le premier contact était un contact de crise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1 of %2</source>
        <translation>Tentative %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the person is not reached this time, the follow-up closes as unreachable.</source>
        <translation>Si la personne n’est pas jointe cette fois-ci, le suivi sera fermé comme injoignable.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::FollowUpPane</name>
    <message>
        <location filename="../ui/contacts/followuppane.cpp" line="+289"/>
        <source>Unsaved outcomes cannot be read: %1</source>
        <translation>Les résultats non enregistrés ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What you typed could not be kept as a draft: %1</source>
        <translation>Ce que vous avez saisi n’a pas pu être conservé comme brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Call now</source>
        <translation>&amp;Appeler maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Consigner le résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact from follow-up</source>
        <translation>&amp;Nouveau contact à partir du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction &amp;survey…</source>
        <translation>&amp;Sondage de satisfaction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh follow-ups</source>
        <translation>Ac&amp;tualiser les suivis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call now (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Appeler maintenant (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome… (%1)</source>
        <translation>Consigner le résultat… (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact (%1)</source>
        <translation>Nouveau contact (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey… (%1)</source>
        <translation>Sondage… (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation>Sondage de satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey at follow-up time</source>
        <translation>Sondage au moment du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save survey</source>
        <translation>Enregistrer le sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <extracomment>a bucket of the follow-up queue and how many follow-ups it holds</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue.</source>
        <translation>Aucun suivi en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due today.</source>
        <translation>Aucun suivi à faire aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming follow-ups.</source>
        <translation>Aucun suivi à venir.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No follow-up done in the last %n day(s).</source>
        <translation>
            <numerusform>Aucun suivi effectué depuis %n jour.</numerusform>
            <numerusform>Aucun suivi effectué depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The follow-ups cannot be read: %1</source>
        <translation>Les suivis ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What you typed earlier for this follow-up is back in the form.</source>
        <translation>Ce que vous aviez saisi pour ce suivi a été remis dans le formulaire.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The outcome was not recorded: %1 What you entered is kept; use Record outcome again to retry.</source>
        <translation>Le résultat n’a pas été enregistré&#xa0;: %1 Ce que vous avez saisi est conservé; choisissez de nouveau Consigner le résultat pour réessayer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Outcome recorded. The follow-up is done.</source>
        <translation>Résultat consigné. Le suivi est terminé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Outcome recorded. After %n failed attempt(s) the follow-up is closed as unreachable.</source>
        <translation>
            <numerusform>Résultat consigné. Après %n tentative infructueuse, le suivi est fermé comme injoignable.</numerusform>
            <numerusform>Résultat consigné. Après %n tentatives infructueuses, le suivi est fermé comme injoignable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Outcome recorded: %n failed attempt(s) so far.</source>
        <translation>
            <numerusform>Résultat consigné&#xa0;: %n tentative infructueuse jusqu’ici.</numerusform>
            <numerusform>Résultat consigné&#xa0;: %n tentatives infructueuses jusqu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome recorded. The follow-up is cancelled.</source>
        <translation>Résultat consigné. Le suivi est annulé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new contact was not linked to the follow-up: %1</source>
        <translation>Le nouveau contact n’a pas été lié au suivi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The survey was not saved: %1 What you entered is kept; open the survey again to retry.</source>
        <translation>Le sondage n’a pas été enregistré&#xa0;: %1 Ce que vous avez saisi est conservé; ouvrez de nouveau le sondage pour réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey saved.</source>
        <translation>Sondage enregistré.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::FollowUpQueueModel</name>
    <message>
        <location filename="../ui/contacts/followupqueuemodel.cpp" line="+46"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2–%3</source>
        <extracomment>date, then the person&apos;s preferred time window (from – to)</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <translation>%1, à partir de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, before %2</source>
        <translation>%1, avant %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, any time</source>
        <translation>%1, à toute heure</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+73"/>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The first contact was a crisis contact.</source>
        <translation>Le premier contact était un contact de crise.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed attempt(s) so far</source>
        <translation>
            <numerusform>%n tentative infructueuse jusqu’ici</numerusform>
            <numerusform>%n tentatives infructueuses jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed attempts</source>
        <translation>Tentatives infructueuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/directory/importdialog.cpp" line="+31"/>
        <source>Import directory</source>
        <translation>Importer le répertoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Referral HSDS (JSON or tabular package)</source>
        <translation>Open Referral HSDS (JSON ou paquet tabulaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCarol resource export (CSV)</source>
        <translation>Exportation de ressources iCarol (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIRS XML 3.0 / 3.1</source>
        <translation>AIRS XML 3.0 / 3.1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a directory file</source>
        <translation>Choisir un fichier de répertoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory files (*.json *.csv *.xml);;All files (*)</source>
        <translation>Fichiers de répertoire (*.json *.csv *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a file that exists.</source>
        <translation>Choisissez un fichier existant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added %1, updated %2, unchanged %3, retired %4, quarantined %5.</source>
        <translation>Ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, retirés&#xa0;: %4, mis en quarantaine&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The records that were set aside, and why, are listed in %1.</source>
        <translation>La liste des fiches mises de côté, avec la raison, se trouve dans %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling… the directory stays as it was.</source>
        <translation>Annulation… le répertoire reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::LockScreen</name>
    <message>
        <location filename="../ui/sync/lockscreen.cpp" line="+112"/>
        <source>Type your password, then press Enter.</source>
        <translation>Tapez votre mot de passe, puis appuyez sur Entrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Attendez %n s</numerusform>
            <numerusform>Attendez %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navigator is locked</source>
        <translation>Navigator est verrouillé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has signed in to the server on this workstation yet.</source>
        <translation>Personne ne s’est encore connecté au serveur sur ce poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password of %1 to open the workstation, with or without a connection to the server.</source>
        <translation>Tapez le mot de passe de %1 pour ouvrir le poste, avec ou sans connexion au serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is shown while the workstation is locked. Type the password of %1 to go on where you were.</source>
        <translation>Rien n’est affiché tant que le poste est verrouillé. Tapez le mot de passe de %1 pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+90"/>
        <source>The unreadable data file was kept as %1 in the profile folder.</source>
        <translation>Le fichier de données illisible a été conservé sous le nom %1 dans le dossier du profil.</translation>
    </message>
    <message>
        <location line="+88"/>
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
        <location line="+1"/>
        <source>&amp;Team review</source>
        <translation>Revue d’é&amp;quipe</translation>
    </message>
    <message>
        <location line="+269"/>
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
        <location line="+10"/>
        <source>%1 (%2)</source>
        <extracomment>Tab title: an area and its shortcut, e.g. &quot;Contact record (Ctrl+2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>Nav::Ui::PhoneSettingsDialog</name>
    <message>
        <location filename="../ui/telephony/phonesettingsdialog.cpp" line="+108"/>
        <source>Trusted certificate authority</source>
        <translation>Autorité de certification de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+260"/>
        <location line="+2"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the speaker</source>
        <translation>Comme le haut-parleur</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Chosen device (not connected now)</source>
        <translation>Appareil choisi (débranché pour l’instant)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Password: enter the password of your extension.</source>
        <translation>Mot de passe&#xa0;: entrez le mot de passe de votre poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward calls to: %1</source>
        <translation>Renvoyer les appels au&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter line: %1</source>
        <translation>Ligne d’interprétation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes: write each as language=digits, separated by commas (for example Spanish=1, Arabic=2).</source>
        <translation>Codes de langue&#xa0;: écrivez chacun sous la forme langue=chiffres, séparés par des virgules (par exemple espagnol=1, arabe=2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone settings</source>
        <translation>Réglages du téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;system:</source>
        <translation>&amp;Système téléphonique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of your call centre&apos;s phone system (registrar), a host name or an IP address, with &quot;:port&quot; when it is not 5060</source>
        <translation>L’adresse du système téléphonique de votre centre d’appels (registraire), un nom d’hôte ou une adresse IP, avec «&#xa0;:port&#xa0;» s’il ne s’agit pas de 5060</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtension:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication user:</source>
        <translation>&amp;Utilisateur d’authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the extension</source>
        <translation>Comme le poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain; type to change it</source>
        <translation>Gardé dans le trousseau&#xa0;; tapez-en un autre pour le changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name shown to callees:</source>
        <translation>&amp;Nom montré aux personnes appelées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (encrypted)</source>
        <translation>TLS (chiffré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Navigator talks to the phone system. TLS encrypts the call set-up, the numbers dialled and the call encryption keys; the phone system&apos;s port is then usually 5061.</source>
        <translation>La façon dont Navigator communique avec le système téléphonique. TLS chiffre l’établissement des appels, les numéros composés et les clés de chiffrement des appels&#xa0;; le port du système téléphonique est alors habituellement 5061.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted aut&amp;horities:</source>
        <translation>Autorités de con&amp;fiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s authorities only</source>
        <translation>Les autorités de cet ordinateur seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For TLS: the certificate file (PEM) of your centre&apos;s own certificate authority, when the phone system&apos;s certificate does not come from a public one</source>
        <translation>Pour TLS&#xa0;: le fichier de certificat (PEM) de l’autorité de certification de votre centre, quand le certificat du système téléphonique ne vient pas d’une autorité publique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bro&amp;wse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ST&amp;UN server:</source>
        <translation>Ser&amp;veur STUN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the phone system is reached directly</source>
        <translation>Aucun (accès direct)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer behind a home or hotel router (NAT): a STUN server (host[:port], port 3478 when not given) tells Navigator the public address the other side must send the sound to</source>
        <translation>Pour un ordinateur derrière un routeur de maison ou d’hôtel (NAT)&#xa0;: un serveur STUN (hôte[:port], port 3478 s’il n’est pas indiqué) indique à Navigator l’adresse publique à laquelle l’autre partie doit envoyer le son</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call encr&amp;yption:</source>
        <translation>C&amp;hiffrement des appels&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the other side can (SRTP)</source>
        <translation>Quand l’autre côté le peut (SRTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required (SRTP only)</source>
        <translation>Obligatoire (SRTP seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypts the voice of calls (SRTP). &quot;Required&quot; refuses calls with phones that cannot encrypt. The keys travel in the call set-up: choose the TLS transport so that they are encrypted too.</source>
        <translation>Chiffre la voix des appels (SRTP). «&#xa0;Obligatoire&#xa0;» refuse les appels avec les téléphones qui ne peuvent pas chiffrer. Les clés circulent dans l’établissement de l’appel&#xa0;: choisissez le transport TLS pour qu’elles soient chiffrées aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward calls to:</source>
        <translation>&amp;Renvoyer les appels au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: busy signal while you are not available</source>
        <translation>Vide&#xa0;: signal occupé quand vous n’êtes pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter line:</source>
        <translation>Ligne d’&amp;interprétation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tele-interpreter service&apos;s number</source>
        <translation>Le numéro du service de téléinterprétation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage codes:</source>
        <translation>Codes de lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digits the interpreter line&apos;s menu asks for each language, for example Spanish=1, Arabic=2</source>
        <translation>Les chiffres que le menu de la ligne d’interprétation demande pour chaque langue, par exemple espagnol=1, arabe=2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Microphone:</source>
        <translation>Mi&amp;crophone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spea&amp;ker or headset:</source>
        <translation>&amp;Haut-parleur ou casque&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ringing on:</source>
        <translation>S&amp;onnerie sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;echo of the other party&apos;s voice</source>
        <translation>Supprimer l’é&amp;cho de la voix de l’interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps what your speakers play from going back to the caller through your microphone; not needed with a headset, harmless with one</source>
        <translation>Empêche ce que jouent vos haut-parleurs de revenir à l’appelant par votre microphone&#xa0;; inutile avec un casque, mais sans inconvénient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce &amp;background noise</source>
        <translation>Réduire le &amp;bruit de fond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer the &amp;Opus codec</source>
        <translation>Préférer le codec &amp;Opus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opus needs about a third of the bandwidth of G.711 and recovers better from lost packets: for a weak or shared connection. The phone system must support it; otherwise G.711 is used.</source>
        <translation>Opus demande environ le tiers de la bande passante de G.711 et se remet mieux des paquets perdus&#xa0;: pour une connexion faible ou partagée. Le système téléphonique doit le prendre en charge&#xa0;; sinon, G.711 est utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowers steady noise (fans, air conditioning, a busy room) in what you send</source>
        <translation>Atténue le bruit constant (ventilateurs, climatisation, salle animée) dans ce que vous transmettez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the system keychain, never in the settings file. Leave the phone system and extension empty to turn the phone off.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans le fichier de réglages. Laissez le système téléphonique et le poste vides pour éteindre le téléphone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ReportProblemDialog</name>
    <message>
        <location filename="../ui/directory/reportproblemdialog.cpp" line="+27"/>
        <source>Report a problem with this record</source>
        <translation>Signaler un problème avec cette fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed or moved</source>
        <translation>Fermé ou déménagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong phone number</source>
        <translation>Numéro de téléphone incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong hours</source>
        <translation>Heures d’ouverture incorrectes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong address</source>
        <translation>Adresse incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong eligibility</source>
        <translation>Admissibilité incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong fees</source>
        <translation>Frais incorrects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service no longer offered</source>
        <translation>Service qui n’est plus offert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you found (about the service only: no details of the person you are helping).</source>
        <translation>Ce que vous avez constaté (au sujet du service seulement&#xa0;: aucun détail sur la personne que vous aidez).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to the data team</source>
        <translation>Envoyer à l’équipe des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Problème&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose what is wrong with this record.</source>
        <translation>Choisissez ce qui ne va pas dans cette fiche.</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ServiceDetailView</name>
    <message>
        <location filename="../ui/directory/servicedetailview.cpp" line="+59"/>
        <source>ext. %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>confidential address: never give it out</source>
        <translation>adresse confidentielle&#xa0;: ne la communiquez jamais</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This service is no longer active (%1).</source>
        <translation>Ce service n’est plus actif (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified since %1: confirm the details with the service.</source>
        <translation>Non vérifié depuis %1&#xa0;: confirmez les renseignements auprès du service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never verified: confirm the details with the service.</source>
        <translation>Jamais vérifié&#xa0;: confirmez les renseignements auprès du service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ages %1 to %2</source>
        <translation>De %1 à %2 ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1 and over</source>
        <translation>%1 ans et plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to age %1</source>
        <translation>Jusqu’à %1 ans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to apply</source>
        <translation>Comment faire une demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Languages of service</source>
        <translation>Langues de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>[confidential location]</source>
        <translation>[emplacement confidentiel]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area served</source>
        <translation>Territoire desservi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web and email</source>
        <translation>Web et courriel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last verified: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ServiceResultDelegate</name>
    <message>
        <location filename="../ui/directory/serviceresultdelegate.cpp" line="+25"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed now</source>
        <translation>Fermé maintenant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ Never verified</source>
        <translation>⚠ Jamais vérifié</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>⚠ Verified %n month(s) ago</source>
        <translation>
            <numerusform>⚠ Vérifié il y a %n mois</numerusform>
            <numerusform>⚠ Vérifié il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>Vérifié il y a %n mois</numerusform>
            <numerusform>Vérifié il y a %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(other language)</source>
        <translation>(autre langue)</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ServiceResultsModel</name>
    <message>
        <location filename="../ui/directory/serviceresultsmodel.cpp" line="+71"/>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beds</source>
        <translation>lits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slots</source>
        <translation>plages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 %3 available</source>
        <translation>%1 %3 disponibles sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 available</source>
        <translation>%1 %2 disponibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(updated %1)</source>
        <translation>(mise à jour&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+171"/>
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
        <source>Lock the screen &amp;after:</source>
        <translation>&amp;Verrouiller l’écran après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min without activity</source>
        <translation> min sans activité</translation>
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
        <location filename="../ui/shortcutsdialog.cpp" line="+62"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field, or press that button</source>
        <translation>Aller à ce champ, ou appuyer sur ce bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in a need, information or unmet-need line</source>
        <translation>Entrée dans une ligne de besoin, d’information ou de besoin non comblé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add what was typed to its list</source>
        <translation>Ajouter ce qui a été saisi à sa liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete on a list</source>
        <translation>Suppr dans une liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected line</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1 … Alt+6 on the wrap-up</source>
        <translation>Alt+1 … Alt+6 à la clôture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose how the contact ended</source>
        <translation>Choisir comment le contact s’est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc on the wrap-up</source>
        <translation>Échap à la clôture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the contact form</source>
        <translation>Retour au formulaire de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ / Enter / Esc in the directory</source>
        <translation>↓ / Entrée / Échap dans le répertoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results / a service&apos;s detail / back</source>
        <translation>Résultats / détail d’un service / retour</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>Nav::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/sync/signindialog.cpp" line="+126"/>
        <source>Enter the server address your administrator gave you.</source>
        <translation>Entrez l’adresse du serveur fournie par votre administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your user name.</source>
        <translation>Entrez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The sign-in did not succeed.</source>
        <translation>La connexion n’a pas réussi.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to send your contact records and follow-ups to the server and to receive directory updates. Without signing in you can keep working: everything is kept on this computer until you do.</source>
        <translation>Connectez-vous pour envoyer vos fiches de contact et vos suivis au serveur et recevoir les mises à jour du répertoire. Sans connexion, vous pouvez continuer à travailler&#xa0;: tout est conservé sur cet ordinateur jusqu’à ce que vous vous connectiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::SoftphonePane</name>
    <message>
        <location filename="../ui/telephony/softphonepane.cpp" line="+395"/>
        <source>Type a phone number or an extension to call.</source>
        <translation>Tapez un numéro de téléphone ou un poste à appeler.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The phone is not connected to the phone system: %1</source>
        <translation>Le téléphone n’est pas connecté au système téléphonique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>No interpreter line is set: enter it in Phone settings.</source>
        <translation>Aucune ligne d’interprétation n’est réglée&#xa0;: entrez-la dans les réglages du téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (keys %2)</source>
        <translation>%1 (touches %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an interpreter</source>
        <translation>Ajouter un interprète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Calling the interpreter line…</source>
        <translation>Appel de la ligne d’interprétation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calling the interpreter line for %1…</source>
        <translation>Appel de la ligne d’interprétation pour %1…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Put the current call on hold (Ctrl+Shift+H) or hang up (Ctrl+Shift+E) before calling another number.</source>
        <translation>Mettez l’appel en cours en attente (Ctrl+Maj+H) ou raccrochez (Ctrl+Maj+E) avant d’appeler un autre numéro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The phone is off: it cannot call.</source>
        <translation>Le téléphone est éteint&#xa0;: il ne peut pas appeler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calling %1…</source>
        <translation>Appel du %1…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>To hand a caller to a colleague, put the caller on hold, call the colleague, then transfer.</source>
        <translation>Pour confier une personne à un collègue, mettez-la en attente, appelez le collègue, puis transférez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handing %1 to %2…</source>
        <translation>Transfert de %1 à %2…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transfer the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer %1 to (number, extension or SIP address):</source>
        <translation>Transférer le %1 au (numéro, poste ou adresse SIP)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no call in progress to transfer.</source>
        <translation>Il n’y a pas d’appel en cours à transférer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer: %1</source>
        <translation>Transfert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transferring the call to %1…</source>
        <translation>Transfert de l’appel au %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The interpreter joined the call.</source>
        <translation>L’interprète s’est joint à l’appel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colleague handed %1 over to you: you are now talking with them.</source>
        <translation>Un collègue vous a confié %1&#xa0;: vous êtes maintenant en ligne avec cette personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transfer of %1 failed (%2): the caller is still on hold.</source>
        <translation>Le transfert de %1 a échoué (%2)&#xa0;: la personne est toujours en attente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incoming call from %1 (Ctrl+Shift+A to answer).</source>
        <translation>Appel entrant du %1 (Ctrl+Maj+A pour répondre).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call with %1 ended: %2</source>
        <translation>Appel avec le %1 terminé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown number</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The phone is not set up. Open Phone settings to enter your phone system&apos;s address, your extension and password.</source>
        <translation>Le téléphone n’est pas configuré. Ouvrez les réglages du téléphone pour entrer l’adresse du système téléphonique, votre poste et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conference: %1</source>
        <translation>Conférence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (and %n other call(s))</source>
        <translation>
            <numerusform>%1 (et %n autre appel)</numerusform>
            <numerusform>%1 (et %n autres appels)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — encrypted (SRTP)</source>
        <translation>%1 — chiffré (SRTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — the other party put you on hold</source>
        <translation>%1 — l’autre personne vous a mis en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — microphone off</source>
        <translation>%1 — microphone coupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — transferring to %2…</source>
        <translation>%1 — transfert au %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — the transfer failed (%2): the caller is still with you</source>
        <translation>%1 — le transfert a échoué (%2)&#xa0;: la personne est toujours en ligne avec vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — handing %2 over…</source>
        <translation>%1 — transfert de %2 en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other side sends the sound to %1 (this computer&apos;s public address, from the STUN server)</source>
        <translation>L’autre partie envoie le son à %1 (l’adresse publique de cet ordinateur, donnée par le serveur STUN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other side sends the sound to %1 (this computer&apos;s own address)</source>
        <translation>L’autre partie envoie le son à %1 (l’adresse propre de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;ld</source>
        <translation>&amp;Attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unmute</source>
        <translation>Rétablir le &amp;micro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mute</source>
        <translation>Couper le &amp;micro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete the &amp;transfer</source>
        <translation>Terminer le &amp;transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand %1 (on hold) to %2 and leave both calls (Ctrl+Shift+T)</source>
        <translation>Confier %1 (en attente) à %2 et quitter les deux appels (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand the caller to another number or agent; with the caller on hold and a colleague on the line, hand the caller to the colleague (Ctrl+Shift+T)</source>
        <translation>Confier la personne à un autre numéro ou agent&#xa0;; avec la personne en attente et un collègue en ligne, la confier au collègue (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the interpreter line in Phone settings first</source>
        <translation>Réglez d’abord la ligne d’interprétation dans les réglages du téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the interpreter line and join it to this call (Ctrl+Shift+I)</source>
        <translation>Appeler la ligne d’interprétation et la joindre à cet appel (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join the calls</source>
        <translation>&amp;Joindre les appels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Split the conference</source>
        <translation>&amp;Séparer la conférence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys typed here are sent as tones</source>
        <translation>Les touches tapées ici sont envoyées en tonalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number, extension or SIP address</source>
        <translation>Numéro, poste ou adresse SIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tones</source>
        <translation>Tonalités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dial</source>
        <translation>Composer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound quality: %1 (MOS %2, jitter %3 ms, loss %4 %, buffer %5 ms)</source>
        <translation>Qualité du son&#xa0;: %1 (MOS %2, gigue %3 ms, perte %4&#xa0;%, tampon %5 ms)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound quality: measuring…</source>
        <translation>Qualité du son&#xa0;: mesure en cours…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+32"/>
        <source>Phone &amp;settings…</source>
        <translation>Réglages du &amp;téléphone…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the call (Ctrl+Shift+A)</source>
        <translation>Répondre à l’appel (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the call: the caller&apos;s phone system decides what happens next (voicemail or another agent)</source>
        <translation>Refuser l’appel&#xa0;: le système téléphonique de l’appelant décide de la suite (boîte vocale ou autre agent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Send &amp;busy</source>
        <translation>Signal &amp;occupé</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Answer with a busy signal (Ctrl+Shift+B)</source>
        <translation>Répondre par un signal occupé (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current call</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone:</source>
        <translation>Microphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Hang up</source>
        <translation>Rac&amp;crocher</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>End the call (Ctrl+Shift+E)</source>
        <translation>Terminer l’appel (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+17"/>
        <source>Add an &amp;interpreter…</source>
        <translation>Ajouter un &amp;interprète…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Join the calls so that everyone hears everyone, or split them again (Ctrl+Shift+J)</source>
        <translation>Joindre les appels pour que tout le monde s’entende, ou les séparer de nouveau (Ctrl+Maj+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the call on hold or take it back (Ctrl+Shift+H)</source>
        <translation>Mettre l’appel en attente ou le reprendre (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn your microphone off or on (Ctrl+Shift+K)</source>
        <translation>Couper ou rétablir votre microphone (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the number typed (Enter)</source>
        <translation>Appeler le numéro tapé (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls since Navigator started</source>
        <translation>Appels depuis le démarrage de Navigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Way</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer the call</source>
        <translation>&amp;Répondre à l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline the call</source>
        <translation>Re&amp;fuser l’appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ho&amp;ld / resume</source>
        <translation>Mettre en &amp;attente / reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mute / unmute</source>
        <translation>Couper / rétablir le &amp;micro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dial a number</source>
        <translation>&amp;Composer un numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer the call…</source>
        <translation>&amp;Transférer l’appel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join or split the calls</source>
        <translation>&amp;Joindre ou séparer les appels</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::StoreErrorPage</name>
    <message>
        <location filename="../ui/storeerrorpage.cpp" line="+107"/>
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
    <name>Nav::Ui::SurveyForm</name>
    <message>
        <location filename="../ui/contacts/surveyform.cpp" line="+100"/>
        <source>Before you go, may I ask you two quick questions about this call?</source>
        <translation>Avant de terminer, puis-je vous poser deux courtes questions sur cet appel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey as&amp;ked</source>
        <translation>&amp;Sondage proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why not asked:</source>
        <translation>Pourquo&amp;i non proposé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, nothing that identifies the person</source>
        <translation>facultatif, rien qui permette d’identifier la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person agreed to &amp;answer</source>
        <translation>La personne a &amp;accepté de répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction with this call:</source>
        <translation>Satisfaction à l’égar&amp;d de cet appel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would &amp;use 211 again:</source>
        <translation>&amp;Utiliserait de nouveau le 211&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;omment:</source>
        <translation>Comm&amp;entaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the person&apos;s words</source>
        <translation>dans ses propres mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+29"/>
        <source>Asked on: %1</source>
        <translation>Canal du sondage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::TeamReviewPane</name>
    <message>
        <location filename="../ui/sync/teamreviewpane.cpp" line="+330"/>
        <source>Team review</source>
        <translation>Revue d’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navigator:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+47"/>
        <location line="+12"/>
        <source>Team queue</source>
        <translation>File de l’équipe</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Réassigner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Commenter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh team review</source>
        <translation>Actuali&amp;ser la revue d’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign… (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Réassigner… (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment… (%1)</source>
        <translation>Commenter… (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open contact (%1)</source>
        <translation>Ouvrir le contact (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (%1)</source>
        <translation>Actualiser (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign follow-up</source>
        <translation>Réassigner le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give this follow-up to:</source>
        <translation>&amp;Confier ce suivi à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Réassigner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Comment on follow-up</source>
        <translation>Commenter le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your comment, seen by the navigator (at most %1 characters):</source>
        <translation>&amp;Votre commentaire, visible par l’intervenant (%1 caractères au plus)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save comment</source>
        <translation>Enregistrer le commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact (read-only)</source>
        <translation>Contact (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: only the navigator who recorded this contact can change it.</source>
        <translation>Lecture seule&#xa0;: seul l’intervenant qui a consigné ce contact peut le modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Someone outside the team</source>
        <translation>Quelqu’un hors de l’équipe</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2</source>
        <extracomment>%1 is &quot;N follow-ups shown&quot;, %2 is &quot;N overdue in the team&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n follow-up(s) shown</source>
        <translation>
            <numerusform>%n suivi affiché</numerusform>
            <numerusform>%n suivis affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue in the team</source>
        <translation>
            <numerusform>%n en retard dans l’équipe</numerusform>
            <numerusform>%n en retard dans l’équipe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account may not see the agents&apos; states.</source>
        <translation>Votre compte ne peut pas voir l’état des agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no news from the workstation for 2 minutes.</source>
        <translation>Hors ligne&#xa0;: aucune nouvelle du poste depuis 2 minutes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Shown as it was at %1: the server cannot be reached. Reassigning, commenting and opening contacts come back with the connection.</source>
        <translation>Affiché tel qu’il était à %1&#xa0;: le serveur est injoignable. La réassignation, les commentaires et l’ouverture des contacts reviennent avec la connexion.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>Nav::Ui::WrapUpPage</name>
    <message>
        <location filename="../ui/contacts/wrapuppage.cpp" line="+206"/>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the contact end? (required)</source>
        <translation>Comment le contact s’est-il terminé? (obligatoire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;%1  %2</source>
        <extracomment>%1 is the key (1 to 6), %2 a disposition such as &quot;Completed&quot;</extracomment>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ended at:</source>
        <translation>&amp;Heure de fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;proposed</source>
        <translation>Suivi &amp;proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis contact: a follow-up must be proposed. Record the person&apos;s answer.</source>
        <translation>Contact de crise&#xa0;: un suivi doit être proposé. Consignez la réponse de la personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person agrees (consent &amp;yes)</source>
        <translation>La personne accepte (consentement &amp;oui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person declines (&amp;no)</source>
        <translation>La personne refuse (&amp;non)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any time, or between</source>
        <translation>à toute heure, ou entre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. check that the shelter had a bed</source>
        <translation>p. ex. vérifier que le refuge avait un lit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned to:</source>
        <translation>Assi&amp;gné à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation>Sondage de satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form (Esc)</source>
        <translation>Retour au formulaire (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close contact (Ctrl+Enter)</source>
        <translation>&amp;Fermer le contact (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n thing(s) to fix before closing.</source>
        <translation>
            <numerusform>%n point à corriger avant la fermeture.</numerusform>
            <numerusform>%n points à corriger avant la fermeture.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the form (Esc): %1</source>
        <translation>Dans le formulaire (Échap)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+76"/>
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
        <location line="+4"/>
        <source>Sign in to the central server at &lt;url&gt; (kept in the profile&apos;s settings).</source>
        <translation>Se connecter au serveur central à l’adresse &lt;url&gt; (conservée dans les réglages du profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer &lt;name&gt; as the user name at sign-in (kept in the profile&apos;s settings).</source>
        <translation>Proposer &lt;nom&gt; comme nom d’utilisateur à la connexion (conservé dans les réglages du profil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A navigator://contact?ani=…&amp;agent=…&amp;callStart=… link from the phone system: opens a contact record with the caller&apos;s number (in the Navigator already running for this profile, if there is one).</source>
        <translation>Un lien navigator://contact?ani=…&amp;agent=…&amp;callStart=… venant du système téléphonique&#xa0;: ouvre une fiche de contact avec le numéro de l’appelant (dans le Navigator déjà ouvert pour ce profil, s’il y en a un).</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>navigator: --lang takes fr or en, not &quot;%1&quot;.</source>
        <translation>navigator&#xa0;: --lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>navigator: --server: %1</source>
        <translation>navigator&#xa0;: --server&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address is empty.</source>
        <translation>l’adresse est vide.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Navigator</source>
        <translation>Intervenante démo</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n follow-up(s) due now (Ctrl+4).</source>
        <translation>
            <numerusform>%n suivi dû maintenant (Ctrl+4).</numerusform>
            <numerusform>%n suivis dus maintenant (Ctrl+4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Creating the demonstration directory…</source>
        <translation>Création du répertoire de démonstration…</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+6"/>
        <source>Phone system link</source>
        <translation>Lien du système téléphonique</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sign &amp;in to the server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out of the server</source>
        <translation>Se &amp;déconnecter du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what is waiting and receive directory updates now (F5)</source>
        <translation>Envoyer ce qui attend et recevoir les mises à jour du répertoire maintenant (F5)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Follow-up changed</source>
        <translation>Suivi modifié</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available once you have signed in to the server on this workstation.</source>
        <translation>Disponible une fois que vous vous êtes connecté au serveur sur ce poste.</translation>
    </message>
</context>
</TS>
