<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/navigatorcli.cpp" line="+280"/>
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n result in %1 ms</numerusform>
            <numerusform>%n results in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nav::Ui::DirectoryPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/directorypane.cpp" line="+246"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
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
</TS>
