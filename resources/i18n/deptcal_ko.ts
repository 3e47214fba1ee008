<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../desktop/views/banner.py" line="40" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DepartmentsPanel</name>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="179" />
            <source>Departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="168" />
            <source>Filter departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="89" />
            <source>Shown in the calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="92" />
            <source>Conflict: needs your decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="52" />
            <source>Department:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="58" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="53" />
            <source>Link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="62" />
            <source>Select an event to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="54" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="91" />
            <source>Waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="51" />
            <source>When:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="352" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="364" />
            <source>&amp;Link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="348" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="191" />
            <source>All day / no time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="383" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="367" />
            <source>D&amp;escription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="290" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="360" />
            <source>De&amp;partment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="308" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="326" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="328" />
            <source>Details, place, people…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="599" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="597" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="598" />
            <source>Discard your changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="277" />
            <source>Edit event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="600" />
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="321" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="277" />
            <source>New event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="300" />
            <source>Pick a time from the list, or type anything, such as “after lunch”. Leave it empty for an all-day event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="378" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="379" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="527" />
            <source>Saving moves the event to {department}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="386" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="356" />
            <source>T&amp;ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="442" />
            <source>There is no department yet. Create a department first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="298" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="286" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="435" />
            <source>Unknown department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="287" />
            <source>What is happening?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="343" />
            <source>%n department record(s) could not be read and were skipped.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="433" />
            <source>%n event record(s) in this month could not be read and were skipped; see the log for details.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="922" />
            <source>%n event(s) this month</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="221" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="217" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="233" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="225" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="213" />
            <source>About Department Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="198" />
            <source>Delete event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="691" />
            <source>Delete “{title}” on {date}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="704" />
            <source>Deleted “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="108" />
            <source>Demo mode: a local sample calendar. Nothing you change here is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="91" />
            <source>Department Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="992" />
            <source>Department Calendar {version}
The department calendars kept in DynamoDB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="202" />
            <source>Departments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="196" />
            <source>Edit event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="948" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="926" />
            <source>Fetched at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="211" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="272" />
            <source>From the language setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="483" />
            <source>Go to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="184" />
            <source>Go to date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>Holidays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="652" />
            <source>Kept the other version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="945" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="757" />
            <source>Moved “{title}” to {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="753" />
            <source>Moved “{title}” to {department}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="236" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="191" />
            <source>New event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="181" />
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="275" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="901" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="176" />
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="205" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="208" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="931" />
            <source>Read capacity used this session: {units:.1f} units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="186" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="720" />
            <source>Restored “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="964" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="901" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="207" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="906" />
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="615" />
            <source>Saved “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="273" />
            <source>South Korea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="354" />
            <source>There are no departments yet. Create one to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="179" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="143" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="274" />
            <source>United States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="368" />
            <source>Unknown department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="952" />
            <source>Up to date at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="208" />
            <source>%n event(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_view.py" line="186" />
            <source>+%n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="302" />
            <source>Month calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="260" />
            <source>conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="258" />
            <source>pending</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/data/errors.py" line="306" />
            <source>A department named “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="78" />
            <source>AWS did not accept the access key. Check the access key ID and secret in Settings; the key may have been deleted or deactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="135" />
            <source>Access denied: these credentials may not perform {action}. Ask your AWS administrator to attach the policy from the setup guide (it allows {action}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="254" />
            <source>An item with the id {id} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="50" />
            <source>Cannot reach DynamoDB at {endpoint}. Check the network connection and try again; if this keeps happening, check the region and endpoint in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="83" />
            <source>Choose an AWS region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="202" />
            <source>DynamoDB is busy: the tables' capacity is used up right now. Wait a moment and try again; if this happens often, ask your administrator to raise the capacity or switch the tables to on-demand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="286" />
            <source>DynamoDB refused the data as invalid. Check the fields and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="401" />
            <source>DynamoDB reported an unexpected error ({code}). Try again; if it persists, send the log to your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="85" />
            <source>Enter both table names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="66" />
            <source>No AWS credentials were found. Enter an access key in Settings, choose an AWS profile, or ask your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="226" />
            <source>Someone else changed “{title}” after you opened it. Compare the two versions and choose which to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="237" />
            <source>Someone else deleted “{title}” after you opened it. You can save your version as a new event or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="90" />
            <source>The AWS credentials have expired. Sign in again or enter a new access key in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="116" />
            <source>The AWS profile '{profile}' does not exist in this computer's AWS configuration. Choose another profile in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="102" />
            <source>The AWS sign-in for profile '{profile}' has expired. Run this command, then try again: aws sso login --profile {profile}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="382" />
            <source>The credential is too long for the system password store (at most {limit} bytes). Check that you pasted only the key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/connection.py" line="61" />
            <source>The credential mode in Settings must be keyring, profile or default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="79" />
            <source>The endpoint must be an http:// or https:// URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="371" />
            <source>The system password store (keyring) refused the request. Unlock it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="155" />
            <source>The table '{table}' does not exist in region {region}. Check the region and table names in Settings, or create the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="189" />
            <source>The table '{table}' exists but is not set up as the guide describes: {problems}. Use other table names, or ask your administrator to fix it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="170" />
            <source>The table '{table}' is not ready yet (status {status}). Wait a minute and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="359" />
            <source>This computer has no usable password store (keyring), so the access key cannot be saved safely. Use an AWS profile or environment credentials instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="263" />
            <source>{what} no longer exists. Refresh to see the current data.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="321" />
            <source>“{name}” still has %n event(s). Delete them too, or move them to another department first.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="342" />
            <source>“{title}” was copied to the new department, but the original could not be removed ({reason}). The event now appears in both departments; delete the original when you can.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <location filename="../../desktop/data/migrate.py" line="197" />
            <source>Cannot read {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="103" />
            <source>Departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="87" />
            <source>Dry run, nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="104" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="222" />
            <source>In {file}, {collection} must be a JSON object or a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="306" />
            <source>duplicate id (the first one is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="249" />
            <source>id longer than {limit} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="191" />
            <source>not UTF-8 text (byte {at})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="295" />
            <source>not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="193" />
            <source>not valid JSON ({msg} at line {line}, column {col})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="356" />
            <source>unknown department {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="167" />
            <source>{path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="155" />
            <source>{path} holds neither departments.json nor events.json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="172" />
            <source>{path} is neither a folder with departments.json and events.json nor a file with 'departments' and 'events' (as 'deptcal export' writes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="88" />
            <source>{what}: would write {written}, skipped (invalid) {skipped}, already present {present}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="95" />
            <source>{what}: written {written}, skipped (invalid) {skipped}, already present {present}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../../desktop/domain/validation.py" line="94" />
            <source>Enter a department name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="58" />
            <source>Enter a real date as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="48" />
            <source>Enter a title.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="81" />
            <source>The description is too long (at most %n characters).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="121" />
            <source>The event is too large to save (DynamoDB allows 400 KB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="69" />
            <source>The link is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="74" />
            <source>The link must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="99" />
            <source>The name is too long (at most %n characters).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="64" />
            <source>The time is too long (at most %n characters).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="53" />
            <source>The title is too long (at most %n characters).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
