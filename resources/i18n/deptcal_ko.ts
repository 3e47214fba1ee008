<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../desktop/views/banner.py" line="41" />
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="212" />
            <source>(deleted)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="89" />
            <source>Comparison of the two versions</source>
            <translation>두 버전 비교</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="171" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="177" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="182" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="223" />
            <source>Different</source>
            <translation>다름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="118" />
            <source>Discard mine</source>
            <translation>내 변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="65" />
            <source>Event deleted by someone else</source>
            <translation>다른 사용자가 삭제한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="93" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="135" />
            <source>Keep their version and add yours as a separate event.</source>
            <translation>다른 사용자의 버전은 그대로 두고 내 버전을 별도의 일정으로 추가합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="118" />
            <source>Keep theirs</source>
            <translation>다른 사용자의 버전 유지</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="186" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="126" />
            <source>Overwrite with mine</source>
            <translation>내 버전으로 덮어쓰기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="131" />
            <source>Replace their version with yours.</source>
            <translation>다른 사용자의 버전을 내 버전으로 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="126" />
            <source>Restore mine</source>
            <translation>내 버전 복원</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="133" />
            <source>Save mine as a new event</source>
            <translation>내 버전을 새 일정으로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="129" />
            <source>Save your version again under the same event.</source>
            <translation>내 버전을 같은 일정으로 다시 저장합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="67" />
            <source>Someone else changed this event</source>
            <translation>다른 사용자가 변경한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="73" />
            <source>Someone else deleted “{title}” while you were editing it. You can restore your version, save it as a new event, or discard it.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정을 삭제했습니다. 내 버전을 복원하거나, 새 일정으로 저장하거나, 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="79" />
            <source>Someone else saved a change to “{title}” while you were editing it. Compare the two versions and choose which to keep.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정의 변경 내용을 저장했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="96" />
            <source>Their version</source>
            <translation>다른 사용자의 버전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="94" />
            <source>Their version (deleted)</source>
            <translation>다른 사용자의 버전(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="123" />
            <source>Throw away your changes and keep their version.</source>
            <translation>내 변경 내용을 버리고 다른 사용자의 버전을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="121" />
            <source>Throw away your changes; the event stays deleted.</source>
            <translation>내 변경 내용을 버립니다. 일정은 삭제된 상태로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="175" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="166" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="97" />
            <source>Your version</source>
            <translation>내 버전</translation>
        </message>
    </context>
    <context>
        <name>ConnectionCheck</name>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="153" />
            <source>A test query on “{table}” ({index}) worked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="290" />
            <source>AWS did not accept the credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="193" />
            <source>Access denied: these credentials may not perform {action} on “{table}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="197" />
            <source>Ask your AWS administrator to attach the setup guide's policy to these credentials: “Copy IAM policy” puts it on the clipboard, with this region and these table names. The policy allows one region and the named tables only, so also check the region and table names above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="166" />
            <source>Cannot reach DynamoDB at {endpoint}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="278" />
            <source>Check the access key ID and the secret access key: copy both again from the AWS console or from your administrator. The key may have been deleted or deactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="284" />
            <source>Check the credentials this option uses (the profile, or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables): the key may have been deleted or deactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="213" />
            <source>Check the region: a table exists in one region only, so tables made in another region are not found here. Check the table names too. If this is a new set-up, create the tables with “Create tables…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="169" />
            <source>Check this computer's network connection (and proxy, if your organisation uses one), then test again. If you entered an endpoint under Advanced, check its address and that the service is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="184" />
            <source>Choose another profile, or set this one up first (“aws configure --profile NAME” or “aws configure sso”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="243" />
            <source>Correct the setting above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="239" />
            <source>DynamoDB is busy: the table's capacity is used up right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="275" />
            <source>Enter a new access key, or sign in again, then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="265" />
            <source>Enter an access key, choose an AWS profile, or ask your administrator how this computer signs in to AWS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="228" />
            <source>Enter the names of the calendar's tables, or ask your administrator to fix this table (keys cannot be changed: the table must be made again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="264" />
            <source>No AWS credentials were found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="157" />
            <source>Reading the departments from “{table}” worked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="257" />
            <source>Sign in again: run this command in a terminal, then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="148" />
            <source>Table “{table}” exists, is active, and has the expected keys and index ({index}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="294" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="274" />
            <source>The AWS credentials have expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="181" />
            <source>The AWS profile “{profile}” does not exist on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="254" />
            <source>The AWS sign-in (SSO) for profile “{profile}” has expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="210" />
            <source>The table “{table}” does not exist in region {region}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="224" />
            <source>The table “{table}” exists but is not set up as the guide describes: {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="344" />
            <source>This computer's AWS configuration file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="235" />
            <source>Wait a minute, then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="240" />
            <source>Wait a moment, then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="373" />
            <source>the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="158" />
            <source>{check}: passed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="121" />
            <source>&amp;New event…</source>
            <translation>새 일정(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="126" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="224" />
            <source>Delete…</source>
            <translation>삭제…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="95" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="117" />
            <source>Double-click or press Enter to open an event; Delete removes it.</source>
            <translation>일정을 열려면 두 번 클릭하거나 Enter 키를 누르세요. Delete 키를 누르면 삭제됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="92" />
            <source>Events on {date}</source>
            <translation>{date} 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="112" />
            <source>No events on this day.</source>
            <translation>이 날에는 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="223" />
            <source>Open…</source>
            <translation>열기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="95" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="95" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="172" />
            <source>conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="170" />
            <source>waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="276" />
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="92" />
            <source>&amp;Delete…</source>
            <translation>삭제(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="89" />
            <source>&amp;New department</source>
            <translation>새 부서(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="282" />
            <source>&amp;Save changes</source>
            <translation>변경 내용 저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="410" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="163" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="380" />
            <source>Counting events…</source>
            <translation>일정 수를 세는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="393" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="407" />
            <source>Delete department</source>
            <translation>부서 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="398" />
            <source>Delete department and 1 event</source>
            <translation>부서와 일정 1개 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="404" />
            <source>Delete department and {count} events</source>
            <translation>부서와 일정 {count}개 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="392" />
            <source>Delete “{name}”?</source>
            <translation>“{name}” 부서를 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="415" />
            <source>Deleting…</source>
            <translation>삭제하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="67" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="139" />
            <source>Descri&amp;ption:</source>
            <translation>설명(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="111" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="306" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="304" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="305" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="281" />
            <source>Edit department</source>
            <translation>부서 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="307" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="135" />
            <source>Na&amp;me:</source>
            <translation>이름(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="108" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="275" />
            <source>New department</source>
            <translation>새 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="368" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="411" />
            <source>This cannot be undone.</source>
            <translation>이 작업은 실행 취소할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="109" />
            <source>e.g. Sales</source>
            <translation>예: 영업팀</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="395" />
            <source>“{name}” has 1 event. Delete the department and its event?</source>
            <translation>“{name}” 부서에 일정이 1개 있습니다. 부서와 일정을 함께 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="400" />
            <source>“{name}” has {count} events. Delete the department and all {count} events?</source>
            <translation>“{name}” 부서에 일정이 {count}개 있습니다. 부서와 일정 {count}개를 모두 삭제하시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPanel</name>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="179" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="168" />
            <source>Filter departments</source>
            <translation>부서 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="89" />
            <source>Shown in the calendar</source>
            <translation>캘린더에 표시됨</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="92" />
            <source>Conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="52" />
            <source>Department:</source>
            <translation>부서:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="58" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="53" />
            <source>Link:</source>
            <translation>링크:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="62" />
            <source>Select an event to see its details.</source>
            <translation>일정을 선택하면 세부 정보가 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="54" />
            <source>Status:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="91" />
            <source>Waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="51" />
            <source>When:</source>
            <translation>일시:</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="377" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="389" />
            <source>&amp;Link:</source>
            <translation>링크(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="373" />
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="214" />
            <source>All day / no time</source>
            <translation>종일 / 시간 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="408" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="392" />
            <source>D&amp;escription:</source>
            <translation>설명(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="313" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="385" />
            <source>De&amp;partment:</source>
            <translation>부서(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="333" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="351" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="353" />
            <source>Details, place, people…</source>
            <translation>세부 내용, 장소, 참석자…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="622" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="620" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="621" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="300" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="623" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="346" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="300" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="325" />
            <source>Pick a time from the list, or type anything, such as “after lunch”. Leave it empty for an all-day event.</source>
            <translation>목록에서 시간을 고르거나 “점심 후”처럼 자유롭게 입력하세요. 종일 일정이면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="403" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="404" />
            <source>Save (Ctrl+Enter)</source>
            <translation>저장(Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="550" />
            <source>Saving moves the event to {department}.</source>
            <translation>저장하면 일정이 {department}(으)로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="411" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="381" />
            <source>T&amp;ime:</source>
            <translation>시간(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="467" />
            <source>There is no department yet. Create a department first.</source>
            <translation>아직 부서가 없습니다. 먼저 부서를 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="323" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="309" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="460" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="310" />
            <source>What is happening?</source>
            <translation>어떤 일정인가요?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="396" />
            <source>%n department record(s) could not be read and were skipped.</source>
            <translation>
                <numerusform>부서 레코드 %n개를 읽을 수 없어 건너뛰었습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="546" />
            <source>%n event record(s) in this month could not be read and were skipped; see the log for details.</source>
            <translation>
                <numerusform>이번 달 일정 레코드 %n개를 읽을 수 없어 건너뛰었습니다. 자세한 내용은 로그를 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="1093" />
            <source>%n event(s) this month</source>
            <translation>
                <numerusform>이번 달 일정 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="240" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="236" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="252" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="244" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="232" />
            <source>About Department Calendar</source>
            <translation>부서 캘린더 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="862" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="861" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="217" />
            <source>Delete event</source>
            <translation>일정 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="858" />
            <source>Delete “{title}” on {date}?</source>
            <translation>{date}의 “{title}” 일정을 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="871" />
            <source>Deleted “{title}”.</source>
            <translation>“{title}” 일정을 삭제했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="127" />
            <source>Demo mode: a local sample calendar. Nothing you change here is saved.</source>
            <translation>데모 모드: 로컬 샘플 캘린더입니다. 여기에서 변경한 내용은 저장되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="102" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1168" />
            <source>Department Calendar {version}
The department calendars kept in DynamoDB.</source>
            <translation>부서 캘린더 {version}
DynamoDB에 저장된 부서별 캘린더입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="221" />
            <source>Departments…</source>
            <translation>부서 관리…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="215" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1124" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1097" />
            <source>Fetched at {time}</source>
            <translation>{time}에 가져옴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="230" />
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="291" />
            <source>From the language setting</source>
            <translation>언어 설정에 따름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="645" />
            <source>Go to date</source>
            <translation>날짜로 이동</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="203" />
            <source>Go to date…</source>
            <translation>날짜로 이동…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="250" />
            <source>Holidays</source>
            <translation>공휴일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="814" />
            <source>Kept the other version.</source>
            <translation>다른 사용자의 버전을 유지했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1118" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="928" />
            <source>Moved “{title}” to {date}.</source>
            <translation>“{title}” 일정을 {date}(으)로 옮겼습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="924" />
            <source>Moved “{title}” to {department}.</source>
            <translation>“{title}” 일정을 {department}(으)로 옮겼습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="255" />
            <source>Navigation</source>
            <translation>탐색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="210" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="200" />
            <source>Next month</source>
            <translation>다음 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="294" />
            <source>Off</source>
            <translation>표시 안 함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1121" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="576" />
            <source>Offline: no data has been saved on this computer yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="574" />
            <source>Offline: showing data saved at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1072" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="195" />
            <source>Previous month</source>
            <translation>이전 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="224" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="227" />
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1102" />
            <source>Read capacity used this session: {units:.1f} units</source>
            <translation>이번 세션에서 사용한 읽기 용량: {units:.1f} 단위</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="205" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="890" />
            <source>Restored “{title}”.</source>
            <translation>“{title}” 일정을 복원했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="390" />
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1072" />
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="226" />
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1077" />
            <source>Saved {path}.</source>
            <translation>{path} 파일을 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="777" />
            <source>Saved “{title}”.</source>
            <translation>“{title}” 일정을 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="292" />
            <source>South Korea</source>
            <translation>대한민국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="384" />
            <source>The departments table is empty, but this computer has departments saved from it. The region or table names may be wrong: check Settings. Showing the saved calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="407" />
            <source>There are no departments yet. Create one to start.</source>
            <translation>아직 부서가 없습니다. 부서를 만들어 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="506" />
            <source>This month was never loaded on this computer, and DynamoDB cannot be reached now. It loads by itself when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="198" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="579" />
            <source>Try now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="577" />
            <source>Trying again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="162" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="293" />
            <source>United States</source>
            <translation>미국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="437" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="1128" />
            <source>Up to date at {time}</source>
            <translation>{time} 기준 최신 상태</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="208" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>일정 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_view.py" line="187" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n개 더 보기</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="304" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="303" />
            <source>Month calendar</source>
            <translation>월간 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="261" />
            <source>conflict</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="259" />
            <source>pending</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="111" />
            <source>Africa (Cape Town)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="112" />
            <source>Asia Pacific (Hong Kong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="117" />
            <source>Asia Pacific (Hyderabad)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="120" />
            <source>Asia Pacific (Jakarta)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="122" />
            <source>Asia Pacific (Malaysia)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="121" />
            <source>Asia Pacific (Melbourne)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="116" />
            <source>Asia Pacific (Mumbai)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="123" />
            <source>Asia Pacific (New Zealand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="115" />
            <source>Asia Pacific (Osaka)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="110" />
            <source>Asia Pacific (Seoul)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="118" />
            <source>Asia Pacific (Singapore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="119" />
            <source>Asia Pacific (Sydney)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="113" />
            <source>Asia Pacific (Taipei)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="124" />
            <source>Asia Pacific (Thailand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="114" />
            <source>Asia Pacific (Tokyo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="125" />
            <source>Canada (Central)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="126" />
            <source>Canada West (Calgary)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="127" />
            <source>Europe (Frankfurt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="132" />
            <source>Europe (Ireland)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="133" />
            <source>Europe (London)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="130" />
            <source>Europe (Milan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="134" />
            <source>Europe (Paris)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="131" />
            <source>Europe (Spain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="129" />
            <source>Europe (Stockholm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="128" />
            <source>Europe (Zurich)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="135" />
            <source>Israel (Tel Aviv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="138" />
            <source>Mexico (Central)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="137" />
            <source>Middle East (Bahrain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="136" />
            <source>Middle East (UAE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="139" />
            <source>South America (São Paulo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="140" />
            <source>US East (N. Virginia)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="141" />
            <source>US East (Ohio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="142" />
            <source>US West (N. California)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="143" />
            <source>US West (Oregon)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="761" />
            <source>&amp;Create tables…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="577" />
            <source>&amp;Departments table:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="573" />
            <source>&amp;Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="675" />
            <source>&amp;Secret access key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="759" />
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1254" />
            <source>A secret key is stored in {store}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1128" />
            <source>A table name has 3 to 255 letters, digits, “_”, “-” or “.”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="693" />
            <source>AWS profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="542" />
            <source>AWS region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="672" />
            <source>Access key &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="643" />
            <source>Access key ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="587" />
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="634" />
            <source>An &amp;access key, kept in this computer's password store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="686" />
            <source>An AWS &amp;profile of this computer (including SSO sign-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="494" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1617" />
            <source>Capacity: on-demand. AWS charges per request; nothing to plan or adjust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1622" />
            <source>Capacity: provisioned, as in the guide: 10 read and 10 write units per table, 5/5 for name-index and 10/10 for department-date-index (a fixed monthly cost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1156" />
            <source>Checking the keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="750" />
            <source>Checks the values on the left before you save them: that both tables exist and are set up as the guide describes, and that these credentials may use them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1158" />
            <source>Choose a profile or the environment: this computer cannot keep an access key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1151" />
            <source>Choose an AWS profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1115" />
            <source>Choose the AWS region of the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="794" />
            <source>Command to sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="414" />
            <source>Connection settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="745" />
            <source>Connection test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="798" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="807" />
            <source>Copy IAM policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1404" />
            <source>Create tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1407" />
            <source>Create the calendar's tables “{departments}” and “{events}” in region {region}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1456" />
            <source>Creating the tables…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="438" />
            <source>Department Calendar needs to know where your department's calendar is stored: two tables in Amazon DynamoDB (an AWS database), the same ones the web calendar uses. Your administrator can tell you the region, the table names and how to sign in. To look around first, try the demo: it needs no AWS account and saves nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="564" />
            <source>Departments table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="611" />
            <source>E&amp;ndpoint URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="581" />
            <source>E&amp;vents table:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="597" />
            <source>Empty: Amazon's DynamoDB service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="596" />
            <source>Endpoint URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1117" />
            <source>Enter a region code such as ap-northeast-2 (or pick one from the list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1164" />
            <source>Enter the access key ID and the secret access key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1166" />
            <source>Enter the access key ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1168" />
            <source>Enter the secret access key that belongs to this access key ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1126" />
            <source>Enter the table's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="568" />
            <source>Events table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1364" />
            <source>Everything is in place. Click OK to save these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1641" />
            <source>Existing tables are kept as they are. Creating takes up to a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="325" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="764" />
            <source>For administrators: create the two tables as the setup guide describes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="622" />
            <source>How this computer signs in to AWS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1372" />
            <source>It allows {actions} and the other actions the app needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1280" />
            <source>No AWS profiles were found on this computer. Set one up with “aws configure” or “aws configure sso”, or choose another option.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1229" />
            <source>Not available: this computer has no password store (keyring) to keep an access key safely. Use an AWS profile or the environment instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="782" />
            <source>Not tested yet. Test the connection to see whether everything is in place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="490" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1417" />
            <source>On-demand capacity: pay per request (the guide's advice for small teams)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="602" />
            <source>Only for DynamoDB Local or another DynamoDB-compatible service, such as http://localhost:8000. Leave it empty to use AWS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1601" />
            <source>Overridden by the environment variable {variable} (“{value}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1609" />
            <source>Overridden by {variable} in a .env file (“{value}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="325" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1271" />
            <source>Paste the secret access key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="810" />
            <source>Put the setup guide's IAM policy, with this region and these table names, on the clipboard, for your AWS administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1276" />
            <source>Reading the AWS profiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="657" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="660" />
            <source>Remove the stored access key from this computer when you click OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1259" />
            <source>Saved in {store} when you click OK, never in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="501" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="649" />
            <source>Secret access key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="208" />
            <source>Set by your administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="464" />
            <source>Some settings are managed by your organisation and cannot be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1349" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1318" />
            <source>Testing the connection to {endpoint}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="707" />
            <source>The &amp;environment (AWS's standard sign-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="991" />
            <source>The AWS profiles could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="555" />
            <source>The AWS region where the tables were created, such as ap-northeast-2 (Seoul). Pick one from the list or type its code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1139" />
            <source>The endpoint must be an http:// or https:// URL, such as http://localhost:8000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1388" />
            <source>The policy is on the clipboard: give it to your AWS administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="822" />
            <source>The settings changed since this test: test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1244" />
            <source>The stored access key will be removed when you click OK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1249" />
            <source>The stored secret key will be replaced when you click OK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1492" />
            <source>The tables could not be created: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1346" />
            <source>The test stopped with an unexpected error ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1136" />
            <source>The two tables need different names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="497" />
            <source>Try the demo instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1269" />
            <source>Type a new secret to replace the stored one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1246" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="714" />
            <source>Uses what the AWS command line would use: the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, the default profile, or the computer's own AWS role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="432" />
            <source>Welcome to Department Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="534" />
            <source>Where the calendar is stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1005" />
            <source>{profile} (SSO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1010" />
            <source>{profile} (not on this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1653" />
            <source>“{table}”: already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1651" />
            <source>“{table}”: creating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1655" />
            <source>“{table}”: ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1656" />
            <source>“{table}”: {status}, waiting until it is ready…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1629" />
            <source>• “{table}”: key id; index name-index (by department name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="1633" />
            <source>• “{table}”: keys id and department_id; index department-date-index (by department and date).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/demo.py" line="64" />
            <source>The demo needs moto, a development dependency of deptcal. Install the development dependencies with 'uv sync' (or 'pip install "moto[server]"') and try again.</source>
            <translation>데모를 실행하려면 deptcal의 개발 의존성인 moto가 필요합니다. 'uv sync'(또는 'pip install "moto[server]"')로 개발 의존성을 설치한 후 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/data/errors.py" line="317" />
            <source>A department named “{name}” already exists.</source>
            <translation>이름이 “{name}”인 부서가 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="89" />
            <source>AWS did not accept the access key. Check the access key ID and secret in Settings; the key may have been deleted or deactivated.</source>
            <translation>AWS에서 액세스 키를 받아들이지 않았습니다. 설정에서 액세스 키 ID와 보안 액세스 키를 확인하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="146" />
            <source>Access denied: these credentials may not perform {action}. Ask your AWS administrator to attach the policy from the setup guide (it allows {action}).</source>
            <translation>액세스가 거부되었습니다. 이 자격 증명으로는 {action} 작업을 수행할 수 없습니다. AWS 관리자에게 설정 안내서의 정책({action} 허용)을 연결해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="265" />
            <source>An item with the id {id} already exists.</source>
            <translation>ID가 {id}인 항목이 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="50" />
            <source>Cannot reach DynamoDB at {endpoint}. Check the network connection and try again; if this keeps happening, check the region and endpoint in Settings.</source>
            <translation>{endpoint}의 DynamoDB에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요. 문제가 계속되면 설정에서 리전과 엔드포인트를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="83" />
            <source>Choose an AWS region.</source>
            <translation>AWS 리전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="213" />
            <source>DynamoDB is busy: the tables' capacity is used up right now. Wait a moment and try again; if this happens often, ask your administrator to raise the capacity or switch the tables to on-demand.</source>
            <translation>DynamoDB가 사용 중입니다. 현재 테이블의 용량을 모두 사용했습니다. 잠시 후 다시 시도하세요. 이 문제가 자주 발생하면 관리자에게 용량을 늘리거나 테이블을 온디맨드 모드로 전환해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="297" />
            <source>DynamoDB refused the data as invalid. Check the fields and try again.</source>
            <translation>DynamoDB에서 데이터가 유효하지 않다며 거부했습니다. 입력 항목을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="412" />
            <source>DynamoDB reported an unexpected error ({code}). Try again; if it persists, send the log to your administrator.</source>
            <translation>DynamoDB에서 예기치 않은 오류({code})를 보고했습니다. 다시 시도하세요. 문제가 계속되면 관리자에게 로그를 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="85" />
            <source>Enter both table names.</source>
            <translation>두 테이블 이름을 모두 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="77" />
            <source>No AWS credentials were found. Enter an access key in Settings, choose an AWS profile, or ask your administrator.</source>
            <translation>AWS 자격 증명을 찾을 수 없습니다. 설정에서 액세스 키를 입력하거나 AWS 프로필을 선택하거나 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="66" />
            <source>Not connected to DynamoDB yet. Wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="237" />
            <source>Someone else changed “{title}” after you opened it. Compare the two versions and choose which to keep.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 변경했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="248" />
            <source>Someone else deleted “{title}” after you opened it. You can save your version as a new event or discard it.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 삭제했습니다. 내 버전을 새 일정으로 저장하거나 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="101" />
            <source>The AWS credentials have expired. Sign in again or enter a new access key in Settings.</source>
            <translation>AWS 자격 증명이 만료되었습니다. 다시 로그인하거나 설정에서 새 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="127" />
            <source>The AWS profile '{profile}' does not exist in this computer's AWS configuration. Choose another profile in Settings.</source>
            <translation>이 컴퓨터의 AWS 구성에 '{profile}' AWS 프로필이 없습니다. 설정에서 다른 프로필을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="113" />
            <source>The AWS sign-in for profile '{profile}' has expired. Run this command, then try again: aws sso login --profile {profile}</source>
            <translation>'{profile}' 프로필의 AWS 로그인이 만료되었습니다. 다음 명령을 실행한 후 다시 시도하세요: aws sso login --profile {profile}</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="393" />
            <source>The credential is too long for the system password store (at most {limit} bytes). Check that you pasted only the key.</source>
            <translation>자격 증명이 너무 길어 시스템 암호 저장소에 저장할 수 없습니다(최대 {limit}바이트). 키만 붙여 넣었는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/connection.py" line="61" />
            <source>The credential mode in Settings must be keyring, profile or default.</source>
            <translation>설정의 자격 증명 모드는 keyring, profile, default 중 하나여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/config.py" line="79" />
            <source>The endpoint must be an http:// or https:// URL.</source>
            <translation>엔드포인트는 http:// 또는 https:// URL이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="382" />
            <source>The system password store (keyring) refused the request. Unlock it and try again.</source>
            <translation>시스템 암호 저장소(키링)가 요청을 거부했습니다. 잠금을 해제한 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="166" />
            <source>The table '{table}' does not exist in region {region}. Check the region and table names in Settings, or create the tables.</source>
            <translation>{region} 리전에 '{table}' 테이블이 없습니다. 설정에서 리전과 테이블 이름을 확인하거나 테이블을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="200" />
            <source>The table '{table}' exists but is not set up as the guide describes: {problems}. Use other table names, or ask your administrator to fix it.</source>
            <translation>'{table}' 테이블이 있지만 안내서에 설명된 대로 설정되어 있지 않습니다: {problems}. 다른 테이블 이름을 사용하거나 관리자에게 수정을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="181" />
            <source>The table '{table}' is not ready yet (status {status}). Wait a minute and try again.</source>
            <translation>'{table}' 테이블이 아직 준비되지 않았습니다(상태: {status}). 잠시 기다린 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="370" />
            <source>This computer has no usable password store (keyring), so the access key cannot be saved safely. Use an AWS profile or environment credentials instead.</source>
            <translation>이 컴퓨터에는 사용할 수 있는 암호 저장소(키링)가 없어 액세스 키를 안전하게 저장할 수 없습니다. 대신 AWS 프로필이나 환경 변수의 자격 증명을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="274" />
            <source>{what} no longer exists. Refresh to see the current data.</source>
            <translation>{what}이(가) 더 이상 없습니다. 새로 고침하여 현재 데이터를 확인하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="332" />
            <source>“{name}” still has %n event(s). Delete them too, or move them to another department first.</source>
            <translation>
                <numerusform>“{name}” 부서에 아직 일정이 %n개 있습니다. 일정도 함께 삭제하거나 먼저 다른 부서로 옮기세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="353" />
            <source>“{title}” was copied to the new department, but the original could not be removed ({reason}). The event now appears in both departments; delete the original when you can.</source>
            <translation>“{title}” 일정을 새 부서로 복사했지만 원본을 제거하지 못했습니다({reason}). 이제 이 일정이 두 부서에 모두 표시되므로 가능할 때 원본을 삭제하세요.</translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <location filename="../../desktop/data/migrate.py" line="197" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} 파일을 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="103" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="87" />
            <source>Dry run, nothing was written.</source>
            <translation>모의 실행이므로 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="104" />
            <source>Events</source>
            <translation>일정</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="222" />
            <source>In {file}, {collection} must be a JSON object or a list.</source>
            <translation>{file} 파일의 {collection} 항목은 JSON 객체나 배열이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="306" />
            <source>duplicate id (the first one is kept)</source>
            <translation>중복된 ID(첫 번째 항목을 유지함)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="249" />
            <source>id longer than {limit} bytes</source>
            <translation>ID가 {limit}바이트보다 김</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="191" />
            <source>not UTF-8 text (byte {at})</source>
            <translation>UTF-8 텍스트가 아님(바이트 {at})</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="295" />
            <source>not a JSON object</source>
            <translation>JSON 객체가 아님</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="193" />
            <source>not valid JSON ({msg} at line {line}, column {col})</source>
            <translation>올바른 JSON이 아님({line}행 {col}열: {msg})</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="356" />
            <source>unknown department {id}</source>
            <translation>알 수 없는 부서 {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="167" />
            <source>{path} does not exist.</source>
            <translation>{path} 경로가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="155" />
            <source>{path} holds neither departments.json nor events.json.</source>
            <translation>{path} 폴더에 departments.json과 events.json이 모두 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="172" />
            <source>{path} is neither a folder with departments.json and events.json nor a file with 'departments' and 'events' (as 'deptcal export' writes).</source>
            <translation>{path} 경로는 departments.json과 events.json이 있는 폴더도, 'departments'와 'events'가 들어 있는 파일('deptcal export'가 만드는 형식)도 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="88" />
            <source>{what}: would write {written}, skipped (invalid) {skipped}, already present {present}.</source>
            <translation>{what}: 기록 예정 {written}개, 건너뜀(유효하지 않음) {skipped}개, 이미 있음 {present}개.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="95" />
            <source>{what}: written {written}, skipped (invalid) {skipped}, already present {present}.</source>
            <translation>{what}: 기록함 {written}개, 건너뜀(유효하지 않음) {skipped}개, 이미 있음 {present}개.</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../../desktop/domain/validation.py" line="94" />
            <source>Enter a department name.</source>
            <translation>부서 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="58" />
            <source>Enter a real date as YYYY-MM-DD.</source>
            <translation>올바른 날짜를 YYYY-MM-DD 형식으로 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="48" />
            <source>Enter a title.</source>
            <translation>제목을 입력하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="81" />
            <source>The description is too long (at most %n characters).</source>
            <translation>
                <numerusform>설명이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="121" />
            <source>The event is too large to save (DynamoDB allows 400 KB).</source>
            <translation>일정이 너무 커서 저장할 수 없습니다(DynamoDB 허용 한도: 400KB).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="69" />
            <source>The link is too long.</source>
            <translation>링크가 너무 깁니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="74" />
            <source>The link must start with http:// or https://.</source>
            <translation>링크는 http:// 또는 https://로 시작해야 합니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="99" />
            <source>The name is too long (at most %n characters).</source>
            <translation>
                <numerusform>이름이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="64" />
            <source>The time is too long (at most %n characters).</source>
            <translation>
                <numerusform>시간이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="53" />
            <source>The title is too long (at most %n characters).</source>
            <translation>
                <numerusform>제목이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
    </context>
</TS>
