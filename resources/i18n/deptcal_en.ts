<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>DaysOff</name>
        <message numerus="yes">
            <location filename="../../desktop/domain/days_off.py" line="64" />
            <source>A name has at most %n characters.</source>
            <translation>
                <numerusform>A name has at most %n character.</numerusform>
                <numerusform>A name has at most %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/views/department_delete.py" line="42" />
            <source>Delete “{name}” and its %n events? Everyone loses them.</source>
            <translation>
                <numerusform>Delete “{name}” and its %n event? Everyone loses them.</numerusform>
                <numerusform>Delete “{name}” and its %n events? Everyone loses them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/department_delete.py" line="102" />
            <source>“{name}” was deleted. A backup of it and its %n events is saved in:</source>
            <translation>
                <numerusform>“{name}” was deleted. A backup of it and its %n event is saved in:</numerusform>
                <numerusform>“{name}” was deleted. A backup of it and its %n events is saved in:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="239" />
            <source>%n changes for another connection</source>
            <translation>
                <numerusform>%n change for another connection</numerusform>
                <numerusform>%n changes for another connection</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/dialogs.py" line="110" />
            <source>%n changes have not reached the shared calendar yet. They are kept on this computer and sent the next time Department Calendar is open and connected.</source>
            <translation>
                <numerusform>%n change has not reached the shared calendar yet. It is kept on this computer and sent the next time Department Calendar is open and connected.</numerusform>
                <numerusform>%n changes have not reached the shared calendar yet. They are kept on this computer and sent the next time Department Calendar is open and connected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="235" />
            <source>%n changes not sent</source>
            <translation>
                <numerusform>%n change not sent</numerusform>
                <numerusform>%n changes not sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/outbox.py" line="138" />
            <source>%n changes not sent:</source>
            <translation>
                <numerusform>%n change not sent:</numerusform>
                <numerusform>%n changes not sent:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="129" />
            <source>%n could not be read and are lost: check your recent changes in the calendar.</source>
            <translation>
                <numerusform>%n could not be read and is lost: check your recent changes in the calendar.</numerusform>
                <numerusform>%n could not be read and are lost: check your recent changes in the calendar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="202" />
            <source>%n department records could not be read and were skipped.</source>
            <translation>
                <numerusform>%n department record could not be read and was skipped.</numerusform>
                <numerusform>%n department records could not be read and were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="135" />
            <source>%n event records in this month could not be read and were skipped; see the log for details.</source>
            <translation>
                <numerusform>%n event record in this month could not be read and was skipped; see the log for details.</numerusform>
                <numerusform>%n event records in this month could not be read and were skipped; see the log for details.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="214" />
            <source>%n events in the list</source>
            <translation>
                <numerusform>%n event in the list</numerusform>
                <numerusform>%n events in the list</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="247" />
            <source>%n events of {departments} from {start} to {end} written to {path}.</source>
            <translation>
                <numerusform>%n event of {departments} from {start} to {end} written to {path}.</numerusform>
                <numerusform>%n events of {departments} from {start} to {end} written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="216" />
            <source>%n events this month</source>
            <translation>
                <numerusform>%n event this month</numerusform>
                <numerusform>%n events this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="210" />
            <source>%n events this week</source>
            <translation>
                <numerusform>%n event this week</numerusform>
                <numerusform>%n events this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="212" />
            <source>%n events this year</source>
            <translation>
                <numerusform>%n event this year</numerusform>
                <numerusform>%n events this year</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="259" />
            <source>%n months that could not be fetched are not in it.</source>
            <translation>
                <numerusform>%n month that could not be fetched is not in it.</numerusform>
                <numerusform>%n months that could not be fetched are not in it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="237" />
            <source>%n need your decision</source>
            <translation>
                <numerusform>%n needs your decision</numerusform>
                <numerusform>%n need your decision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="366" />
            <source>%n of {total} events were saved; the other {rest} were not.</source>
            <translation>
                <numerusform>%n of {total} events was saved; the other {rest} were not.</numerusform>
                <numerusform>%n of {total} events were saved; the other {rest} were not.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="324" />
            <source>Added %n events to “{title}”.</source>
            <translation>
                <numerusform>Added %n event to “{title}”.</numerusform>
                <numerusform>Added %n events to “{title}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/about_holidays.py" line="35" />
            <source>Company days off in effect: %n.</source>
            <translation>
                <numerusform>Company days off in effect: %n.</numerusform>
                <numerusform>Company days off in effect: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="294" />
            <source>Deleted “{title}”: %n events.</source>
            <translation>
                <numerusform>Deleted “{title}”: %n event.</numerusform>
                <numerusform>Deleted “{title}”: %n events.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="164" />
            <source>Saved “{title}”: %n events.</source>
            <translation>
                <numerusform>Saved “{title}”: %n event.</numerusform>
                <numerusform>Saved “{title}”: %n events.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/about_holidays.py" line="37" />
            <source>Set by your administrator: %n.</source>
            <translation>
                <numerusform>Set by your administrator: %n.</numerusform>
                <numerusform>Set by your administrator: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="117" />
            <source>The calendar saved on this computer was damaged and has been replaced. %n changes not sent yet were saved from it and will be sent.</source>
            <translation>
                <numerusform>The calendar saved on this computer was damaged and has been replaced. %n change not sent yet was saved from it and will be sent.</numerusform>
                <numerusform>The calendar saved on this computer was damaged and has been replaced. %n changes not sent yet were saved from it and will be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="174" />
            <source>Trying again in %n seconds.</source>
            <translation>
                <numerusform>Trying again in %n second.</numerusform>
                <numerusform>Trying again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="203" />
            <source>and %n more months</source>
            <translation>
                <numerusform>and %n more months</numerusform>
                <numerusform>and %n more months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="360" />
            <source>“{title}”: %n of {total} events were saved; the other {rest} were not.</source>
            <translation>
                <numerusform>“{title}”: %n of {total} events was saved; the other {rest} were not.</numerusform>
                <numerusform>“{title}”: %n of {total} events were saved; the other {rest} were not.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="317" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="312" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/day_delegate.py" line="567" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MorningSummary</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/morning_summary.py" line="110" />
            <source>%n events today</source>
            <translation>
                <numerusform>%n event today</numerusform>
                <numerusform>%n events today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/morning_summary.py" line="118" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/views/pending_dialog.py" line="39" />
            <source>%n changes for another connection ({where}): kept on this computer and sent when that connection is used again.</source>
            <translation>
                <numerusform>%n change for another connection ({where}): kept on this computer and sent when that connection is used again.</numerusform>
                <numerusform>%n changes for another connection ({where}): kept on this computer and sent when that connection is used again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message numerus="yes">
            <location filename="../../desktop/views/print_document.py" line="269" />
            <source>%n months could not be fetched and are not in it</source>
            <translation>
                <numerusform>%n month could not be fetched and is not in it</numerusform>
                <numerusform>%n months could not be fetched and are not in it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/print_agenda.py" line="282" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="20" />
            <source>%n days before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="22" />
            <source>%n hours before</source>
            <translation>
                <numerusform>%n hour before</numerusform>
                <numerusform>%n hours before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="90" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="23" />
            <source>%n minutes before</source>
            <translation>
                <numerusform>%n minute before</numerusform>
                <numerusform>%n minutes before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="190" />
            <source>%n missed reminders</source>
            <translation>
                <numerusform>%n missed reminder</numerusform>
                <numerusform>%n missed reminders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="125" />
            <source>%n reminders due.</source>
            <translation>
                <numerusform>%n reminder due.</numerusform>
                <numerusform>%n reminders due.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="91" />
            <source>Remind me again in %n minutes</source>
            <translation>
                <numerusform>Remind me again in %n minute</numerusform>
                <numerusform>Remind me again in %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="203" />
            <source>Starts in %n minutes</source>
            <translation>
                <numerusform>Starts in %n minute</numerusform>
                <numerusform>Starts in %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="189" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatEditor</name>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="431" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="418" />
            <source>Events are made for the next %n months; the series can be extended later.</source>
            <translation>
                <numerusform>Events are made for the next %n month; the series can be extended later.</numerusform>
                <numerusform>Events are made for the next %n months; the series can be extended later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="227" />
            <source>Keeps going (%n months for now)</source>
            <translation>
                <numerusform>Keeps going (%n month for now)</numerusform>
                <numerusform>Keeps going (%n months for now)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatText</name>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="158" />
            <source>%n times</source>
            <translation>
                <numerusform>%n time</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="135" />
            <source>Every %n days</source>
            <translation>
                <numerusform>Every %n day</numerusform>
                <numerusform>Every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="94" />
            <source>Every %n months on day {day}</source>
            <translation>
                <numerusform>Every %n month on day {day}</numerusform>
                <numerusform>Every %n months on day {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="102" />
            <source>Every %n months on the {nth} {weekday}</source>
            <translation>
                <numerusform>Every %n month on the {nth} {weekday}</numerusform>
                <numerusform>Every %n months on the {nth} {weekday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="140" />
            <source>Every %n weeks on {days}</source>
            <translation>
                <numerusform>Every %n week on {days}</numerusform>
                <numerusform>Every %n weeks on {days}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="123" />
            <source>Every %n years on lunar {month}/{day}</source>
            <translation>
                <numerusform>Every %n year on lunar {month}/{day}</numerusform>
                <numerusform>Every %n years on lunar {month}/{day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="110" />
            <source>Every %n years on {date}</source>
            <translation>
                <numerusform>Every %n year on {date}</numerusform>
                <numerusform>Every %n years on {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="188" />
            <source>{days} (%n days)</source>
            <translation>
                <numerusform>{days} (%n day)</numerusform>
                <numerusform>{days} (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="131" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="166" />
            <source>%n events found so far, searching on…</source>
            <translation>
                <numerusform>%n event found so far, searching on…</numerusform>
                <numerusform>%n events found so far, searching on…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="170" />
            <source>%n months could not be fetched: {reason}</source>
            <translation>
                <numerusform>%n month could not be fetched: {reason}</numerusform>
                <numerusform>%n months could not be fetched: {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="198" />
            <source>%n months of the departments searched in {year} are not saved on this computer; fetch them and search them too.</source>
            <translation>
                <numerusform>%n month of the departments searched in {year} is not saved on this computer; fetch it and search it too.</numerusform>
                <numerusform>%n months of the departments searched in {year} are not saved on this computer; fetch them and search them too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="74" />
            <source>(%n months saved)</source>
            <translation>
                <numerusform>(%n month saved)</numerusform>
                <numerusform>(%n months saved)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="159" />
            <source>Offline: %n months could not be fetched. Try again when the network is back.</source>
            <translation>
                <numerusform>Offline: %n month could not be fetched. Try again when the network is back.</numerusform>
                <numerusform>Offline: %n months could not be fetched. Try again when the network is back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="166" />
            <source>Stopped: %n months not fetched.</source>
            <translation>
                <numerusform>Stopped: %n month not fetched.</numerusform>
                <numerusform>Stopped: %n months not fetched.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="168" />
            <source>The first %n events found; type more to narrow</source>
            <translation>
                <numerusform>The first %n event found; type more to narrow</numerusform>
                <numerusform>The first %n events found; type more to narrow</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="69" />
            <source>in %n departments</source>
            <translation>
                <numerusform>in %n department</numerusform>
                <numerusform>in %n departments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceSwitch</name>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="65" />
            <source>%n changes have not reached the current shared calendar yet. What should happen to them before switching to the new connection?</source>
            <translation>
                <numerusform>%n change has not reached the current shared calendar yet. What should happen to it before switching to the new connection?</numerusform>
                <numerusform>%n changes have not reached the current shared calendar yet. What should happen to them before switching to the new connection?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="140" />
            <source>Discard %n changes not sent? They never reach the shared calendar and cannot be brought back.</source>
            <translation>
                <numerusform>Discard %n change not sent? It never reaches the shared calendar and cannot be brought back.</numerusform>
                <numerusform>Discard %n changes not sent? They never reach the shared calendar and cannot be brought back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/team_model.py" line="188" />
            <source>{department}, {day}: %n events</source>
            <translation>
                <numerusform>{department}, {day}: %n event</numerusform>
                <numerusform>{department}, {day}: %n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/tray_menu.py" line="181" />
            <source>%n events today</source>
            <translation>
                <numerusform>%n event today</numerusform>
                <numerusform>%n events today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/tray_menu.py" line="147" />
            <source>+%n more…</source>
            <translation>
                <numerusform>+%n more…</numerusform>
                <numerusform>+%n more…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YearView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/year_view.py" line="251" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cleanup</name>
        <message numerus="yes">
            <location filename="../../desktop/cleanup.py" line="204" />
            <source>%n changes made in this app were not sent to the shared calendar yet and would be lost. Open Department Calendar while connected so that it sends them, or add --force to delete them. Nothing was deleted.</source>
            <translation>
                <numerusform>%n change made in this app was not sent to the shared calendar yet and would be lost. Open Department Calendar while connected so that it sends it, or add --force to delete it. Nothing was deleted.</numerusform>
                <numerusform>%n changes made in this app were not sent to the shared calendar yet and would be lost. Open Department Calendar while connected so that it sends them, or add --force to delete them. Nothing was deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/cleanup.py" line="235" />
            <source>%n changes not sent were deleted with it (--force).</source>
            <translation>
                <numerusform>%n change not sent was deleted with it (--force).</numerusform>
                <numerusform>%n changes not sent were deleted with it (--force).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../desktop/cli.py" line="296" />
            <source>%n departments</source>
            <translation>
                <numerusform>%n department</numerusform>
                <numerusform>%n departments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/cli.py" line="297" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="550" />
            <source>%n events were added to “{name}” while it was being backed up, so nothing was deleted. Delete again to back up and delete them too.</source>
            <translation>
                <numerusform>%n event was added to “{name}” while it was being backed up, so nothing was deleted. Delete again to back up and delete it too.</numerusform>
                <numerusform>%n events were added to “{name}” while it was being backed up, so nothing was deleted. Delete again to back up and delete them too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="537" />
            <source>“{name}” still has %n events. Delete them too, or move them to another department first.</source>
            <translation>
                <numerusform>“{name}” still has %n event. Delete it too, or move it to another department first.</numerusform>
                <numerusform>“{name}” still has %n events. Delete them too, or move them to another department first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ical_import</name>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="177" />
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="168" />
            <source>%n to create</source>
            <translation>
                <numerusform>%n to create</numerusform>
                <numerusform>%n to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="172" />
            <source>%n to delete</source>
            <translation>
                <numerusform>%n to delete</numerusform>
                <numerusform>%n to delete</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="169" />
            <source>%n to update</source>
            <translation>
                <numerusform>%n to update</numerusform>
                <numerusform>%n to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="173" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message numerus="yes">
            <location filename="../../desktop/data/migrate.py" line="117" />
            <source>{reason} The import stopped after writing %n records. Running the same command again is safe: it skips what is already in the tables and writes the rest.</source>
            <translation>
                <numerusform>{reason} The import stopped after writing %n record. Running the same command again is safe: it skips what is already in the tables and writes the rest.</numerusform>
                <numerusform>{reason} The import stopped after writing %n records. Running the same command again is safe: it skips what is already in the tables and writes the rest.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="82" />
            <source>The description is too long (at most %n characters).</source>
            <translation>
                <numerusform>The description is too long (at most %n character).</numerusform>
                <numerusform>The description is too long (at most %n characters).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="131" />
            <source>The name is too long (at most %n characters).</source>
            <translation>
                <numerusform>The name is too long (at most %n character).</numerusform>
                <numerusform>The name is too long (at most %n characters).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="65" />
            <source>The time is too long (at most %n characters).</source>
            <translation>
                <numerusform>The time is too long (at most %n character).</numerusform>
                <numerusform>The time is too long (at most %n characters).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="54" />
            <source>The title is too long (at most %n characters).</source>
            <translation>
                <numerusform>The title is too long (at most %n character).</numerusform>
                <numerusform>The title is too long (at most %n characters).</numerusform>
            </translation>
        </message>
    </context>
</TS>
