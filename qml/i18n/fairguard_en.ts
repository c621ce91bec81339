<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HeaderBar</name>
    <message numerus="yes">
        <source>%1 · %n unsynced</source>
        <translation>
            <numerusform>%1 · %n unsynced</numerusform>
            <numerusform>%1 · %n unsynced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message numerus="yes">
        <source>%n event(s) of station %1 set aside: the bureau revoked this device on %3 (its events after no. %2 are kept as evidence only).</source>
        <translation>
            <numerusform>%n event of station %1 set aside: the bureau revoked this device on %3 (its events after no. %2 are kept as evidence only).</numerusform>
            <numerusform>%n events of station %1 set aside: the bureau revoked this device on %3 (its events after no. %2 are kept as evidence only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of station %1 kept apart: the officer signature does not hold (no. %2: %3). Kept as evidence only.</source>
        <translation>
            <numerusform>%n event of station %1 kept apart: the officer signature does not hold (no. %2: %3). Kept as evidence only.</numerusform>
            <numerusform>%n events of station %1 kept apart: the officer signature does not hold (no. %2: %3). Kept as evidence only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of this case set aside: the bureau revoked station %1 on %3 (its events after no. %2 are kept as evidence only, not shown here).</source>
        <translation>
            <numerusform>%n event of this case set aside: the bureau revoked station %1 on %3 (its events after no. %2 are kept as evidence only, not shown here).</numerusform>
            <numerusform>%n events of this case set aside: the bureau revoked station %1 on %3 (its events after no. %2 are kept as evidence only, not shown here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of this case kept apart: station %1&apos;s officer signature does not hold (%2). Kept as evidence only, not shown here.</source>
        <translation>
            <numerusform>%n event of this case kept apart: station %1&apos;s officer signature does not hold (%2). Kept as evidence only, not shown here.</numerusform>
            <numerusform>%n events of this case kept apart: station %1&apos;s officer signature does not hold (%2). Kept as evidence only, not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDetailsPopup</name>
    <message numerus="yes">
        <source>Waiting to be sent: %n event(s)</source>
        <translation>
            <numerusform>Waiting to be sent: %n event</numerusform>
            <numerusform>Waiting to be sent: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Defence deadlines due in the next %n hours</source>
        <translation>
            <numerusform>Defence deadlines due in the next %n hour</numerusform>
            <numerusform>Defence deadlines due in the next %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::OfficerSession</name>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
</context>
</TS>
