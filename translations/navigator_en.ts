<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/navigatorcli.cpp" line="+226"/>
        <source>directory: %n active service(s) on this workstation</source>
        <translation>
            <numerusform>directory: %n active service on this workstation</numerusform>
            <numerusform>directory: %n active services on this workstation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>outbox: %n sent</source>
        <translation>
            <numerusform>outbox: %n sent</numerusform>
            <numerusform>outbox: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n result in %1 ms</numerusform>
            <numerusform>%n results in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Platform::DesktopNotifier</name>
    <message numerus="yes">
        <location filename="../app/platform/desktopnotifier.cpp" line="+72"/>
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n follow-up due now</numerusform>
            <numerusform>%n follow-ups due now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Sync::ScreenLock</name>
    <message numerus="yes">
        <location filename="../app/sync/screenlock.cpp" line="+89"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Wrong password. After %1 wrong attempts, wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Wrong password. After %1 wrong attempts, wait %n second before the next one.</numerusform>
            <numerusform>Wrong password. After %1 wrong attempts, wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Sync::ServerClient</name>
    <message numerus="yes">
        <location filename="../app/sync/serverclient.cpp" line="+270"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Sync::SyncEngine</name>
    <message numerus="yes">
        <location filename="../app/sync/syncengine.cpp" line="+469"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) refused by the server</source>
        <translation>
            <numerusform>%n item refused by the server</numerusform>
            <numerusform>%n items refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactFinder</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactfinder.cpp" line="+294"/>
        <source>Your %n most recent contact(s).</source>
        <translation>
            <numerusform>Your %n most recent contact.</numerusform>
            <numerusform>Your %n most recent contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contact found.</numerusform>
            <numerusform>%n contacts found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ContactPane</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactpane.cpp" line="+294"/>
        <source>%n contact(s) typed before Navigator was interrupted can be restored exactly as they were.</source>
        <translation>
            <numerusform>%n contact typed before Navigator was interrupted can be restored exactly as they were.</numerusform>
            <numerusform>%n contacts typed before Navigator was interrupted can be restored exactly as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+358"/>
        <source>This number reached 211 %n time(s) in the last 30 days, most recently on %1. (Only you see this.)</source>
        <translation>
            <numerusform>This number reached 211 %n time in the last 30 days, most recently on %1. (Only you see this.)</numerusform>
            <numerusform>This number reached 211 %n times in the last 30 days, most recently on %1. (Only you see this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::DirectoryPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/directorypane.cpp" line="+260"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::FollowUpPane</name>
    <message numerus="yes">
        <location filename="../ui/contacts/followuppane.cpp" line="+396"/>
        <source>No follow-up done in the last %n day(s).</source>
        <translation>
            <numerusform>No follow-up done in the last %n day.</numerusform>
            <numerusform>No follow-up done in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>Outcome recorded. After %n failed attempt(s) the follow-up is closed as unreachable.</source>
        <translation>
            <numerusform>Outcome recorded. After %n failed attempt the follow-up is closed as unreachable.</numerusform>
            <numerusform>Outcome recorded. After %n failed attempts the follow-up is closed as unreachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Outcome recorded: %n failed attempt(s) so far.</source>
        <translation>
            <numerusform>Outcome recorded: %n failed attempt so far.</numerusform>
            <numerusform>Outcome recorded: %n failed attempts so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::FollowUpQueueModel</name>
    <message numerus="yes">
        <location filename="../ui/contacts/followupqueuemodel.cpp" line="+215"/>
        <source>%n failed attempt(s) so far</source>
        <translation>
            <numerusform>%n failed attempt so far</numerusform>
            <numerusform>%n failed attempts so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::LockScreen</name>
    <message numerus="yes">
        <location filename="../ui/sync/lockscreen.cpp" line="+134"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::ServiceResultDelegate</name>
    <message numerus="yes">
        <location filename="../ui/directory/serviceresultdelegate.cpp" line="+46"/>
        <source>⚠ Verified %n month(s) ago</source>
        <translation>
            <numerusform>⚠ Verified %n month ago</numerusform>
            <numerusform>⚠ Verified %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified %n month(s) ago</source>
        <translation>
            <numerusform>Verified %n month ago</numerusform>
            <numerusform>Verified %n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::SoftphonePane</name>
    <message numerus="yes">
        <location filename="../ui/telephony/softphonepane.cpp" line="+727"/>
        <source>%1 (and %n other call(s))</source>
        <translation>
            <numerusform>%1 (and %n other call)</numerusform>
            <numerusform>%1 (and %n other calls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::TeamReviewPane</name>
    <message numerus="yes">
        <location filename="../ui/sync/teamreviewpane.cpp" line="+484"/>
        <source>%n follow-up(s) shown</source>
        <translation>
            <numerusform>%n follow-up shown</numerusform>
            <numerusform>%n follow-ups shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue in the team</source>
        <translation>
            <numerusform>%n overdue in the team</numerusform>
            <numerusform>%n overdue in the team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::WrapUpPage</name>
    <message numerus="yes">
        <location filename="../ui/contacts/wrapuppage.cpp" line="+346"/>
        <source>%n thing(s) to fix before closing.</source>
        <translation>
            <numerusform>%n thing to fix before closing.</numerusform>
            <numerusform>%n things to fix before closing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="+311"/>
        <source>%n follow-up(s) due now (Ctrl+4).</source>
        <translation>
            <numerusform>%n follow-up due now (Ctrl+4).</numerusform>
            <numerusform>%n follow-ups due now (Ctrl+4).</numerusform>
        </translation>
    </message>
</context>
</TS>
