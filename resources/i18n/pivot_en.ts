<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompanyDialog</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="78"/>
        <source>Your history with them: %n application(s)</source>
        <translation>
            <numerusform>Your history with them: %n application</numerusform>
            <numerusform>Your history with them: %n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="13"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="16"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="25"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="98"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="138"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="153"/>
        <source>Sent to %n application(s)</source>
        <translation>
            <numerusform>Sent to %n application</numerusform>
            <numerusform>Sent to %n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="189"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="191"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="193"/>
        <source>%n card(s) without a name left out</source>
        <translation>
            <numerusform>%n card without a name left out</numerusform>
            <numerusform>%n cards without a name left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="228"/>
        <source>%n contact(s) written to {file}</source>
        <translation>
            <numerusform>%n contact written to {file}</numerusform>
            <numerusform>%n contacts written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/pages/people_page.py" line="278"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingSection</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/widgets/posting_section.py" line="74"/>
        <source>%n older version(s) kept</source>
        <translation>
            <numerusform>%n older version kept</numerusform>
            <numerusform>%n older versions kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="76"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCounts</name>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="88"/>
        <source>%n reminder(s) while Pivot was closed</source>
        <translation>
            <numerusform>%n reminder while Pivot was closed</numerusform>
            <numerusform>%n reminders while Pivot was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="91"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="94"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="97"/>
        <source>This week: {sent} of %n application(s)</source>
        <translation>
            <numerusform>This week: {sent} of %n application</numerusform>
            <numerusform>This week: {sent} of %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="100"/>
        <source>goal met %n week(s) in a row</source>
        <translation>
            <numerusform>goal met %n week in a row</numerusform>
            <numerusform>goal met %n weeks in a row</numerusform>
        </translation>
    </message>
</context>
</TS>
