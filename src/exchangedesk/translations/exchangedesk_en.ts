<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln partnership</numerusform>
            <numerusform>%Ln partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegations</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange programmes</source>
        <translation>
            <numerusform>%Ln exchange programme</numerusform>
            <numerusform>%Ln exchange programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln aid campaign</numerusform>
            <numerusform>%Ln aid campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents sent</source>
        <translation>
            <numerusform>%Ln document sent</numerusform>
            <numerusform>%Ln documents sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}” has %n unresolved conflicts</source>
        <translation>
            <numerusform>“{0}” has %n unresolved conflict</numerusform>
            <numerusform>“{0}” has %n unresolved conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visa support letters due for “{0}”: {1} of %n members</source>
        <translation>
            <numerusform>Visa support letters due for “{0}”: {1} of %n member</numerusform>
            <numerusform>Visa support letters due for “{0}”: {1} of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minors in “{0}” without consent</source>
        <translation>
            <numerusform>%n minor in “{0}” without consent</numerusform>
            <numerusform>%n minors in “{0}” without consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} in {1}</source>
        <translation>
            <numerusform>%n year of {0} in {1}</numerusform>
            <numerusform>%n years of {0} in {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0}: {1}</source>
        <translation>
            <numerusform>%n year of {0}: {1}</numerusform>
            <numerusform>%n years of {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} on {1}</source>
        <translation>
            <numerusform>%n year of {0} on {1}</numerusform>
            <numerusform>%n years of {0} on {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (and %n more). Resolve or accept before confirming.</source>
        <translation>
            <numerusform>{0} (and %n more). Resolve or accept before confirming.</numerusform>
            <numerusform>{0} (and %n more). Resolve or accept before confirming.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years in {1}: {0}</source>
        <translation>
            <numerusform>%n year in {1}: {0}</numerusform>
            <numerusform>%n years in {1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years, {1}: {0}</source>
        <translation>
            <numerusform>%n year, {1}: {0}</numerusform>
            <numerusform>%n years, {1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years: {0}</source>
        <translation>
            <numerusform>%n year: {0}</numerusform>
            <numerusform>%n years: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%Ln items need attention</source>
        <translation>
            <numerusform>%Ln item needs attention</numerusform>
            <numerusform>%Ln items need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln partnership</numerusform>
            <numerusform>%Ln partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln city</numerusform>
            <numerusform>%Ln cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln partnerships added</source>
        <translation>
            <numerusform>%Ln partnership added</numerusform>
            <numerusform>%Ln partnerships added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message numerus="yes">
        <source>%Ln partnerships on the map</source>
        <translation>
            <numerusform>%Ln partnership on the map</numerusform>
            <numerusform>%Ln partnerships on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left off: a city without coordinates)</source>
        <translation>
            <numerusform>(%Ln left off: a city without coordinates)</numerusform>
            <numerusform>(%Ln left off: cities without coordinates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipDetailPane</name>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchanges</source>
        <translation>
            <numerusform>%Ln exchange</numerusform>
            <numerusform>%Ln exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln aid campaign</numerusform>
            <numerusform>%Ln aid campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donations</source>
        <translation>
            <numerusform>%Ln donation</numerusform>
            <numerusform>%Ln donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters</source>
        <translation>
            <numerusform>%Ln letter</numerusform>
            <numerusform>%Ln letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln earlier years with activity</source>
        <translation>
            <numerusform>… and %Ln earlier year with activity</numerusform>
            <numerusform>… and %Ln earlier years with activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>in %Ln week</numerusform>
            <numerusform>in %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <translation>
            <numerusform>in %Ln month</numerusform>
            <numerusform>in %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <source>%Ln conflicts on this day</source>
        <translation>
            <numerusform>%Ln conflict on this day</numerusform>
            <numerusform>%Ln conflicts on this day</numerusform>
        </translation>
    </message>
</context>
</TS>
