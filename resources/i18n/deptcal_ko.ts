<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../desktop/views/agenda_view.py" line="136" />
            <source>Agenda</source>
            <translation>일정 목록</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="179" />
            <source>Agenda from {date}</source>
            <translation>{date}부터 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_delegate.py" line="105" />
            <source>All day</source>
            <translation>종일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="349" />
            <source>Click, or press Enter, to show the month before.</source>
            <translation>클릭하거나 Enter를 누르면 이전 달을 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_view.py" line="138" />
            <source>Events by day. Enter edits an event or adds one on a day; Page Up and Page Down move a month; T goes to today.</source>
            <translation>날짜별 일정입니다. Enter로 일정을 편집하거나 그날에 새 일정을 추가합니다. Page Up과 Page Down으로 한 달씩 이동하고, T를 누르면 오늘로 갑니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="338" />
            <source>Looking for events until {date}…</source>
            <translation>{date}까지 일정을 찾는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="329" />
            <source>No events today</source>
            <translation>오늘은 일정이 없습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="344" />
            <source>No events until {date}.</source>
            <translation>{date}까지 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="340" />
            <source>No more events matching “{text}” until {date}.</source>
            <translation>이후 {date}까지 “{text}”에 맞는 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="345" />
            <source>No more events until {date}.</source>
            <translation>이후 {date}까지 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="350" />
            <source>Scroll down, or click here, to look a month further.</source>
            <translation>아래로 스크롤하거나 여기를 클릭하면 한 달 더 찾아봅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="325" />
            <source>Show earlier events ({month})</source>
            <translation>이전 일정 보기 ({month})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_delegate.py" line="221" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="331" />
            <source>{month}: never loaded on this computer, and the calendar server cannot be reached now. It loads by itself when the connection is back.</source>
            <translation>{month}: 이 컴퓨터에서 불러온 적이 없고, 지금은 캘린더 서버에 연결할 수 없습니다. 연결이 돌아오면 자동으로 불러옵니다.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../desktop/views/banner.py" line="69" />
            <source>Details: {details}</source>
            <translation>자세한 정보: {details}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/banner.py" line="43" />
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <location filename="../../desktop/views/bug_dialog.py" line="53" />
            <source>Department Calendar ran into an unexpected problem. Your saved events are safe; what you were typing may need to be entered again. Please send the details below to your administrator.</source>
            <translation>부서 캘린더에 예기치 않은 문제가 발생했습니다. 저장된 일정은 안전하지만 입력 중이던 내용은 다시 입력해야 할 수 있습니다. 아래 세부 정보를 관리자에게 보내 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/bug_dialog.py" line="50" />
            <source>Something went wrong</source>
            <translation>문제가 발생했습니다</translation>
        </message>
    </context>
    <context>
        <name>Bugs</name>
        <message>
            <location filename="../../desktop/workers/bugs.py" line="179" />
            <source>Department Calendar ran into an unexpected problem ({error}). Please send the report that opened to your administrator.</source>
            <translation>부서 캘린더에 예기치 않은 문제가 발생했습니다({error}). 열린 보고서를 관리자에게 보내 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ColorMenu</name>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="17" />
            <source>Blue</source>
            <translation>파랑</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="37" />
            <source>Colour</source>
            <translation>색상</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="53" />
            <source>Colour of {department}</source>
            <translation>{department} 색상</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="22" />
            <source>Cyan</source>
            <translation>하늘색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="23" />
            <source>Green</source>
            <translation>초록</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="21" />
            <source>Olive</source>
            <translation>올리브색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="18" />
            <source>Orange</source>
            <translation>주황</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="48" />
            <source>Other colour…</source>
            <translation>다른 색상…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="28" />
            <source>Pink</source>
            <translation>분홍</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="20" />
            <source>Plum</source>
            <translation>자주</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="27" />
            <source>Raspberry</source>
            <translation>산딸기색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="25" />
            <source>Red</source>
            <translation>빨강</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="59" />
            <source>Reset colour</source>
            <translation>기본 색상으로 되돌리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="26" />
            <source>Sage</source>
            <translation>쑥색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="19" />
            <source>Teal</source>
            <translation>청록</translation>
        </message>
        <message>
            <location filename="../../desktop/views/color_menu.py" line="24" />
            <source>Violet</source>
            <translation>보라</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="237" />
            <source>(deleted)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="100" />
            <source>Comparison of the two versions</source>
            <translation>두 버전 비교</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="189" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="152" />
            <source>Delete anyway</source>
            <translation>그래도 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="153" />
            <source>Delete their version too.</source>
            <translation>상대방의 버전도 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="200" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="205" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="248" />
            <source>Different</source>
            <translation>다름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="131" />
            <source>Discard mine</source>
            <translation>내 변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="151" />
            <source>Do not delete it; keep their version.</source>
            <translation>삭제하지 않고 상대방의 버전을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="70" />
            <source>Event deleted by someone else</source>
            <translation>다른 사용자가 삭제한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="104" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="148" />
            <source>Keep their version and add yours as a separate event.</source>
            <translation>다른 사용자의 버전은 그대로 두고 내 버전을 별도의 일정으로 추가합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="131" />
            <source>Keep theirs</source>
            <translation>다른 사용자의 버전 유지</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="209" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="139" />
            <source>Overwrite with mine</source>
            <translation>내 버전으로 덮어쓰기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="144" />
            <source>Replace their version with yours.</source>
            <translation>다른 사용자의 버전을 내 버전으로 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="139" />
            <source>Restore mine</source>
            <translation>내 버전 복원</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="146" />
            <source>Save mine as a new event</source>
            <translation>내 버전을 새 일정으로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="142" />
            <source>Save your version again under the same event.</source>
            <translation>내 버전을 같은 일정으로 다시 저장합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="72" />
            <source>Someone else changed this event</source>
            <translation>다른 사용자가 변경한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="84" />
            <source>Someone else deleted “{title}” while you were editing it. You can restore your version, save it as a new event, or discard it.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정을 삭제했습니다. 내 버전을 복원하거나, 새 일정으로 저장하거나, 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="90" />
            <source>Someone else saved a change to “{title}” while you were editing it. Compare the two versions and choose which to keep.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정의 변경 내용을 저장했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="107" />
            <source>Their version</source>
            <translation>다른 사용자의 버전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="105" />
            <source>Their version (deleted)</source>
            <translation>다른 사용자의 버전(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="136" />
            <source>Throw away your changes and keep their version.</source>
            <translation>내 변경 내용을 버리고 다른 사용자의 버전을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="134" />
            <source>Throw away your changes; the event stays deleted.</source>
            <translation>내 변경 내용을 버립니다. 일정은 삭제된 상태로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="195" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="184" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="78" />
            <source>You deleted “{title}”, but someone else changed it before your deletion reached the shared calendar. Keep their version, or delete it anyway.</source>
            <translation>“{title}” 일정을 삭제했지만, 삭제가 공유 캘린더에 반영되기 전에 다른 사용자가 변경했습니다. 그 사용자의 버전을 유지하거나, 그래도 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="110" />
            <source>Your version</source>
            <translation>내 버전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="108" />
            <source>Your version (deleted)</source>
            <translation>내 버전 (삭제함)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionCheck</name>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="180" />
            <source>A test query on “{table}” ({index}) worked.</source>
            <translation>“{table}”({index})에 대한 테스트 쿼리가 성공했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="382" />
            <source>AWS did not accept the credentials.</source>
            <translation>AWS가 자격 증명을 받아들이지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="240" />
            <source>Access denied: these credentials may not perform {action} on “{table}”.</source>
            <translation>액세스 거부: 이 자격 증명으로는 “{table}”에 대해 {action} 작업을 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="244" />
            <source>Ask your AWS administrator to attach the setup guide's policy to these credentials: “Copy IAM policy” puts it on the clipboard, with this region and these table names. The policy allows one region and the named tables only, so also check the region and table names above.</source>
            <translation>AWS 관리자에게 이 자격 증명에 설정 가이드의 정책을 연결해 달라고 요청하세요. “IAM 정책 복사”를 누르면 이 리전과 테이블 이름이 들어간 정책이 클립보드에 복사됩니다. 정책은 한 리전의 지정된 테이블만 허용하므로 위의 리전과 테이블 이름도 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="198" />
            <source>Cannot reach DynamoDB at {endpoint}.</source>
            <translation>{endpoint}의 DynamoDB에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="370" />
            <source>Check the access key ID and the secret access key: copy both again from the AWS console or from your administrator. The key may have been deleted or deactivated.</source>
            <translation>액세스 키 ID와 비밀 액세스 키를 확인하세요. AWS 콘솔이나 관리자에게서 둘 다 다시 복사하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="376" />
            <source>Check the credentials this option uses (the profile, or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables): the key may have been deleted or deactivated.</source>
            <translation>이 방법이 쓰는 자격 증명(프로필, 또는 AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY 환경 변수)을 확인하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="255" />
            <source>Check the region: a table exists in one region only, so tables made in another region are not found here. Check the table names too. If this is a new set-up, create the tables with “Create tables…”.</source>
            <translation>리전을 확인하세요. 테이블은 한 리전에만 있으므로 다른 리전에서 만든 테이블은 여기서 찾을 수 없습니다. 테이블 이름도 확인하세요. 처음 설정하는 중이라면 “테이블 만들기…”로 테이블을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="201" />
            <source>Check this computer's network connection (and proxy, if your organisation uses one), then test again. If you entered an endpoint under Advanced, check its address and that the service is running.</source>
            <translation>이 컴퓨터의 네트워크 연결(조직에서 프록시를 쓰면 프록시도)을 확인하고 다시 테스트하세요. 고급에서 엔드포인트를 입력했다면 주소와 서비스가 실행 중인지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="231" />
            <source>Choose another profile, or set this one up first (“aws configure --profile NAME” or “aws configure sso”).</source>
            <translation>다른 프로필을 고르거나, 먼저 이 프로필을 만드세요(“aws configure --profile 이름” 또는 “aws configure sso”).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="293" />
            <source>Correct the setting above.</source>
            <translation>위의 설정을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="289" />
            <source>DynamoDB is busy: the table's capacity is used up right now.</source>
            <translation>DynamoDB가 바쁩니다. 지금 테이블 용량을 다 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="367" />
            <source>Enter a new access key, or sign in again, then test again.</source>
            <translation>새 액세스 키를 입력하거나 다시 로그인한 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="342" />
            <source>Enter an access key, choose an AWS profile, or ask your administrator how this computer signs in to AWS.</source>
            <translation>액세스 키를 입력하거나 AWS 프로필을 고르세요. 또는 이 컴퓨터가 AWS에 로그인하는 방법을 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="278" />
            <source>Enter the names of the calendar's tables, or ask your administrator to fix this table (keys cannot be changed: the table must be made again).</source>
            <translation>캘린더 테이블의 이름을 입력하거나, 관리자에게 이 테이블을 고쳐 달라고 요청하세요(키는 바꿀 수 없어 테이블을 다시 만들어야 합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="357" />
            <source>Get a new one from your IT department's sign-in page, paste it into the access key field, then test again.</source>
            <translation>IT 부서의 로그인 페이지에서 새 키를 받아 액세스 키 칸에 붙여 넣은 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="215" />
            <source>If your organisation inspects secure connections, ask IT to set the CA bundle (network/ca_bundle) to its root certificate, a PEM file. The certificates this computer trusts are used too; check the endpoint's address as well.</source>
            <translation>회사에서 보안 연결을 검사한다면 IT 담당자에게 CA 번들(network/ca_bundle)을 회사의 루트 인증서(PEM 파일)로 설정해 달라고 요청하세요. 이 컴퓨터가 신뢰하는 인증서도 함께 사용됩니다. 엔드포인트 주소도 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="341" />
            <source>No AWS credentials were found.</source>
            <translation>AWS 자격 증명을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="184" />
            <source>Reading the departments from “{table}” worked.</source>
            <translation>“{table}”에서 부서를 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="332" />
            <source>Run the profile's credential_process command in a terminal to see what it says, fix it (or sign in with the tool it belongs to), then test again.</source>
            <translation>터미널에서 프로필의 credential_process 명령을 실행해 어떤 메시지가 나오는지 보고, 문제를 고친 다음(또는 그 명령이 속한 도구로 로그인한 다음) 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="313" />
            <source>Sign in again: “Sign in” opens your browser (or run this command in a terminal), then test again.</source>
            <translation>다시 로그인하세요. “로그인”을 누르면 브라우저가 열립니다(또는 터미널에서 이 명령을 실행하세요). 그런 다음 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="175" />
            <source>Table “{table}” exists, is active, and has the expected keys and index ({index}).</source>
            <translation>“{table}” 테이블이 있고 활성 상태이며, 키와 인덱스({index})가 가이드와 같습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="326" />
            <source>Test again and type the code your MFA device shows then.</source>
            <translation>다시 테스트하고 그때 MFA 기기에 표시되는 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="386" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation>다시 테스트하세요. 계속 이러면 로그를 관리자에게 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="366" />
            <source>The AWS credentials have expired.</source>
            <translation>AWS 자격 증명이 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="228" />
            <source>The AWS profile “{profile}” does not exist on this computer.</source>
            <translation>이 컴퓨터에 “{profile}” AWS 프로필이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="310" />
            <source>The AWS sign-in (SSO) for profile “{profile}” has expired.</source>
            <translation>프로필 “{profile}”의 AWS 로그인(SSO)이 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="211" />
            <source>The certificate of {endpoint} is not trusted by this computer.</source>
            <translation>이 컴퓨터는 {endpoint}의 인증서를 신뢰하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="265" />
            <source>The table “{table}” does not exist in region {region}.</source>
            <translation>{region} 리전에 “{table}” 테이블이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="274" />
            <source>The table “{table}” exists but is not set up as the guide describes: {problems}.</source>
            <translation>“{table}” 테이블이 있지만 가이드와 다르게 설정되어 있습니다: {problems}.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="352" />
            <source>The temporary access key expired at {time}.</source>
            <translation>임시 액세스 키가 {time}에 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="356" />
            <source>The temporary access key has expired.</source>
            <translation>임시 액세스 키가 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="436" />
            <source>This computer's AWS configuration file cannot be read.</source>
            <translation>이 컴퓨터의 AWS 구성 파일을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="285" />
            <source>Wait a minute, then test again.</source>
            <translation>1분 정도 기다린 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="290" />
            <source>Wait a moment, then test again.</source>
            <translation>잠시 기다린 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="465" />
            <source>the system keyring</source>
            <translation>시스템 키링</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="185" />
            <source>{check}: passed.</source>
            <translation>{check}: 통과.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionRules</name>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="59" />
            <source>A table name has 3 to 255 letters, digits, “_”, “-” or “.”.</source>
            <translation>테이블 이름은 영문자, 숫자, “_”, “-”, “.”로 3~255자입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="123" />
            <source>AWS profile</source>
            <translation>AWS 프로필</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="119" />
            <source>AWS region</source>
            <translation>AWS 리전</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="97" />
            <source>An AWS profile name has no spaces or brackets.</source>
            <translation>AWS 프로필 이름에는 공백이나 대괄호를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="95" />
            <source>Choose an AWS profile.</source>
            <translation>AWS 프로필을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="44" />
            <source>Choose the AWS region of the tables.</source>
            <translation>테이블이 있는 AWS 리전을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="120" />
            <source>Departments table</source>
            <translation>부서 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="122" />
            <source>Endpoint URL</source>
            <translation>엔드포인트 URL</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="47" />
            <source>Enter a region code such as ap-northeast-2 (or pick one from the list).</source>
            <translation>ap-northeast-2 같은 리전 코드를 입력하거나 목록에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="57" />
            <source>Enter the table's name.</source>
            <translation>테이블 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="121" />
            <source>Events table</source>
            <translation>이벤트 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="84" />
            <source>Leave the user name and password out of the endpoint URL: the sign-in is set separately.</source>
            <translation>엔드포인트 URL에 사용자 이름과 비밀번호를 넣지 마세요. 로그인 방법은 따로 설정합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="77" />
            <source>The endpoint must be an http:// or https:// URL, such as http://localhost:8000.</source>
            <translation>엔드포인트는 http:// 또는 https:// URL이어야 합니다(예: http://localhost:8000).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="67" />
            <source>The two tables need different names.</source>
            <translation>두 테이블의 이름이 달라야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/connection_rules.py" line="139" />
            <source>Type the 6 digits your MFA device shows now.</source>
            <translation>MFA 기기에 지금 표시되는 숫자 6자리를 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../desktop/console.py" line="84" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/console.py" line="85" />
            <source>deptcal.exe opens the calendar window and cannot print. Run commands, --help and --version with deptcal-admin.exe, in the same folder, from Command Prompt (in PowerShell, put &amp; and a space before it):

{command}</source>
            <translation>deptcal.exe는 캘린더 창을 여는 프로그램이라 글을 출력할 수 없습니다. 명령과 --help, --version은 같은 폴더의 deptcal-admin.exe로 명령 프롬프트에서 실행하세요(PowerShell에서는 앞에 &amp;와 공백을 붙이세요):

{command}</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="126" />
            <source>&amp;New event…</source>
            <translation>새 일정(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="131" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="99" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="120" />
            <source>Double-click or press Enter to open an event; Delete removes it.</source>
            <translation>일정을 열려면 두 번 클릭하거나 Enter 키를 누르세요. Delete 키를 누르면 삭제됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="96" />
            <source>Events on {date}</source>
            <translation>{date} 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="116" />
            <source>No events on this day.</source>
            <translation>이 날에는 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="99" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="99" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="184" />
            <source>conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="182" />
            <source>waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>DaysOff</name>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="68" />
            <source>A name cannot contain “&lt;” tags or “&amp;…;” entities.</source>
            <translation>이름에는 “&lt;” 태그나 “&amp;…;” 엔티티를 쓸 수 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/days_off.py" line="64" />
            <source>A name has at most %n characters.</source>
            <translation>
                <numerusform>이름은 %n자까지 쓸 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="66" />
            <source>A name is one line of text.</source>
            <translation>이름은 한 줄로 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="62" />
            <source>Enter the day's name, for example 창립기념일.</source>
            <translation>휴무일 이름을 입력해 주세요. 예: 창립기념일</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="92" />
            <source>This day is already in the list.</source>
            <translation>이미 목록에 있는 날짜입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="50" />
            <source>Write the date as YYYY-MM-DD, for example 2026-12-11.</source>
            <translation>날짜는 YYYY-MM-DD 형식으로 입력해 주세요. 예: 2026-12-11</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/days_off.py" line="54" />
            <source>{date} is not a date in the calendar.</source>
            <translation>달력에 없는 날짜입니다: {date}</translation>
        </message>
    </context>
    <context>
        <name>DaysOffDialog</name>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="107" />
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="112" />
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="90" />
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="123" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="57" />
            <source>Company days off</source>
            <translation>회사 휴무일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="110" />
            <source>Da&amp;te:</source>
            <translation>날짜(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="80" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="80" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="122" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="80" />
            <source>Set by</source>
            <translation>지정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="144" />
            <source>Set by your administrator: it cannot be removed here.</source>
            <translation>관리자가 지정한 휴무일이라 여기에서 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="64" />
            <source>These days are shown as holidays in every view and on paper, after any public holiday of the day. Add your own; the days set by your administrator cannot be removed here.</source>
            <translation>이 날들은 모든 보기와 인쇄물에 공휴일처럼 표시되며, 같은 날 공휴일이 있으면 그 뒤에 이름이 붙습니다. 직접 휴무일을 추가할 수 있지만, 관리자가 지정한 날은 여기에서 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="179" />
            <source>This day is already in your list: remove it first.</source>
            <translation>이미 내 목록에 있는 날짜입니다. 먼저 삭제해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="147" />
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="147" />
            <source>Your administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="177" />
            <source>Your administrator already made this day a day off.</source>
            <translation>관리자가 이미 이날을 휴무일로 지정했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/days_off_dialog.py" line="103" />
            <source>for example 창립기념일</source>
            <translation>예: 창립기념일</translation>
        </message>
    </context>
    <context>
        <name>DepartmentBackup</name>
        <message>
            <location filename="../../desktop/data/department_backup.py" line="80" />
            <source>The backup of “{name}” could not be written in {folder} ({reason}), so nothing was deleted. Free some disk space or check the folder's permissions, then delete again.</source>
            <translation>“{name}” 부서의 백업을 {folder} 폴더에 저장하지 못해({reason}) 아무것도 삭제하지 않았습니다. 디스크 공간을 확보하거나 폴더 권한을 확인한 다음 다시 삭제하세요.</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="288" />
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="104" />
            <source>&amp;Delete…</source>
            <translation>삭제(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="101" />
            <source>&amp;New department</source>
            <translation>새 부서(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="294" />
            <source>&amp;Save changes</source>
            <translation>변경 내용 저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="49" />
            <source>A backup of the department and all its events is saved on this computer first; deptcal migrate can restore it.</source>
            <translation>삭제하기 전에 부서와 모든 일정의 백업을 이 컴퓨터에 먼저 저장합니다. deptcal migrate로 복원할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="112" />
            <source>Backup file</source>
            <translation>백업 파일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="68" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="125" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="392" />
            <source>Counting events…</source>
            <translation>일정 수를 세는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="65" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="36" />
            <source>Delete department</source>
            <translation>부서 삭제</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/department_delete.py" line="42" />
            <source>Delete “{name}” and its %n events? Everyone loses them.</source>
            <translation>
                <numerusform>“{name}” 부서와 일정 %n개를 삭제할까요? 모든 사용자에게서 사라집니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="40" />
            <source>Delete “{name}”? It has no events.</source>
            <translation>“{name}” 부서를 삭제할까요? 일정은 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="99" />
            <source>Department deleted</source>
            <translation>부서 삭제됨</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="58" />
            <source>Department name to confirm</source>
            <translation>확인용 부서 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="79" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="151" />
            <source>Descri&amp;ption:</source>
            <translation>설명(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="123" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="318" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="316" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="317" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="293" />
            <source>Edit department</source>
            <translation>부서 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="319" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="147" />
            <source>Na&amp;me:</source>
            <translation>이름(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="120" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="287" />
            <source>New department</source>
            <translation>새 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="120" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="407" />
            <source>Saving a backup, then deleting…</source>
            <translation>백업을 저장한 뒤 삭제하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="380" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="60" />
            <source>To confirm, type the department's &amp;name:</source>
            <translation>확인하려면 부서 이름을 입력하세요(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_delete.py" line="116" />
            <source>To restore it, run: deptcal migrate FILE</source>
            <translation>복원하려면 다음을 실행하세요: deptcal migrate 파일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="121" />
            <source>e.g. Sales</source>
            <translation>예: 영업팀</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/department_delete.py" line="102" />
            <source>“{name}” was deleted. A backup of it and its %n events is saved in:</source>
            <translation>
                <numerusform>“{name}” 부서를 삭제했습니다. 부서와 일정 %n개의 백업은 다음 위치에 있습니다:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPanel</name>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="253" />
            <source>Arrow keys show a department. Ctrl+arrow keys move without showing it, Space ticks it to overlay its events, Enter shows it.</source>
            <translation>화살표 키로 부서를 표시합니다. Ctrl+화살표 키는 표시하지 않고 이동하며, Space 키는 체크하여 그 부서의 일정을 겹쳐 보여 주고, Enter 키는 그 부서를 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="251" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="125" />
            <source>Events found</source>
            <translation>찾은 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="237" />
            <source>Find events</source>
            <translation>일정 찾기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="114" />
            <source>Shown in the calendar</source>
            <translation>캘린더에 표시됨</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="81" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="77" />
            <source>&amp;Edit…</source>
            <translation>편집(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="150" />
            <source>Conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="79" />
            <source>D&amp;uplicate</source>
            <translation>복제(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="139" />
            <source>Days:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="68" />
            <source>Department:</source>
            <translation>부서:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="88" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="50" />
            <source>Event details</source>
            <translation>일정 세부 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="71" />
            <source>Link:</source>
            <translation>링크:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="174" />
            <source>Repeats by a rule this app does not show</source>
            <translation>이 앱에서 보여 줄 수 없는 규칙으로 반복합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="137" />
            <source>Repeats:</source>
            <translation>반복:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="92" />
            <source>Select an event to see its details.</source>
            <translation>일정을 선택하면 세부 정보가 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="72" />
            <source>Status:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="149" />
            <source>Waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="67" />
            <source>When:</source>
            <translation>일시:</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="269" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="289" />
            <source>&amp;Link:</source>
            <translation>링크(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="281" />
            <source>&amp;Repeat:</source>
            <translation>반복(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="265" />
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="92" />
            <source>All day / no time</source>
            <translation>종일 / 시간 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="303" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="292" />
            <source>D&amp;escription:</source>
            <translation>설명(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="194" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="285" />
            <source>De&amp;partment:</source>
            <translation>부서(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="218" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="236" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="238" />
            <source>Details, place, people…</source>
            <translation>세부 내용, 장소, 참석자…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="603" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="601" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="602" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="181" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="604" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="231" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="181" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="206" />
            <source>Pick a time from the list, or type anything, such as “after lunch”. Leave it empty for an all-day event.</source>
            <translation>목록에서 시간을 고르거나 “점심 후”처럼 자유롭게 입력하세요. 종일 일정이면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="278" />
            <source>Re&amp;minder:</source>
            <translation>알림(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="302" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="308" />
            <source>Save (Ctrl+Enter)</source>
            <translation>저장(Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="526" />
            <source>Saving moves the event to {department}.</source>
            <translation>저장하면 일정이 “{department}” 부서로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="304" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="274" />
            <source>T&amp;ime:</source>
            <translation>시간(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="369" />
            <source>There is no department yet. Create a department first.</source>
            <translation>아직 부서가 없습니다. 먼저 부서를 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="204" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="190" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="362" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="191" />
            <source>What is happening?</source>
            <translation>어떤 일정인가요?</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="39" />
            <source>&amp;From:</source>
            <translation>시작(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="40" />
            <source>&amp;To:</source>
            <translation>끝(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="18" />
            <source>Export to iCalendar</source>
            <translation>iCalendar로 내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="22" />
            <source>Exports every event of the shown departments in the range, for Outlook, Google Calendar or a phone. Months not saved on this computer are fetched first; if some cannot be, you are told which before any file is written.</source>
            <translation>표시된 부서의 기간 내 모든 일정을 Outlook, Google 캘린더나 휴대폰에서 쓸 수 있게 내보냅니다. 이 컴퓨터에 저장되지 않은 달은 먼저 가져오며, 가져오지 못한 달이 있으면 파일을 쓰기 전에 어느 달인지 알려 드립니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="45" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
    </context>
    <context>
        <name>GoToDateDialog</name>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="49" />
            <source>&amp;Type a date:</source>
            <translation>날짜 입력(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="62" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="45" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="61" />
            <source>Go</source>
            <translation>이동</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="42" />
            <source>Go to date</source>
            <translation>날짜로 이동</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="94" />
            <source>This date could not be read. Type it like 2026-12-25, 12/25, Dec 25, tomorrow or next friday, or pick it in the calendar.</source>
            <translation>날짜를 알아볼 수 없습니다. 2026-12-25, 12/25, 12월 25일, 내일, 다음 주 금요일처럼 입력하거나 달력에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goto_dialog.py" line="46" />
            <source>e.g. 12/25, tomorrow, next friday</source>
            <translation>예: 12월 25일, 내일, 다음 주 금요일</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <location filename="../../desktop/gui.py" line="410" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/gui.py" line="411" />
            <source>Department Calendar is already open on this computer, but it is not answering. Wait a moment and open it again; if it stays like this, close it (or restart the computer) and open it again.</source>
            <translation>부서 캘린더가 이 컴퓨터에서 이미 열려 있지만 응답하지 않습니다. 잠시 후 다시 열어 보세요. 계속 이렇다면 열려 있는 창을 닫은 뒤(또는 컴퓨터를 다시 시작한 뒤) 다시 여세요.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="51" />
            <source>Changed</source>
            <translation>바뀜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/importing.py" line="121" />
            <source>Compare with the saved events only?</source>
            <translation>저장된 일정하고만 비교할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="94" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="53" />
            <source>Deleted</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="81" />
            <source>File:</source>
            <translation>파일:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="113" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="76" />
            <source>Import iCalendar</source>
            <translation>iCalendar 가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/importing.py" line="123" />
            <source>Import stopped: nothing was written.</source>
            <translation>가져오기를 멈췄습니다. 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/importing.py" line="141" />
            <source>Imported into {department}: {summary}</source>
            <translation>{department} 부서로 가져왔습니다: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="90" />
            <source>Into department:</source>
            <translation>가져올 부서:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="50" />
            <source>New</source>
            <translation>새로 만듦</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="107" />
            <source>Reading the file…</source>
            <translation>파일을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="54" />
            <source>Skipped</source>
            <translation>건너뜀</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/importing.py" line="149" />
            <source>The import could not be saved on this computer ({error}); nothing was imported. Free some disk space and import again.</source>
            <translation>가져온 내용을 이 컴퓨터에 저장하지 못했습니다({error}). 아무것도 가져오지 않았습니다. 디스크 공간을 확보한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="94" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="94" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="52" />
            <source>Unchanged</source>
            <translation>그대로</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" line="95" />
            <source>What happens</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/importing.py" line="48" />
            <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
            <translation>iCalendar (*.ics *.ical *.ifb);;모든 파일 (*)</translation>
        </message>
    </context>
    <context>
        <name>LicensesDialog</name>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="68" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="97" />
            <source>Department Calendar (MIT)</source>
            <translation>부서 캘린더 (MIT)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="49" />
            <source>Department Calendar is free software under the MIT licence. It is built with Qt, used under the GNU LGPL v3, and the other software listed here, each under its own licence.</source>
            <translation>부서 캘린더는 MIT 라이선스를 따르는 자유 소프트웨어입니다. GNU LGPL v3에 따라 사용하는 Qt와 여기에 나열된 그 밖의 소프트웨어로 만들었으며, 각 소프트웨어는 저마다의 라이선스를 따릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="100" />
            <source>GNU GPL v3 (full text)</source>
            <translation>GNU GPL v3 (전문)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="99" />
            <source>GNU LGPL v3 (full text)</source>
            <translation>GNU LGPL v3 (전문)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="64" />
            <source>Licence text</source>
            <translation>라이선스 본문</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="45" />
            <source>Licences</source>
            <translation>라이선스</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="65" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="98" />
            <source>Qt and Qt for Python (LGPL v3)</source>
            <translation>Qt 및 Qt for Python (LGPL v3)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="59" />
            <source>Software</source>
            <translation>소프트웨어</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="112" />
            <source>Some licence files are missing from this copy of Department Calendar: {files}. They come with the app's source (LICENSE and resources/licenses/).</source>
            <translation>이 부서 캘린더에 일부 라이선스 파일이 없습니다: {files}. 이 파일들은 앱의 소스(LICENSE와 resources/licenses/)에 들어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="128" />
            <source>The licence texts could not be read: {error}</source>
            <translation>라이선스 본문을 읽지 못했습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/licenses_dialog.py" line="104" />
            <source>Third-party notices</source>
            <translation>타사 소프트웨어 고지</translation>
        </message>
    </context>
    <context>
        <name>LocalEndpoint</name>
        <message>
            <location filename="../../desktop/domain/local_endpoint.py" line="83" />
            <source>If another PC created them, DynamoDB Local may run without -sharedDb (one database per access key and region): restart it with -sharedDb rather than creating the tables again.</source>
            <translation>다른 PC에서 테이블을 만들었다면 DynamoDB Local이 -sharedDb 없이 실행 중일 수 있습니다(액세스 키와 리전마다 데이터베이스가 따로 있음). 테이블을 다시 만들지 말고 -sharedDb 옵션으로 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/local_endpoint.py" line="63" />
            <source>This is DynamoDB Local (or a local test server). Without -sharedDb it keeps one database per access key and region: other PCs with other keys see other tables.</source>
            <translation>DynamoDB Local(또는 로컬 테스트 서버)입니다. -sharedDb 없이 실행하면 액세스 키와 리전마다 데이터베이스를 따로 두므로, 다른 키를 쓰는 다른 PC에서는 다른 테이블이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/local_endpoint.py" line="72" />
            <source>This looks like DynamoDB Local (or a local test server). Unless it runs with -sharedDb, it keeps one database per access key and region: each computer's key would get its own, empty tables, and the others would not see its events. Start DynamoDB Local with -sharedDb before creating the tables.</source>
            <translation>DynamoDB Local(또는 로컬 테스트 서버)로 보입니다. -sharedDb로 실행하지 않으면 액세스 키와 리전마다 데이터베이스를 따로 둡니다. 컴퓨터마다 키별로 비어 있는 테이블이 따로 생기고, 다른 컴퓨터에서는 그 일정이 보이지 않습니다. 테이블을 만들기 전에 DynamoDB Local을 -sharedDb 옵션으로 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>LunarText</name>
        <message>
            <location filename="../../desktop/views/lunar_text.py" line="35" />
            <source>L {month}/{day}</source>
            <comment>a lunar date, short, in a day's corner</comment>
            <translation>음 {month}.{day}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/lunar_text.py" line="36" />
            <source>Leap {month}/{day}</source>
            <comment>a day of a lunar leap month, short</comment>
            <translation>윤 {month}.{day}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/lunar_text.py" line="50" />
            <source>Lunar calendar: leap month {month}, day {day}, {year}</source>
            <translation>음력 {year}년 윤{month}월 {day}일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/lunar_text.py" line="53" />
            <source>Lunar calendar: {month}/{day}, {year}</source>
            <translation>음력 {year}년 {month}월 {day}일</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="239" />
            <source>%n changes for another connection</source>
            <translation>
                <numerusform>다른 연결의 변경 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/dialogs.py" line="110" />
            <source>%n changes have not reached the shared calendar yet. They are kept on this computer and sent the next time Department Calendar is open and connected.</source>
            <translation>
                <numerusform>변경 사항 %n개가 아직 공유 캘린더에 반영되지 않았습니다. 이 컴퓨터에 보관되며 다음에 부서 캘린더가 열려 연결되면 보내집니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="235" />
            <source>%n changes not sent</source>
            <translation>
                <numerusform>전송되지 않은 변경 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/outbox.py" line="138" />
            <source>%n changes not sent:</source>
            <translation>
                <numerusform>전송되지 않은 변경 %n건:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="129" />
            <source>%n could not be read and are lost: check your recent changes in the calendar.</source>
            <translation>
                <numerusform>%n건은 읽을 수 없어 잃었습니다. 달력에서 최근 변경을 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="202" />
            <source>%n department records could not be read and were skipped.</source>
            <translation>
                <numerusform>부서 레코드 %n개를 읽을 수 없어 건너뛰었습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="135" />
            <source>%n event records in this month could not be read and were skipped; see the log for details.</source>
            <translation>
                <numerusform>이번 달 일정 레코드 %n개를 읽을 수 없어 건너뛰었습니다. 자세한 내용은 로그를 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="214" />
            <source>%n events in the list</source>
            <translation>
                <numerusform>목록의 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="247" />
            <source>%n events of {departments} from {start} to {end} written to {path}.</source>
            <translation>
                <numerusform>{departments}의 {start}~{end} 일정 %n건을 {path}에 저장했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="216" />
            <source>%n events this month</source>
            <translation>
                <numerusform>이번 달 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="210" />
            <source>%n events this week</source>
            <translation>
                <numerusform>이번 주 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="212" />
            <source>%n events this year</source>
            <translation>
                <numerusform>올해 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="259" />
            <source>%n months that could not be fetched are not in it.</source>
            <translation>
                <numerusform>가져오지 못한 %n개월의 일정은 들어 있지 않습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="237" />
            <source>%n need your decision</source>
            <translation>
                <numerusform>%n건은 선택 필요</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="366" />
            <source>%n of {total} events were saved; the other {rest} were not.</source>
            <translation>
                <numerusform>일정 {total}개 중 %n개를 저장했습니다. 나머지 {rest}개는 저장하지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="156" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="155" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="158" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="157" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/time_format.py" line="46" />
            <source>24-hour time</source>
            <translation>24시간제 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="137" />
            <source>About Department Calendar</source>
            <translation>부서 캘린더 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="142" />
            <source>About Qt</source>
            <translation>Qt 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="74" />
            <source>Add an event from one line, e.g. tomorrow 3pm review</source>
            <translation>한 줄로 일정을 추가합니다. 예: 내일 오후 2시 팀 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="123" />
            <source>Add the events of an .ics file from Outlook, Google or a phone</source>
            <translation>Outlook, Google 또는 휴대폰의 .ics 파일에 있는 일정을 추가합니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="324" />
            <source>Added %n events to “{title}”.</source>
            <translation>
                <numerusform>“{title}” 일정을 %n개 더 만들었습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="316" />
            <source>As the system</source>
            <translation>시스템 설정에 따름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="166" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="286" />
            <source>Changed “{title}” back.</source>
            <translation>“{title}” 일정을 이전 내용으로 되돌렸습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="110" />
            <source>Changes kept on this computer that have not reached the shared calendar</source>
            <translation>이 컴퓨터에 보관 중이며 아직 공유 캘린더에 반영되지 않은 변경 사항</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="109" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="107" />
            <source>Changes not sent…</source>
            <translation>전송되지 않은 변경…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/about_holidays.py" line="35" />
            <source>Company days off in effect: %n.</source>
            <translation>
                <numerusform>적용 중인 회사 휴무일: %n일</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="98" />
            <source>Company days off…</source>
            <translation>회사 휴무일…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="99" />
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="142" />
            <source>Copied the event as text.</source>
            <translation>일정을 텍스트로 복사했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="93" />
            <source>Copy as text</source>
            <translation>텍스트로 복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="274" />
            <source>Could not read the saved events to export. Try again; if this keeps happening, restart the app.</source>
            <translation>내보낼 저장된 일정을 읽지 못했습니다. 다시 시도하고, 계속 이러면 앱을 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="269" />
            <source>Could not write {path} ({reason}). Choose another folder and export again.</source>
            <translation>{path} 파일을 쓰지 못했습니다({reason}). 다른 폴더를 골라 다시 내보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="100" />
            <source>Days off shown as holidays: your administrator's and your own</source>
            <translation>공휴일처럼 표시되는 휴무일: 관리자가 지정한 날과 직접 추가한 날</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="118" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="88" />
            <source>Delete event</source>
            <translation>일정 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="229" />
            <source>Deleted “{title}”.</source>
            <translation>“{title}” 일정을 삭제했습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="294" />
            <source>Deleted “{title}”: %n events.</source>
            <translation>
                <numerusform>“{title}” 일정 %n개를 삭제했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/connection.py" line="27" />
            <source>Demo mode: a local sample calendar. Nothing you change here is saved.</source>
            <translation>데모 모드: 로컬 샘플 캘린더입니다. 여기에서 변경한 내용은 저장되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="111" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="77" />
            <source>Department Calendar {version}
The department calendars, shared with the web calendar.</source>
            <translation>부서 캘린더 {version}
웹 캘린더와 함께 쓰는 부서 캘린더입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="94" />
            <source>Departments…</source>
            <translation>부서 관리…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="180" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="174" />
            <source>Discard change</source>
            <translation>변경 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="175" />
            <source>Discard your change to “{title}”? It has not reached the shared calendar, and it cannot be brought back.</source>
            <translation>“{title}” 일정의 변경 사항을 버릴까요? 아직 공유 캘린더에 반영되지 않았으며, 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="221" />
            <source>Do not write</source>
            <translation>쓰지 않기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="89" />
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="79" />
            <source>Duplicate event</source>
            <translation>일정 복제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="263" />
            <source>Duplicated “{title}”.</source>
            <translation>“{title}” 일정을 복제했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="77" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="86" />
            <source>Edit…</source>
            <translation>편집…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="171" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="63" />
            <source>Event actions</source>
            <translation>일정 작업</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="121" />
            <source>Export stopped: no file was written.</source>
            <translation>내보내기를 멈췄습니다. 파일은 만들지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="100" />
            <source>Export to iCalendar</source>
            <translation>iCalendar로 내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="116" />
            <source>Export to iCalendar…</source>
            <translation>iCalendar로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="220" />
            <source>Fetched at {time}</source>
            <translation>{time}에 가져옴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="165" />
            <source>Fetching the months not saved on this computer…</source>
            <translation>이 컴퓨터에 저장되지 않은 달을 가져오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="134" />
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="298" />
            <source>From the language setting</source>
            <translation>언어 설정에 따름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="58" />
            <source>Go to date…</source>
            <translation>날짜로 이동…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="231" />
            <source>Holidays</source>
            <translation>공휴일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="121" />
            <source>Import iCalendar…</source>
            <translation>iCalendar 가져오기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="118" />
            <source>Keep open</source>
            <translation>계속 열어 두기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/about_holidays.py" line="29" />
            <source>Korean holidays decreed up to {year} are included.</source>
            <translation>{year}년까지 지정된 한국 공휴일이 들어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="233" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="139" />
            <source>Licences…</source>
            <translation>라이선스…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="165" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/lunar_dates.py" line="45" />
            <source>Lunar dates</source>
            <translation>음력 표시</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="154" />
            <source>Menu bar</source>
            <translation>메뉴 모음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="284" />
            <source>More toolbar buttons</source>
            <translation>도구 모음 버튼 더 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="94" />
            <source>Move to department</source>
            <translation>다른 부서로 옮기기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="324" />
            <source>Moved “{title}” to {date}.</source>
            <translation>“{title}” 일정을 옮겼습니다: {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="319" />
            <source>Moved “{title}” to {department}.</source>
            <translation>“{title}” 일정을 “{department}” 부서로 옮겼습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="246" />
            <source>Navigation</source>
            <translation>탐색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="65" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="84" />
            <source>New event…</source>
            <translation>새 일정…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="55" />
            <source>Next month</source>
            <translation>다음 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/pane_focus.py" line="29" />
            <source>Next pane</source>
            <translation>다음 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="167" />
            <source>Next week</source>
            <translation>다음 주</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="169" />
            <source>Next year</source>
            <translation>다음 해</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="301" />
            <source>Off</source>
            <translation>표시 안 함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="168" />
            <source>Offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="173" />
            <source>Offline: no data has been saved on this computer yet.</source>
            <translation>오프라인: 이 컴퓨터에 아직 저장된 데이터가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="171" />
            <source>Offline: showing data saved at {time}.</source>
            <translation>오프라인: {time}에 저장된 데이터를 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="78" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="129" />
            <source>Preferences…</source>
            <translation>환경 설정…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="50" />
            <source>Previous month</source>
            <translation>이전 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/pane_focus.py" line="30" />
            <source>Previous pane</source>
            <translation>이전 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="167" />
            <source>Previous week</source>
            <translation>이전 주</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="169" />
            <source>Previous year</source>
            <translation>이전 해</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="103" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/about_holidays.py" line="23" />
            <source>Public holidays: the holidays library {version}.</source>
            <translation>공휴일 데이터: holidays 라이브러리 {version}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="71" />
            <source>Quick add…</source>
            <translation>빠른 추가…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="131" />
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="224" />
            <source>Read capacity used this session: {units:.1f} units</source>
            <translation>이번 세션에서 사용한 읽기 용량: {units:.1f} 단위</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="39" />
            <source>Read-only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="60" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="277" />
            <source>Removed “{title}”.</source>
            <translation>“{title}” 일정을 삭제했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/event_menu.py" line="112" />
            <source>Repeat for 12 more months</source>
            <translation>반복 12개월 더 만들기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="293" />
            <source>Restored “{title}”.</source>
            <translation>“{title}” 일정을 복원했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="196" />
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="78" />
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="105" />
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="118" />
            <source>Save the shown departments' events for Outlook or a phone</source>
            <translation>표시된 부서의 일정을 Outlook이나 휴대폰에서 쓸 수 있도록 저장합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="284" />
            <source>Saved {path}.</source>
            <translation>{path} 파일을 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="164" />
            <source>Saved “{title}” on this computer. It is sent when the connection is back.</source>
            <translation>“{title}” 일정을 이 컴퓨터에 저장했습니다. 연결이 돌아오면 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="163" />
            <source>Saved “{title}”.</source>
            <translation>“{title}” 일정을 저장했습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="164" />
            <source>Saved “{title}”: %n events.</source>
            <translation>
                <numerusform>“{title}” 일정 %n개를 저장했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/series_editing.py" line="344" />
            <source>Saving events… {done} of {total}</source>
            <translation>일정 저장 중… {done}/{total}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/series_editing.py" line="342" />
            <source>Saving repeating events… {done} of {total}</source>
            <translation>반복 일정 저장 중… {done}/{total}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="139" />
            <source>Send now</source>
            <translation>지금 보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/week_start.py" line="117" />
            <source>Set by your administrator</source>
            <translation>관리자가 설정함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="110" />
            <source>Set by your administrator.</source>
            <translation>관리자가 설정했습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/about_holidays.py" line="37" />
            <source>Set by your administrator: %n.</source>
            <translation>
                <numerusform>관리자 지정: %n일</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="126" />
            <source>Settings…</source>
            <translation>설정…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/lunar_dates.py" line="46" />
            <source>Show each day's date in the lunar calendar</source>
            <translation>날짜마다 음력 날짜를 함께 표시합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/view_switch.py" line="73" />
            <source>Show the {view} view ({keys})</source>
            <translation>{view} 보기로 전환 ({keys})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="144" />
            <source>Sign in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="203" />
            <source>Some of these days have not been fetched yet; they will be once connected</source>
            <translation>아직 가져오지 않은 날짜가 있습니다. 연결되면 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="124" />
            <source>Some others may have been lost: check your recent changes in the calendar.</source>
            <translation>다른 변경 일부는 잃었을 수 있습니다. 달력에서 최근 변경을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="93" />
            <source>Someone else changed “{title}” before your change reached the shared calendar. Nothing was overwritten: choose which version to keep.</source>
            <translation>변경 사항이 공유 캘린더에 반영되기 전에 다른 사용자가 “{title}” 일정을 변경했습니다. 아무것도 덮어쓰지 않았으니 어느 버전을 유지할지 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="299" />
            <source>South Korea</source>
            <translation>대한민국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="145" />
            <source>Switch this computer to read-only?</source>
            <translation>이 컴퓨터를 읽기 전용으로 바꿀까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="146" />
            <source>Switch to read-only</source>
            <translation>읽기 전용으로 바꾸기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="84" />
            <source>The calendar cannot be saved on this computer (the offline copy's file could not be opened; the log says why). Changes not sent yet are kept only while the app is open: check the disk space and the folder's permissions.</source>
            <translation>이 컴퓨터에 캘린더를 저장할 수 없습니다(오프라인 사본 파일을 열지 못했습니다. 자세한 이유는 로그에 있습니다). 아직 전송되지 않은 변경은 앱이 열려 있는 동안에만 보관됩니다. 디스크 공간과 폴더 권한을 확인하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="117" />
            <source>The calendar saved on this computer was damaged and has been replaced. %n changes not sent yet were saved from it and will be sent.</source>
            <translation>
                <numerusform>이 컴퓨터에 저장된 달력 파일이 손상되어 새 파일로 바꾸었습니다. 전송되지 않은 변경 %n건을 살려 냈으며, 곧 전송합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="73" />
            <source>The calendar saved on this computer was written by a newer version of Department Calendar, so this version leaves it (and any changes not sent in it) as it is and saves nothing this session. Install the newer version again to use it.</source>
            <translation>이 컴퓨터에 저장된 달력은 더 새 버전의 부서 달력이 만든 파일입니다. 이 버전은 그 파일(과 그 안의 전송되지 않은 변경)을 그대로 두며, 이번 실행에서는 아무것도 저장하지 않습니다. 그 파일을 쓰려면 새 버전을 다시 설치하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="43" />
            <source>The change could not be saved on this computer ({reason}). Free some disk space or check the folder's permissions, then save again.</source>
            <translation>변경 내용을 이 컴퓨터에 저장하지 못했습니다({reason}). 디스크 공간을 확보하거나 폴더 권한을 확인한 다음 다시 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/departments.py" line="35" />
            <source>The department was not deleted: the saved calendar on this computer is not open, so there is no place for its backup. Restart Department Calendar and delete again.</source>
            <translation>부서를 삭제하지 않았습니다. 이 컴퓨터에 저장된 캘린더가 열려 있지 않아 백업을 저장할 곳이 없습니다. 부서 캘린더를 다시 시작한 다음 다시 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="205" />
            <source>The fetch was cancelled before these months were saved:</source>
            <translation>가져오기를 취소해서 아래 달은 저장되지 않았습니다:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="329" />
            <source>The new language is used from the next start.</source>
            <translation>새 언어는 다음에 시작할 때부터 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="189" />
            <source>The shared calendar has no departments, but this computer has departments saved from it. The connection may point elsewhere: ask your administrator to check Settings. Showing the saved calendar.</source>
            <translation>공유 캘린더에 부서가 없지만 이 컴퓨터에는 여기서 저장한 부서가 있습니다. 연결이 다른 곳을 가리키고 있을 수 있으니 관리자에게 설정 확인을 요청하세요. 저장된 캘린더를 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="214" />
            <source>There are no departments yet. Create one to start.</source>
            <translation>아직 부서가 없습니다. 부서를 만들어 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/departments.py" line="22" />
            <source>There are no departments yet. Departments are created by your administrator: ask them to add one.</source>
            <translation>아직 부서가 없습니다. 부서는 관리자가 만듭니다. 관리자에게 부서를 추가해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="207" />
            <source>These months are not saved on this computer, and it is offline:</source>
            <translation>아래 달은 이 컴퓨터에 저장되어 있지 않고, 지금은 오프라인입니다:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="211" />
            <source>These months could not be fetched:</source>
            <translation>아래 달을 가져오지 못했습니다:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="105" />
            <source>This computer only shows the calendar: events are not added, changed or deleted here.</source>
            <translation>이 컴퓨터는 달력을 보여 주기만 합니다. 여기에서는 일정을 추가, 변경, 삭제하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="198" />
            <source>This month has not been fetched yet; it will be once connected</source>
            <translation>이 달은 아직 받은 적이 없습니다 — 연결되면 받습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="147" />
            <source>This month was never loaded on this computer, and the calendar server cannot be reached now. It loads by itself when the connection is back.</source>
            <translation>이 달은 이 컴퓨터에서 불러온 적이 없고, 지금은 캘린더 서버에 연결할 수 없습니다. 연결이 돌아오면 자동으로 불러옵니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/series_editing.py" line="156" />
            <source>This repeat gives no day. Choose another end or repeat.</source>
            <translation>이 반복 설정으로는 일정이 만들어지는 날이 없습니다. 반복 방법이나 종료 조건을 바꿔 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="53" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="176" />
            <source>Try now</source>
            <translation>지금 시도</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="174" />
            <source>Trying again in %n seconds.</source>
            <translation>
                <numerusform>%n초 후에 다시 시도합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="83" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="300" />
            <source>United States</source>
            <translation>미국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="52" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="175" />
            <source>Up to date at {time}</source>
            <translation>{time} 기준 최신 상태</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/week_start.py" line="118" />
            <source>Week starts on</source>
            <translation>한 주의 시작 요일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/week_start.py" line="119" />
            <source>Weekend days</source>
            <translation>주말 요일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/time_format.py" line="47" />
            <source>Write event times as 14:00 instead of 2:00 PM</source>
            <translation>일정 시각을 오후 2:00 대신 14:00처럼 표시합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="118" />
            <source>Write the file without their events?</source>
            <translation>위 달의 일정을 빼고 파일을 쓸까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="220" />
            <source>Write without them</source>
            <translation>빼고 쓰기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/read_only.py" line="132" />
            <source>Your account can only read this calendar: your change to “{title}” was not saved to the shared calendar. It is kept in Changes not sent, where you can copy it or discard it.</source>
            <translation>이 계정은 이 달력을 읽기만 할 수 있어서 “{title}” 변경 내용이 공유 달력에 저장되지 않았습니다. 변경 내용은 ‘전송되지 않은 변경’에 남아 있으니 복사하거나 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="107" />
            <source>Your change to “{title}” was refused: {reason}</source>
            <translation>“{title}”에 대한 변경이 거부되었습니다: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="203" />
            <source>and %n more months</source>
            <translation>
                <numerusform>외 %n개월</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="102" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar 파일 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="156" />
            <source>{months}: never loaded on this computer, and the calendar server cannot be reached now. It loads by itself when the connection is back.</source>
            <translation>{months}: 이 컴퓨터에서 한 번도 불러온 적이 없고, 지금은 캘린더 서버에 연결할 수 없습니다. 연결이 돌아오면 자동으로 불러옵니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="254" />
            <source>{reason} Trying again at {time}.</source>
            <translation>{reason} {time}에 다시 시도합니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/series_editing.py" line="360" />
            <source>“{title}”: %n of {total} events were saved; the other {rest} were not.</source>
            <translation>
                <numerusform>“{title}”: 일정 {total}개 중 %n개를 저장했습니다. 나머지 {rest}개는 저장하지 않았습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MfaDialog</name>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="65" />
            <source>&amp;Code:</source>
            <translation>코드(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="69" />
            <source>AWS did not accept the last code (wrong, or it expired). Wait for a new code and type it (attempt {attempt} of {attempts}).</source>
            <translation>AWS가 방금 입력한 코드를 받아들이지 않았습니다(틀렸거나 만료됨). 새 코드가 나오면 입력하세요(시도 {attempt}/{attempts}).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="79" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="45" />
            <source>MFA code</source>
            <translation>MFA 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="78" />
            <source>Sign in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/mfa_dialog.py" line="49" />
            <source>The AWS profile “{profile}” signs in with an MFA code. Type the code your device “{device}” shows now.</source>
            <translation>AWS 프로필 “{profile}”: MFA 코드로 로그인하는 프로필입니다. 기기 “{device}”에 지금 표시되는 코드를 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="317" />
            <source>%n events</source>
            <translation>
                <numerusform>일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="312" />
            <source>+%n more</source>
            <translation>
                <numerusform>외 %n개 더</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/day_delegate.py" line="567" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n개 더 보기</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_view.py" line="144" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="102" />
            <source>Month calendar</source>
            <translation>월간 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_delegate.py" line="659" />
            <source>Repeating event</source>
            <translation>반복 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_keys.py" line="91" />
            <source>Selected event: {event}</source>
            <translation>선택한 일정: {event}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="194" />
            <source>conflict</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="196" />
            <source>not sent</source>
            <translation>전송 안 됨</translation>
        </message>
        <message>
            <location filename="../../desktop/views/agenda_model.py" line="192" />
            <source>pending</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>MorningSummary</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/morning_summary.py" line="110" />
            <source>%n events today</source>
            <translation>
                <numerusform>오늘 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/morning_summary.py" line="118" />
            <source>+%n more</source>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/morning_summary.py" line="113" />
            <source>All day</source>
            <translation>종일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/morning_summary.py" line="107" />
            <source>No events today</source>
            <translation>오늘 일정 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/morning_summary.py" line="107" />
            <source>Nothing is planned today in your departments.</source>
            <translation>오늘은 부서 일정이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>NetworkRules</name>
        <message>
            <location filename="../../desktop/domain/network_rules.py" line="58" />
            <source>Enter the proxy as an address starting with http:// or https://, with its host and port, e.g. http://proxy.example.com:8080.</source>
            <translation>프록시는 http:// 또는 https://로 시작하고 호스트와 포트가 있는 주소로 입력하세요(예: http://proxy.example.com:8080).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/network_rules.py" line="38" />
            <source>The file {path} cannot be read ({reason}).</source>
            <translation>{path} 파일을 읽을 수 없습니다({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/network_rules.py" line="34" />
            <source>The file {path} does not exist.</source>
            <translation>{path} 파일이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/network_rules.py" line="42" />
            <source>The file {path} holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”).</source>
            <translation>{path} 파일에 PEM 형식의 인증서(“-----BEGIN CERTIFICATE-----”로 시작하는 텍스트)가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>PendingDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/views/pending_dialog.py" line="39" />
            <source>%n changes for another connection ({where}): kept on this computer and sent when that connection is used again.</source>
            <translation>
                <numerusform>다른 연결({where})의 변경 %n건: 이 컴퓨터에 보관되며, 그 연결을 다시 사용할 때 전송됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="88" />
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="191" />
            <source>Change “{title}” on {date}, {department}</source>
            <translation>“{title}” 수정 — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="67" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="124" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="108" />
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="206" />
            <source>Conflict: someone else changed the event</source>
            <translation>충돌: 다른 사람이 일정을 변경함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="205" />
            <source>Conflict: someone else deleted the event</source>
            <translation>충돌: 다른 사람이 일정을 삭제함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="114" />
            <source>Copy as text</source>
            <translation>텍스트로 복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="187" />
            <source>Delete “{title}” on {date}, {department}</source>
            <translation>“{title}” 삭제 — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="119" />
            <source>Discard…</source>
            <translation>버리기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="98" />
            <source>Every change has reached the shared calendar.</source>
            <translation>모든 변경 사항이 공유 캘린더에 반영되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="88" />
            <source>Made at</source>
            <translation>변경 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="189" />
            <source>Move “{title}” to {department}, {date}</source>
            <translation>“{title}” 일정을 “{department}” 부서로 이동 — {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="185" />
            <source>New “{title}” on {date}, {department}</source>
            <translation>새 일정 “{title}” — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="116" />
            <source>Put the selected change's date, title and description on the clipboard.</source>
            <translation>선택한 변경 내용의 날짜, 제목, 설명을 클립보드에 복사합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="209" />
            <source>Refused: {reason}</source>
            <translation>거부됨: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="110" />
            <source>See both versions of the event and choose which to keep.</source>
            <translation>일정의 두 버전을 비교하고 유지할 버전을 선택합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="105" />
            <source>Send again</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="202" />
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="88" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="72" />
            <source>These changes are kept on this computer and sent in order when the shared calendar can be reached. A conflict waits for your choice; a refused change waits for you to send it again or discard it.</source>
            <translation>이 변경 사항은 이 컴퓨터에 보관되며 공유 캘린더에 연결되면 순서대로 보내집니다. 충돌은 선택을 기다리고, 거부된 변경은 다시 보내거나 버릴 때까지 기다립니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="121" />
            <source>Throw the selected change away (you are asked first).</source>
            <translation>선택한 변경을 버립니다(먼저 확인합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="106" />
            <source>Try to send the selected change now.</source>
            <translation>선택한 변경을 지금 다시 보냅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="213" />
            <source>Waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="212" />
            <source>Waiting: {reason}</source>
            <translation>대기 중: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../desktop/views/preferences.py" line="141" />
            <source>Editing</source>
            <translation>편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="151" />
            <source>For a wall display or a reception PC: no adding, changing, moving, deleting or importing events here.</source>
            <translation>벽걸이 화면이나 안내 데스크 PC용: 여기에서는 일정을 추가, 변경, 이동, 삭제하거나 가져오지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="54" />
            <source>Keep running in the tray when the window is closed</source>
            <translation>창을 닫아도 트레이에서 계속 실행</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="84" />
            <source>Morning summary of today's events on working days, at</source>
            <translation>평일 아침에 오늘 일정 요약 받기, 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="92" />
            <source>Morning summary time</source>
            <translation>아침 요약 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="72" />
            <source>No installed Department Calendar was found to start: install the app to use this.</source>
            <translation>시작할 부서 캘린더 설치본을 찾지 못했습니다. 앱을 설치한 뒤 사용해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="131" />
            <source>Preferences</source>
            <translation>환경 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="144" />
            <source>Read-only: this computer only shows the calendar</source>
            <translation>읽기 전용: 이 컴퓨터는 달력을 보여 주기만 합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="160" />
            <source>Reminder defaults…</source>
            <translation>알림 기본값…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="149" />
            <source>Set by your administrator.</source>
            <translation>관리자가 설정했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="65" />
            <source>Start Department Calendar when I log in</source>
            <translation>로그인할 때 부서 캘린더 시작</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="117" />
            <source>Start at login could not be changed ({error}). Check that your user folder can be written to, then try again.</source>
            <translation>로그인 시 시작 설정을 바꾸지 못했습니다({error}). 사용자 폴더에 쓸 수 있는지 확인한 뒤 다시 시도해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="60" />
            <source>This desktop has no system tray: closing the window quits.</source>
            <translation>이 데스크톱에는 시스템 트레이가 없어 창을 닫으면 종료됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/preferences.py" line="49" />
            <source>Tray and start</source>
            <translation>트레이와 시작</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="121" />
            <source>&amp;From:</source>
            <translation>시작일(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="165" />
            <source>&amp;One department per page</source>
            <translation>부서마다 따로 한 쪽씩(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="117" />
            <source>&amp;Print:</source>
            <translation>인쇄할 보기(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="140" />
            <source>&amp;To:</source>
            <translation>종료일(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="79" />
            <source>A &amp;month from the agenda's first day</source>
            <translation>일정 목록의 첫날부터 한 달(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="164" />
            <source>All departments o&amp;verlaid</source>
            <translation>모든 부서를 한 쪽에 겹쳐서(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="179" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="149" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="157" />
            <source>Departments:</source>
            <translation>부서:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="130" />
            <source>From</source>
            <translation>시작일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="244" />
            <source>Month and year pages have room for titles only; the week, the agenda and the team week print descriptions.</source>
            <translation>월간과 연간 페이지에는 제목만 들어갑니다. 설명은 주간, 일정 목록, 팀 주간에서 인쇄됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="272" />
            <source>Not a date this app can read. Type it like 2026-12-25, 12월 25일 or dec 25.</source>
            <translation>읽을 수 없는 날짜입니다. 2026-12-25, 12월 25일, 다음 주 금요일처럼 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="107" />
            <source>Print options</source>
            <translation>인쇄 옵션</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="144" />
            <source>Range:</source>
            <translation>범위:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="279" />
            <source>The end is before the start: change one.</source>
            <translation>종료일이 시작일보다 앞섭니다. 둘 중 하나를 고쳐 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="77" />
            <source>The shown &amp;month</source>
            <translation>보고 있는 달(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="78" />
            <source>The shown &amp;week</source>
            <translation>보고 있는 주(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="81" />
            <source>The shown &amp;year</source>
            <translation>보고 있는 연도(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="283" />
            <source>Tick at least one department to print.</source>
            <translation>인쇄할 부서를 하나 이상 선택해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="131" />
            <source>To</source>
            <translation>종료일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="161" />
            <source>With &amp;descriptions</source>
            <translation>설명 포함(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" line="134" />
            <source>e.g. 2026-12-25, 12월 25일, next friday</source>
            <translation>예: 2026-12-25, 12월 25일, 다음 주 금요일</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message numerus="yes">
            <location filename="../../desktop/views/print_document.py" line="269" />
            <source>%n months could not be fetched and are not in it</source>
            <translation>
                <numerusform>가져오지 못한 %n개월은 빠져 있습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_week.py" line="167" />
            <source>+{count} more</source>
            <translation>+{count}개 더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_agenda.py" line="299" />
            <source>1–2 events</source>
            <translation>일정 1–2개</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_agenda.py" line="300" />
            <source>3–5 events</source>
            <translation>일정 3–5개</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_agenda.py" line="301" />
            <source>6 or more events</source>
            <translation>일정 6개 이상</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_agenda.py" line="298" />
            <source>Busy days:</source>
            <translation>바쁜 날:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="264" />
            <source>Could not print ({reason}). Check the printer and try again.</source>
            <translation>인쇄하지 못했습니다({reason}). 프린터를 확인하고 다시 시도해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="236" />
            <source>Could not read the saved events to print. Try again; if this keeps happening, restart the app.</source>
            <translation>인쇄할 저장된 일정을 읽지 못했습니다. 다시 시도해 보시고, 계속 그러면 앱을 다시 시작해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="291" />
            <source>Could not write {path} ({reason}). Choose another folder and save again.</source>
            <translation>{path}에 쓰지 못했습니다({reason}). 다른 폴더를 골라 다시 저장해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="140" />
            <source>Do not print</source>
            <translation>인쇄하지 않음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_document.py" line="121" />
            <source>No events from {first} to {last}.</source>
            <translation>{first}부터 {last}까지 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="156" />
            <source>Nothing was printed.</source>
            <translation>인쇄하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_document.py" line="281" />
            <source>Page {number} / {total}</source>
            <translation>{number} / {total}쪽</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="60" />
            <source>Preview…</source>
            <translation>미리 보기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="137" />
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="257" />
            <source>Print preview</source>
            <translation>인쇄 미리 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="154" />
            <source>Print without their events?</source>
            <translation>이 달들의 일정을 빼고 인쇄할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="139" />
            <source>Print without them</source>
            <translation>빼고 인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_document.py" line="267" />
            <source>Printed {moment}</source>
            <translation>인쇄: {moment}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/print_job.py" line="72" />
            <source>Save…</source>
            <translation>저장…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/print_agenda.py" line="282" />
            <source>and %n more</source>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuickAdd</name>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="78" />
            <source>&amp;Department:</source>
            <translation>부서(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="57" />
            <source>Day, time and title</source>
            <translation>날짜, 시간과 제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="52" />
            <source>Quick add</source>
            <translation>빠른 추가</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/quick_add.py" line="51" />
            <source>There is no title: add what the event is after the day and time.</source>
            <translation>제목이 없습니다. 날짜와 시간 뒤에 일정 이름을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="125" />
            <source>Title: {title}</source>
            <translation>제목: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/quick_add.py" line="49" />
            <source>Type a day, a time and a title, e.g. “tomorrow 3pm review”.</source>
            <translation>날짜, 시간과 제목을 입력해 주세요. 예: “내일 10시 주간 보고”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="120" />
            <source>all day</source>
            <translation>종일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quick_add.py" line="56" />
            <source>e.g. tomorrow 3pm review, or fri 9:30 standup</source>
            <translation>예: 내일 오후 2시 팀 회의, 다음 주 금요일 종일 워크숍</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/quick_add.py" line="55" />
            <source>“{part}” is not a day of the calendar: check the day.</source>
            <translation>달력에 없는 날짜입니다: “{part}”. 날짜를 확인해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/quick_add.py" line="58" />
            <source>“{part}” is not a time: write a time such as 14:00, 2:30 PM or 3pm.</source>
            <translation>올바른 시간이 아닙니다: “{part}”. 오후 2시, 14:00처럼 적어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="60" />
            <source>Africa (Cape Town)</source>
            <translation>아프리카(케이프타운)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="61" />
            <source>Asia Pacific (Hong Kong)</source>
            <translation>아시아 태평양(홍콩)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="66" />
            <source>Asia Pacific (Hyderabad)</source>
            <translation>아시아 태평양(하이데라바드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="69" />
            <source>Asia Pacific (Jakarta)</source>
            <translation>아시아 태평양(자카르타)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="71" />
            <source>Asia Pacific (Malaysia)</source>
            <translation>아시아 태평양(말레이시아)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="70" />
            <source>Asia Pacific (Melbourne)</source>
            <translation>아시아 태평양(멜버른)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="65" />
            <source>Asia Pacific (Mumbai)</source>
            <translation>아시아 태평양(뭄바이)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="72" />
            <source>Asia Pacific (New Zealand)</source>
            <translation>아시아 태평양(뉴질랜드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="64" />
            <source>Asia Pacific (Osaka)</source>
            <translation>아시아 태평양(오사카)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="59" />
            <source>Asia Pacific (Seoul)</source>
            <translation>아시아 태평양(서울)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="67" />
            <source>Asia Pacific (Singapore)</source>
            <translation>아시아 태평양(싱가포르)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="68" />
            <source>Asia Pacific (Sydney)</source>
            <translation>아시아 태평양(시드니)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="62" />
            <source>Asia Pacific (Taipei)</source>
            <translation>아시아 태평양(타이베이)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="73" />
            <source>Asia Pacific (Thailand)</source>
            <translation>아시아 태평양(태국)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="63" />
            <source>Asia Pacific (Tokyo)</source>
            <translation>아시아 태평양(도쿄)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="74" />
            <source>Canada (Central)</source>
            <translation>캐나다(중부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="75" />
            <source>Canada West (Calgary)</source>
            <translation>캐나다 서부(캘거리)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="76" />
            <source>Europe (Frankfurt)</source>
            <translation>유럽(프랑크푸르트)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="81" />
            <source>Europe (Ireland)</source>
            <translation>유럽(아일랜드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="82" />
            <source>Europe (London)</source>
            <translation>유럽(런던)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="79" />
            <source>Europe (Milan)</source>
            <translation>유럽(밀라노)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="83" />
            <source>Europe (Paris)</source>
            <translation>유럽(파리)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="80" />
            <source>Europe (Spain)</source>
            <translation>유럽(스페인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="78" />
            <source>Europe (Stockholm)</source>
            <translation>유럽(스톡홀름)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="77" />
            <source>Europe (Zurich)</source>
            <translation>유럽(취리히)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="84" />
            <source>Israel (Tel Aviv)</source>
            <translation>이스라엘(텔아비브)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="87" />
            <source>Mexico (Central)</source>
            <translation>멕시코(중부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="86" />
            <source>Middle East (Bahrain)</source>
            <translation>중동(바레인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="85" />
            <source>Middle East (UAE)</source>
            <translation>중동(UAE)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="88" />
            <source>South America (São Paulo)</source>
            <translation>남아메리카(상파울루)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="89" />
            <source>US East (N. Virginia)</source>
            <translation>미국 동부(버지니아 북부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="90" />
            <source>US East (Ohio)</source>
            <translation>미국 동부(오하이오)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="91" />
            <source>US West (N. California)</source>
            <translation>미국 서부(캘리포니아 북부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="92" />
            <source>US West (Oregon)</source>
            <translation>미국 서부(오레곤)</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="20" />
            <source>%n days before</source>
            <translation>
                <numerusform>%n일 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="22" />
            <source>%n hours before</source>
            <translation>
                <numerusform>%n시간 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="90" />
            <source>%n min</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminder_choices.py" line="23" />
            <source>%n minutes before</source>
            <translation>
                <numerusform>%n분 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="190" />
            <source>%n missed reminders</source>
            <translation>
                <numerusform>놓친 알림 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="125" />
            <source>%n reminders due.</source>
            <translation>
                <numerusform>알림 %n개가 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="96" />
            <source>&amp;Dismiss</source>
            <translation>해제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="80" />
            <source>&amp;Reminders…</source>
            <translation>알림 설정(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="82" />
            <source>All day</source>
            <translation>종일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="77" />
            <source>All-day events:</source>
            <translation>종일 일정:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="18" />
            <source>At the time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="110" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="33" />
            <source>Default</source>
            <translation>기본값</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="41" />
            <source>Default ({choice})</source>
            <translation>기본값 ({choice})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="82" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="80" />
            <source>Departments' reminders</source>
            <translation>부서별 알림</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="98" />
            <source>Dismiss &amp;all</source>
            <translation>모두 해제(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="117" />
            <source>Each department:</source>
            <translation>부서별:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="76" />
            <source>Events with a time:</source>
            <translation>시간이 있는 일정:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="97" />
            <source>Mine</source>
            <translation>내 기본값</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="127" />
            <source>No reminders due. Reminders appear here when they come.</source>
            <translation>지금 알릴 일정이 없습니다. 알림 시각이 되면 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="16" />
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="109" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="18" />
            <source>On the day, 9:00 AM</source>
            <translation>당일 오전 9:00</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/reminders_panel.py" line="91" />
            <source>Remind me again in %n minutes</source>
            <translation>
                <numerusform>%n분 후에 다시 알립니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_choices.py" line="31" />
            <source>Reminder</source>
            <translation>알림</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="56" />
            <source>Reminders</source>
            <translation>알림</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="82" />
            <source>Reminders &amp;due…</source>
            <translation>받은 알림(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="61" />
            <source>Reminders are kept on this computer only. An event's own choice (in the event dialog) comes first, then its department's, then yours.</source>
            <translation>알림은 이 컴퓨터에만 저장됩니다. 일정 창에서 정한 일정별 알림이 먼저이고, 다음은 부서의 기본값, 그다음은 내 기본값입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="75" />
            <source>Reminders due</source>
            <translation>받은 알림</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="85" />
            <source>Snooze:</source>
            <translation>다시 알림:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="201" />
            <source>Starting now</source>
            <translation>지금 시작합니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="203" />
            <source>Starts in %n minutes</source>
            <translation>
                <numerusform>%n분 후 시작합니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="205" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="207" />
            <source>Tomorrow</source>
            <translation>내일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/reminders.py" line="169" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminder_settings.py" line="82" />
            <source>With a time</source>
            <translation>시간 있음</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/reminders.py" line="189" />
            <source>and %n more</source>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders_panel.py" line="49" />
            <source>{day} · reminded at {time}</source>
            <translation>{day} · {time}에 알림</translation>
        </message>
    </context>
    <context>
        <name>RepeatEditor</name>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="235" />
            <source> times</source>
            <comment>after the number of a repeat's times</comment>
            <translation>회</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="431" />
            <source>%n events</source>
            <translation>
                <numerusform>%n개 일정</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="511" />
            <source>A repeating event lasts one day each time: choose “Does not repeat” for an event over several days.</source>
            <translation>반복 일정은 한 번에 하루입니다. 여러 날 일정을 만들려면 ‘반복 안 함’을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="229" />
            <source>After a number of times</source>
            <translation>횟수를 채우면 종료</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="524" />
            <source>An event over several days does not repeat: untick “Several days” to make it repeat.</source>
            <translation>여러 날 일정은 반복할 수 없습니다. 반복하려면 ‘여러 날’ 선택을 해제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="365" />
            <source>Choose between 1 and {most} times.</source>
            <translation>1회에서 {most}회 사이로 정하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="275" />
            <source>Daily</source>
            <translation>매일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="274" />
            <source>Does not repeat</source>
            <translation>반복 안 함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="225" />
            <source>Ends</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="239" />
            <source>Ends:</source>
            <translation>종료:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="418" />
            <source>Events are made for the next %n months; the series can be extended later.</source>
            <translation>
                <numerusform>앞으로 %n개월 동안의 일정을 만듭니다. 나중에 연장할 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="276" />
            <source>Every weekday (Mon–Fri)</source>
            <translation>평일(월–금)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_editor.py" line="227" />
            <source>Keeps going (%n months for now)</source>
            <translation>
                <numerusform>계속 (우선 %n개월)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="237" />
            <source>Last date</source>
            <translation>종료 날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="118" />
            <source>Last day</source>
            <translation>종료일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="232" />
            <source>Number of times</source>
            <translation>횟수</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="230" />
            <source>On a date</source>
            <translation>날짜에 종료</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="176" />
            <source>Part of {span}. To change its days, delete the event and make it again.</source>
            <translation>{span} 일정의 하루입니다. 기간을 바꾸려면 일정을 삭제하고 다시 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="205" />
            <source>Repeat</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="455" />
            <source>Repeats by a rule this app does not show</source>
            <translation>이 앱에서 보여 줄 수 없는 규칙으로 반복합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="116" />
            <source>Several &amp;days, until</source>
            <translation>여러 날(&amp;D), 종료일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="369" />
            <source>The end date is before the start. Choose {date} or later.</source>
            <translation>종료 날짜가 시작보다 앞섭니다. {date} 또는 그 이후로 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="161" />
            <source>The last day is before the first. Choose {date} or later.</source>
            <translation>종료일이 시작일보다 앞섭니다. {date} 또는 그 이후로 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="374" />
            <source>This makes more than {most} events. Choose an earlier end date or fewer times.</source>
            <translation>일정이 {most}개를 넘습니다. 종료 날짜를 앞당기거나 횟수를 줄이세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="379" />
            <source>This makes no event. Choose another end or another start.</source>
            <translation>만들어지는 일정이 없습니다. 종료나 시작 날짜를 바꿔 보세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="363" />
            <source>Tick at least one day of the week.</source>
            <translation>요일을 하나 이상 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="464" />
            <source>To change how it repeats, delete the following events and make a new series.</source>
            <translation>반복 방식을 바꾸려면 이후 일정을 삭제하고 새 반복 일정을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="277" />
            <source>Weekly on…</source>
            <translation>매주 (요일 선택)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="458" />
            <source>{repeat} (from {start})</source>
            <translation>{repeat} ({start}부터)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_editor.py" line="432" />
            <source>{repeat}: {events}</source>
            <translation>{repeat}, {events}</translation>
        </message>
    </context>
    <context>
        <name>RepeatText</name>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="158" />
            <source>%n times</source>
            <translation>
                <numerusform>%n회</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="86" />
            <source>, </source>
            <comment>between the short names of weekdays: Mon, Wed, Fri</comment>
            <translation>·</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="134" />
            <source>Daily</source>
            <translation>매일</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="135" />
            <source>Every %n days</source>
            <translation>
                <numerusform>%n일마다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="94" />
            <source>Every %n months on day {day}</source>
            <translation>
                <numerusform>%n개월마다 {day}일</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="102" />
            <source>Every %n months on the {nth} {weekday}</source>
            <translation>
                <numerusform>%n개월마다 {nth} {weekday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="140" />
            <source>Every %n weeks on {days}</source>
            <translation>
                <numerusform>%n주마다 {days}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="123" />
            <source>Every %n years on lunar {month}/{day}</source>
            <translation>
                <numerusform>%n년마다 음력 {month}월 {day}일</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="110" />
            <source>Every %n years on {date}</source>
            <translation>
                <numerusform>%n년마다 {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="131" />
            <source>Every weekday</source>
            <translation>평일마다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="93" />
            <source>Monthly on day {day}</source>
            <translation>매월 {day}일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="101" />
            <source>Monthly on the {nth} {weekday}</source>
            <translation>매월 {nth} {weekday}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="149" />
            <source>Repeats by a custom rule</source>
            <translation>사용자 지정 규칙으로 반복</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="139" />
            <source>Weekly on {days}</source>
            <translation>매주 {days}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="122" />
            <source>Yearly on lunar {month}/{day}</source>
            <translation>매년 음력 {month}월 {day}일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="109" />
            <source>Yearly on {date}</source>
            <translation>매년 {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="75" />
            <source>fifth</source>
            <comment>the fifth Tuesday of the month</comment>
            <translation>다섯째</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="71" />
            <source>first</source>
            <comment>the first Tuesday of the month</comment>
            <translation>첫째</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="74" />
            <source>fourth</source>
            <comment>the fourth Tuesday of the month</comment>
            <translation>넷째</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="76" />
            <source>last</source>
            <comment>the last Tuesday of the month</comment>
            <translation>마지막</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="156" />
            <source>once</source>
            <translation>1회</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="72" />
            <source>second</source>
            <comment>the second Tuesday of the month</comment>
            <translation>둘째</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="73" />
            <source>third</source>
            <comment>the third Tuesday of the month</comment>
            <translation>셋째</translation>
        </message>
        <message>
            <location filename="../../desktop/views/repeat_text.py" line="160" />
            <source>until {date}</source>
            <translation>{date}까지</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/repeat_text.py" line="188" />
            <source>{days} (%n days)</source>
            <translation>
                <numerusform>{days} (%n일)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="50" />
            <source>All days</source>
            <translation>모든 날</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="61" />
            <source>All events</source>
            <translation>모든 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="78" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="63" />
            <source>Delete events</source>
            <translation>일정 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="63" />
            <source>Edit</source>
            <translation>일정 수정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="60" />
            <source>This and following events</source>
            <translation>이 일정과 이후 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="49" />
            <source>This day only</source>
            <translation>이 날만</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="59" />
            <source>This event only</source>
            <translation>이 일정만</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="46" />
            <source>“{title}” lasts several days. Change which days?</source>
            <translation>여러 날에 걸친 일정 “{title}”: 어느 날을 수정할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="44" />
            <source>“{title}” lasts several days. Delete which days?</source>
            <translation>여러 날에 걸친 일정 “{title}”: 어느 날을 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="56" />
            <source>“{title}” repeats. Change which events?</source>
            <translation>반복 일정 “{title}”: 어느 일정을 수정할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/scope_dialog.py" line="54" />
            <source>“{title}” repeats. Delete which events?</source>
            <translation>반복 일정 “{title}”: 어느 일정을 삭제할까요?</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="131" />
            <source>%n events</source>
            <translation>
                <numerusform>%n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="166" />
            <source>%n events found so far, searching on…</source>
            <translation>
                <numerusform>지금까지 일정 %n개를 찾았습니다. 계속 찾는 중…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="170" />
            <source>%n months could not be fetched: {reason}</source>
            <translation>
                <numerusform>%n개월을 가져오지 못했습니다: {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="198" />
            <source>%n months of the departments searched in {year} are not saved on this computer; fetch them and search them too.</source>
            <translation>
                <numerusform>검색한 부서의 {year}년 중 %n개월이 이 컴퓨터에 저장되어 있지 않습니다. 가져와서 함께 검색합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="74" />
            <source>(%n months saved)</source>
            <translation>
                <numerusform>(저장된 %n개월)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="94" />
            <source>All departments</source>
            <translation>모든 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="115" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="183" />
            <source>Departments searched: {names}</source>
            <translation>검색한 부서: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="195" />
            <source>Fetch the rest of {year}</source>
            <translation>{year}년 나머지 가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="113" />
            <source>Months fetched</source>
            <translation>가져온 달</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="159" />
            <source>Offline: %n months could not be fetched. Try again when the network is back.</source>
            <translation>
                <numerusform>오프라인: %n개월을 가져오지 못했습니다. 네트워크가 돌아오면 다시 시도하세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="98" />
            <source>Search the events of every department saved on this computer. Untick to search only the departments shown in the calendar.</source>
            <translation>이 컴퓨터에 저장된 모든 부서의 일정을 찾습니다. 캘린더에 표시된 부서만 찾으려면 선택을 해제하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/search.py" line="166" />
            <source>Stopped: %n months not fetched.</source>
            <translation>
                <numerusform>멈춤: %n개월을 가져오지 않았습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="168" />
            <source>The first %n events found; type more to narrow</source>
            <translation>
                <numerusform>찾은 일정 중 처음 %n개입니다. 더 입력해 좁혀 보세요</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/search_results.py" line="69" />
            <source>in %n departments</source>
            <translation>
                <numerusform>부서 %n곳에서</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/search_results.py" line="71" />
            <source>no month saved yet</source>
            <translation>저장된 달 없음</translation>
        </message>
    </context>
    <context>
        <name>SendRetry</name>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="68" />
            <source>An unexpected error stopped sending ({reason}); see the log.</source>
            <translation>예상하지 못한 오류로 전송이 멈췄습니다({reason}). 로그를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="55" />
            <source>The calendar server cannot be reached.</source>
            <translation>캘린더 서버에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="53" />
            <source>The calendar server is busy.</source>
            <translation>캘린더 서버가 혼잡합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="57" />
            <source>The calendar server reported an error ({code}).</source>
            <translation>캘린더 서버에서 오류를 보고했습니다({code}).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="63" />
            <source>The result could not be recorded on this computer ({reason}). Free some disk space or check the permissions of the app's data folder.</source>
            <translation>전송 결과를 이 컴퓨터에 기록하지 못했습니다({reason}). 디스크 공간을 확보하거나 앱 데이터 폴더의 권한을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="109" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="102" />
            <source>&amp;Create tables…</source>
            <translation>테이블 만들기(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="154" />
            <source>&amp;Departments table:</source>
            <translation>부서 테이블(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="156" />
            <source>&amp;Proxy:</source>
            <translation>프록시(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="150" />
            <source>&amp;Region:</source>
            <translation>리전(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="71" />
            <source>&amp;Secret access key:</source>
            <translation>비밀 액세스 키(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="100" />
            <source>&amp;Test connection</source>
            <translation>연결 테스트(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="158" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="223" />
            <source>A password is stored in this computer's settings file: it moves to {store} when you click OK.</source>
            <translation>비밀번호가 이 컴퓨터의 설정 파일에 저장되어 있습니다. 확인을 누르면 {store}에 옮겨 저장합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="229" />
            <source>A password is stored in {store}.</source>
            <translation>비밀번호가 {store}에 저장되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="135" />
            <source>A secret key and a session token are stored in {store}.</source>
            <translation>비밀 키와 세션 토큰이 {store}에 저장되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="142" />
            <source>A secret key is stored in {store}.</source>
            <translation>비밀 키가 {store}에 저장되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="162" />
            <source>A session token is stored: paste a new one to replace it</source>
            <translation>세션 토큰이 저장되어 있습니다. 바꾸려면 새 토큰을 붙여 넣으세요</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="107" />
            <source>AWS profile</source>
            <translation>AWS 프로필</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="119" />
            <source>AWS region</source>
            <translation>AWS 리전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="68" />
            <source>Access key &amp;ID:</source>
            <translation>액세스 키 ID(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="32" />
            <source>Access key ID</source>
            <translation>액세스 키 ID</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="164" />
            <source>Advanced</source>
            <translation>고급</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="85" />
            <source>An &amp;access key, kept in this computer's password store</source>
            <translation>이 컴퓨터의 암호 저장소에 보관한 액세스 키(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="100" />
            <source>An AWS &amp;profile of this computer (including SSO sign-in)</source>
            <translation>이 컴퓨터의 AWS 프로필(SSO 로그인 포함)(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="342" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="427" />
            <source>Capacity: on-demand. AWS charges per request; nothing to plan or adjust.</source>
            <translation>용량: 온디맨드. 요청한 만큼만 요금이 부과되며, 미리 정하거나 조정할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="432" />
            <source>Capacity: provisioned, as in the guide: 10 read and 10 write units per table, 5/5 for name-index and 10/10 for department-date-index (a fixed monthly cost).</source>
            <translation>용량: 가이드대로 프로비저닝. 테이블마다 읽기 10, 쓰기 10 단위, name-index 5/5, department-date-index 10/10 (매월 고정 비용).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="330" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="269" />
            <source>Checking the keyring…</source>
            <translation>키링을 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="91" />
            <source>Checks the values on the left before you save them: that both tables exist and are set up as the guide describes, and that these credentials may use them.</source>
            <translation>저장하기 전에 왼쪽 값을 확인합니다. 두 테이블이 있고 가이드대로 설정되었는지, 이 자격 증명으로 쓸 수 있는지 봅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="271" />
            <source>Choose a profile or the environment: this computer cannot keep an access key.</source>
            <translation>이 컴퓨터는 액세스 키를 보관할 수 없으니 프로필이나 환경을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="111" />
            <source>Choose the PEM file of certificates</source>
            <translation>인증서가 든 PEM 파일을 고릅니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="140" />
            <source>Command to sign in again</source>
            <translation>다시 로그인하는 명령</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="113" />
            <source>Connection settings</source>
            <translation>연결 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="68" />
            <source>Connection test</source>
            <translation>연결 테스트</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="144" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="155" />
            <source>Copy IAM policy</source>
            <translation>IAM 정책 복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="166" />
            <source>Copy read-only IAM policy</source>
            <translation>읽기 전용 IAM 정책 복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="312" />
            <source>Create tables</source>
            <translation>테이블 만들기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="314" />
            <source>Create the calendar's tables “{departments}” and “{events}” in region {region}?</source>
            <translation>{region} 리전에 캘린더 테이블 “{departments}”와 “{events}”를 만들까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="368" />
            <source>Creating the tables…</source>
            <translation>테이블을 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="108" />
            <source>Department Calendar needs to know where your department's calendar is stored: two tables in Amazon DynamoDB (an AWS database), the same ones the web calendar uses. Your administrator can tell you the region, the table names and how to sign in.</source>
            <translation>부서 캘린더는 부서 일정이 저장된 곳을 알아야 합니다. 일정은 Amazon DynamoDB(AWS의 데이터베이스)의 테이블 두 개에 있으며, 웹 캘린더와 같은 테이블을 씁니다. 리전, 테이블 이름, 로그인 방법은 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="141" />
            <source>Departments table</source>
            <translation>부서 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="188" />
            <source>E&amp;ndpoint URL:</source>
            <translation>엔드포인트 URL(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="158" />
            <source>E&amp;vents table:</source>
            <translation>이벤트 테이블(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="174" />
            <source>Empty: Amazon's DynamoDB service</source>
            <translation>비워 두면 Amazon DynamoDB 서비스</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="173" />
            <source>Endpoint URL</source>
            <translation>엔드포인트 URL</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="276" />
            <source>Enter the access key ID and the secret access key.</source>
            <translation>액세스 키 ID와 비밀 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="278" />
            <source>Enter the access key ID.</source>
            <translation>액세스 키 ID를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="162" />
            <source>Enter the password that belongs to this user name.</source>
            <translation>이 사용자 이름의 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="280" />
            <source>Enter the secret access key that belongs to this access key ID.</source>
            <translation>이 액세스 키 ID의 비밀 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="153" />
            <source>Enter the user name that goes with this password.</source>
            <translation>이 비밀번호의 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="145" />
            <source>Events table</source>
            <translation>이벤트 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="289" />
            <source>Everything is in place. Click OK to save these settings.</source>
            <translation>모두 준비되었습니다. 확인을 눌러 설정을 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="451" />
            <source>Existing tables are kept as they are. Creating takes up to a minute.</source>
            <translation>이미 있는 테이블은 그대로 둡니다. 만드는 데 1분 정도 걸립니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="153" />
            <source>Extra certificate &amp;authorities:</source>
            <translation>추가 인증 기관(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="328" />
            <source>Extra certificate authorities</source>
            <translation>추가 인증 기관</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="107" />
            <source>Extra certificate authorities (PEM file)</source>
            <translation>추가 인증 기관(PEM 파일)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="270" />
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="120" />
            <source>For a network that inspects secure connections: the root certificate IT gives you, trusted besides the computer's own.</source>
            <translation>보안 연결을 검사하는 네트워크용: IT 담당자가 준 루트 인증서로, 이 컴퓨터의 인증서와 함께 신뢰합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="105" />
            <source>For administrators: create the two tables as the setup guide describes</source>
            <translation>관리자용: 설정 가이드대로 테이블 두 개를 만듭니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="57" />
            <source>How this computer signs in to AWS</source>
            <translation>이 컴퓨터가 AWS에 로그인하는 방법</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="299" />
            <source>It allows {actions} and the other actions the app needs.</source>
            <translation>{actions}와 앱에 필요한 다른 작업을 허용합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="61" />
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="383" />
            <source>No AWS profiles were found on this computer. Set one up with “aws configure” or “aws configure sso”, or choose another option.</source>
            <translation>이 컴퓨터에 AWS 프로필이 없습니다. “aws configure” 또는 “aws configure sso”로 만들거나 다른 방법을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="108" />
            <source>None: the computer's own are trusted</source>
            <translation>없음: 이 컴퓨터의 인증서만 신뢰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="109" />
            <source>Not available: this computer has no password store (keyring) to keep an access key safely. Use an AWS profile or the environment instead.</source>
            <translation>사용할 수 없음: 이 컴퓨터에는 액세스 키를 안전하게 보관할 암호 저장소(키링)가 없습니다. AWS 프로필이나 환경을 대신 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="123" />
            <source>Not tested yet. Test the connection to see whether everything is in place.</source>
            <translation>아직 테스트하지 않았습니다. 연결을 테스트해 모든 것이 준비되었는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="299" />
            <source>Note</source>
            <translation>참고</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="176" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="329" />
            <source>On-demand capacity: pay per request (the guide's advice for small teams)</source>
            <translation>온디맨드 용량: 요청한 만큼 지불(가이드가 소규모 팀에 권장)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="179" />
            <source>Only for DynamoDB Local or another DynamoDB-compatible service, such as http://localhost:8000. Leave it empty to use AWS.</source>
            <translation>DynamoDB Local이나 DynamoDB 호환 서비스에만 씁니다(예: http://localhost:8000). AWS를 쓰려면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="249" />
            <source>Only if the proxy asks for one</source>
            <translation>프록시가 요구할 때만</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="89" />
            <source>Only if your organisation's network needs them; ask your IT department.</source>
            <translation>회사 네트워크에서 필요할 때만 설정합니다. IT 담당자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="329" />
            <source>Overridden by the environment variable {variable} (“{value}”).</source>
            <translation>이 설정보다 환경 변수 {variable}(“{value}”) 값이 우선합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="334" />
            <source>Overridden by {variable} in a .env file (“{value}”).</source>
            <translation>이 설정보다 .env 파일의 {variable}(“{value}”) 값이 우선합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="162" />
            <source>Pass&amp;word:</source>
            <translation>비밀번호(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="270" />
            <source>Passed</source>
            <translation>통과</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="159" />
            <source>Paste the secret access key</source>
            <translation>비밀 액세스 키를 붙여 넣으세요</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="130" />
            <source>Proxy</source>
            <translation>프록시</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="82" />
            <source>Proxy and certificates</source>
            <translation>프록시와 인증서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="48" />
            <source>Proxy password</source>
            <translation>프록시 비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="43" />
            <source>Proxy user name</source>
            <translation>프록시 사용자 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="170" />
            <source>Put a policy that only reads these tables (for wall displays and reception PCs) on the clipboard, for your AWS administrator</source>
            <translation>이 테이블을 읽기만 하는 정책(벽걸이 화면, 안내 데스크 PC용)을 AWS 관리자에게 줄 수 있도록 클립보드에 복사합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="158" />
            <source>Put the setup guide's IAM policy, with this region and these table names, on the clipboard, for your AWS administrator</source>
            <translation>AWS 관리자에게 전달할 설정 가이드의 IAM 정책을 이 리전과 테이블 이름으로 클립보드에 복사합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="379" />
            <source>Reading the AWS profiles…</source>
            <translation>AWS 프로필을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="56" />
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="58" />
            <source>Remove the proxy's stored password from this computer when you click OK</source>
            <translation>확인을 누르면 저장된 프록시 비밀번호를 이 컴퓨터에서 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="59" />
            <source>Remove the stored access key from this computer when you click OK</source>
            <translation>확인을 누르면 저장된 액세스 키를 이 컴퓨터에서 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="147" />
            <source>Saved in {store} when you click OK, never in a file.</source>
            <translation>확인을 누르면 {store}에 저장합니다. 파일에는 절대 저장하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="178" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="38" />
            <source>Secret access key</source>
            <translation>비밀 액세스 키</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="74" />
            <source>Session to&amp;ken:</source>
            <translation>세션 토큰(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="46" />
            <source>Session token</source>
            <translation>세션 토큰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="85" />
            <source>Set by your administrator</source>
            <translation>관리자가 설정함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="134" />
            <source>Sign in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="136" />
            <source>Sign in to AWS in your browser, then test again</source>
            <translation>브라우저에서 AWS에 로그인한 뒤 다시 테스트합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="142" />
            <source>Some settings are managed by your organisation and cannot be changed here.</source>
            <translation>일부 설정은 조직에서 관리하므로 여기서 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="175" />
            <source>Temporary key, expired {time}: paste a new one from your IT department's sign-in page.</source>
            <translation>임시 키, {time}에 만료됨: IT 부서의 로그인 페이지에서 새 키를 받아 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="181" />
            <source>Temporary key, expires {time}</source>
            <translation>임시 키, {time}에 만료</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="173" />
            <source>Temporary key; when it expires is not known.</source>
            <translation>임시 키, 만료 시각은 알 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="50" />
            <source>Temporary keys only (ASIA…): paste the session token</source>
            <translation>임시 키(ASIA…)만 해당: 세션 토큰을 붙여 넣으세요</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="274" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation>다시 테스트하세요. 계속 이러면 로그를 관리자에게 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="243" />
            <source>Testing the connection to {endpoint}…</source>
            <translation>{endpoint}에 연결을 테스트하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="121" />
            <source>The &amp;environment (AWS's standard sign-in)</source>
            <translation>환경(AWS 표준 로그인)(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="439" />
            <source>The AWS profiles could not be read.</source>
            <translation>AWS 프로필을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="132" />
            <source>The AWS region where the tables were created, such as ap-northeast-2 (Seoul). Pick one from the list or type its code.</source>
            <translation>테이블을 만든 AWS 리전입니다(예: ap-northeast-2, 서울). 목록에서 고르거나 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="372" />
            <source>The file could not be checked ({error}).</source>
            <translation>파일을 확인하지 못했습니다({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="405" />
            <source>The policy is on the clipboard: give it to your AWS administrator.</source>
            <translation>정책을 클립보드에 복사했습니다. AWS 관리자에게 전달하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/network.py" line="139" />
            <source>The proxy for the calendar's requests to AWS. Empty: none, or the HTTPS_PROXY environment variable.</source>
            <translation>캘린더가 AWS에 요청할 때 거치는 프록시입니다. 비워 두면 프록시를 쓰지 않거나 HTTPS_PROXY 환경 변수를 따릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="184" />
            <source>The settings changed since this test: test again.</source>
            <translation>테스트 후 설정이 바뀌었습니다. 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="125" />
            <source>The stored access key will be removed when you click OK.</source>
            <translation>확인을 누르면 저장된 액세스 키를 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="219" />
            <source>The stored password will be removed when you click OK.</source>
            <translation>확인을 누르면 저장된 비밀번호를 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="221" />
            <source>The stored password will be replaced when you click OK.</source>
            <translation>확인을 누르면 저장된 비밀번호를 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="130" />
            <source>The stored secret key will be replaced when you click OK.</source>
            <translation>확인을 누르면 저장된 비밀 키를 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="411" />
            <source>The tables could not be created: {reason}</source>
            <translation>테이블을 만들 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="271" />
            <source>The test stopped with an unexpected error ({error}).</source>
            <translation>예기치 않은 오류로 테스트가 멈췄습니다({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="164" />
            <source>This computer has no password store (keyring) to keep the proxy's user name and password: leave them empty, or ask IT for a proxy that needs none.</source>
            <translation>이 컴퓨터에는 프록시 사용자 이름과 비밀번호를 보관할 암호 저장소(키링)가 없습니다. 비워 두거나, 비밀번호가 필요 없는 프록시를 IT 부서에 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="282" />
            <source>This is a temporary access key (ASIA…): paste its session token too.</source>
            <translation>임시 액세스 키(ASIA…)입니다. 세션 토큰도 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="116" />
            <source>To look around first, try the demo: it needs no AWS account and saves nothing.</source>
            <translation>먼저 둘러보려면 데모를 사용해 보세요. AWS 계정이 필요 없고 아무것도 저장하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="170" />
            <source>Try the demo instead</source>
            <translation>대신 데모 사용해 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="245" />
            <source>Type a new password to replace it</source>
            <translation>바꾸려면 새 비밀번호 입력</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="157" />
            <source>Type a new secret to replace it</source>
            <translation>바꾸려면 새 비밀 키 입력</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="127" />
            <source>Undo</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="128" />
            <source>Uses what the AWS command line would use: the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, the default profile, or the computer's own AWS role.</source>
            <translation>AWS 명령줄 도구와 같은 방법을 씁니다. AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY 환경 변수, 기본 프로필, 또는 컴퓨터 자체의 AWS 역할입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="103" />
            <source>Welcome to Department Calendar</source>
            <translation>부서 캘린더에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="105" />
            <source>Where the calendar is stored</source>
            <translation>캘린더가 저장된 곳</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/proxy_login.py" line="214" />
            <source>the keyring</source>
            <translation>키링</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="453" />
            <source>{profile} (SSO)</source>
            <translation>{profile} (SSO 로그인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="458" />
            <source>{profile} (not on this computer)</source>
            <translation>{profile} (이 컴퓨터에 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="463" />
            <source>“{table}”: already exists</source>
            <translation>“{table}”: 이미 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="461" />
            <source>“{table}”: creating…</source>
            <translation>“{table}”: 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="465" />
            <source>“{table}”: ready</source>
            <translation>“{table}”: 준비됨</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="466" />
            <source>“{table}”: {status}, waiting until it is ready…</source>
            <translation>“{table}”: {status}, 준비될 때까지 기다리는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="439" />
            <source>• “{table}”: key id; index name-index (by department name).</source>
            <translation>• “{table}”: 키 id, 인덱스 name-index(부서 이름별).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="443" />
            <source>• “{table}”: keys id and department_id; index department-date-index (by department and date).</source>
            <translation>• “{table}”: 키 id와 department_id, 인덱스 department-date-index(부서와 날짜별).</translation>
        </message>
    </context>
    <context>
        <name>SourceSwitch</name>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="65" />
            <source>%n changes have not reached the current shared calendar yet. What should happen to them before switching to the new connection?</source>
            <translation>
                <numerusform>변경 사항 %n개가 아직 현재 공유 캘린더에 반영되지 않았습니다. 새 연결로 바꾸기 전에 어떻게 할까요?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="148" />
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="63" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="147" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="140" />
            <source>Discard %n changes not sent? They never reach the shared calendar and cannot be brought back.</source>
            <translation>
                <numerusform>보내지 않은 변경 사항 %n개를 버릴까요? 공유 캘린더에 반영되지 않으며 되돌릴 수 없습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="139" />
            <source>Discard changes</source>
            <translation>변경 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="84" />
            <source>Discard them…</source>
            <translation>버리기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="81" />
            <source>Keep them for later</source>
            <translation>나중을 위해 보관</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="74" />
            <source>Kept changes stay on this computer and are sent when this connection is used again.</source>
            <translation>보관한 변경은 이 컴퓨터에 남아 있다가, 이 연결을 다시 사용할 때 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="79" />
            <source>Send them first</source>
            <translation>먼저 전송</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="165" />
            <source>Sending the changes not sent yet; the new connection opens once they are.</source>
            <translation>전송되지 않은 변경을 보내는 중입니다. 전송이 끝나면 새 연결을 엽니다.</translation>
        </message>
    </context>
    <context>
        <name>SsoDialog</name>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="80" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="69" />
            <source>Code to confirm</source>
            <translation>확인할 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="81" />
            <source>Open the page again</source>
            <translation>페이지 다시 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="42" />
            <source>Sign in to AWS</source>
            <translation>AWS 로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="71" />
            <source>Starting the sign-in…</source>
            <translation>로그인을 시작하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="102" />
            <source>The browser did not open? Go to {page} and type the code.</source>
            <translation>브라우저가 열리지 않았나요? {page} 주소로 가서 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="96" />
            <source>Waiting for the browser… The code is valid until {time}.</source>
            <translation>브라우저에서 확인하기를 기다리는 중… 코드는 {time}까지 유효합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sso_dialog.py" line="47" />
            <source>Your browser opens AWS's sign-in page for the profile “{profile}”. Sign in there, then confirm that the browser shows this code:</source>
            <translation>브라우저에 프로필 “{profile}”의 AWS 로그인 페이지가 열립니다. 그곳에서 로그인한 뒤, 브라우저에 이 코드가 표시되는지 확인하세요:</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <location filename="../../desktop/views/team_view.py" line="80" />
            <source>All departments</source>
            <translation>모든 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_view.py" line="42" />
            <source>MMM d</source>
            <translation>M월 d일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_view.py" line="82" />
            <source>Show every department, not only the ones ticked in the list</source>
            <translation>목록에서 선택한 부서뿐 아니라 모든 부서를 표시합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_grid.py" line="305" />
            <source>Team week</source>
            <translation>팀 주간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_view.py" line="48" />
            <source>Team week: {first} – {last}, {year}</source>
            <translation>팀 주간: {year}년 {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_view.py" line="51" />
            <source>Team week: {first}, {first_year} – {last}, {last_year}</source>
            <translation>팀 주간: {first_year}년 {first} – {last_year}년 {last}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_model.py" line="211" />
            <source>{day}, today</source>
            <translation>{day}, 오늘</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/team_model.py" line="188" />
            <source>{department}, {day}: %n events</source>
            <translation>
                <numerusform>{department}, {day}: 일정 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/team_model.py" line="53" />
            <source>{weekday} {month}/{day}</source>
            <translation>{month}/{day} ({weekday})</translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/tray_menu.py" line="181" />
            <source>%n events today</source>
            <translation>
                <numerusform>오늘 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/tray_menu.py" line="147" />
            <source>+%n more…</source>
            <translation>
                <numerusform>외 %n개…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="260" />
            <source>Keep Department Calendar running in the tray when the window is closed, so that reminders still come?</source>
            <translation>창을 닫아도 알림을 받도록 트레이에서 계속 실행할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="267" />
            <source>Keep running in the tray</source>
            <translation>트레이에서 계속 실행</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="150" />
            <source>New event…</source>
            <translation>새 일정…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="141" />
            <source>No events</source>
            <translation>일정 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="158" />
            <source>Open Department Calendar</source>
            <translation>부서 캘린더 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="152" />
            <source>Quick add…</source>
            <translation>빠른 추가…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="269" />
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="132" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="133" />
            <source>Tomorrow</source>
            <translation>내일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/tray_menu.py" line="266" />
            <source>You can change this in Edit ▸ Preferences.</source>
            <translation>편집 ▸ 환경 설정에서 바꿀 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="46" />
            <source>Agenda</source>
            <translation>일정 목록</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="58" />
            <source>List</source>
            <comment>toolbar</comment>
            <translation>목록</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="44" />
            <source>Month</source>
            <translation>월간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="56" />
            <source>Month</source>
            <comment>toolbar</comment>
            <translation>월간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="59" />
            <source>Team</source>
            <comment>toolbar</comment>
            <translation>팀</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="47" />
            <source>Team week</source>
            <translation>팀 주간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="45" />
            <source>Week</source>
            <translation>주간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="57" />
            <source>Week</source>
            <comment>toolbar</comment>
            <translation>주간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="48" />
            <source>Year</source>
            <translation>연간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_view.py" line="60" />
            <source>Year</source>
            <comment>toolbar</comment>
            <translation>연간</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <location filename="../../desktop/views/week_view.py" line="121" />
            <source>Week calendar</source>
            <translation>주간 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/week_model.py" line="227" />
            <source>no event here; Enter adds one</source>
            <translation>일정 없음, Enter 키로 새 일정을 추가합니다</translation>
        </message>
    </context>
    <context>
        <name>YearView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/year_view.py" line="251" />
            <source>%n events</source>
            <translation>
                <numerusform>일정 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="589" />
            <source>1–2</source>
            <translation>1–2개</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="590" />
            <source>3–5</source>
            <translation>3–5개</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="591" />
            <source>6 or more</source>
            <translation>6개 이상</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="374" />
            <source>Day actions</source>
            <translation>날짜 메뉴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="593" />
            <source>Events a day:</source>
            <translation>하루 일정:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="193" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="375" />
            <source>Open in the month view</source>
            <translation>월간 보기로 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="380" />
            <source>Open in the week view</source>
            <translation>주간 보기로 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="253" />
            <source>This month has not been loaded yet.</source>
            <translation>이 달은 아직 불러오지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="131" />
            <source>Year calendar</source>
            <translation>연간 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="588" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/year_view.py" line="247" />
            <source>today</source>
            <translation>오늘</translation>
        </message>
    </context>
    <context>
        <name>cleanup</name>
        <message numerus="yes">
            <location filename="../../desktop/cleanup.py" line="204" />
            <source>%n changes made in this app were not sent to the shared calendar yet and would be lost. Open Department Calendar while connected so that it sends them, or add --force to delete them. Nothing was deleted.</source>
            <translation>
                <numerusform>이 앱에서 바꾼 내용 %n건이 아직 공유 캘린더에 보내지지 않아 삭제하면 사라집니다. 연결된 상태에서 부서 캘린더를 열어 보내거나, 그래도 삭제하려면 --force를 붙이세요. 아무것도 삭제하지 않았습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/cleanup.py" line="235" />
            <source>%n changes not sent were deleted with it (--force).</source>
            <translation>
                <numerusform>보내지 않은 변경 %n건도 함께 삭제했습니다(--force).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="256" />
            <source>Could not delete {what}</source>
            <translation>삭제하지 못했습니다: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="229" />
            <source>Deleted the cached calendar, reminders, logs and department backups: {path}</source>
            <translation>저장된 캘린더, 알림, 로그와 부서 백업을 삭제했습니다: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="239" />
            <source>Deleted the folder {path}</source>
            <translation>폴더를 삭제했습니다: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="119" />
            <source>Deleted the proxy's user name and password from the keyring ({backend}).</source>
            <translation>프록시 사용자 이름과 비밀번호를 키링에서 삭제했습니다({backend}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="245" />
            <source>Deleted the settings: {place}</source>
            <translation>설정을 삭제했습니다: {place}</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="116" />
            <source>Deleted this user's access key from the keyring ({backend}).</source>
            <translation>이 사용자의 액세스 키를 키링에서 삭제했습니다({backend}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="189" />
            <source>Department Calendar is open: quit it (also from its tray icon), then run this again. Nothing was deleted.</source>
            <translation>부서 캘린더가 열려 있습니다. 트레이 아이콘에서도 종료한 다음 다시 실행하세요. 아무것도 삭제하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="123" />
            <source>No access key was in the keyring ({backend}): nothing to delete.</source>
            <translation>키링에 저장된 액세스 키가 없습니다({backend}). 삭제할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="260" />
            <source>No data of this user was found: nothing to delete.</source>
            <translation>이 사용자의 데이터가 없습니다. 삭제할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="251" />
            <source>Removed the start at login.</source>
            <translation>로그인할 때 시작하기를 해제했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="212" />
            <source>The cached calendar {path} cannot be read, so whether it holds changes not sent yet cannot be told. Add --force to delete it anyway. Nothing was deleted.</source>
            <translation>저장된 캘린더 파일을 읽을 수 없어({path}) 보내지 않은 변경이 있는지 알 수 없습니다. 그래도 삭제하려면 --force를 붙이세요. 아무것도 삭제하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cleanup.py" line="109" />
            <source>This computer has no keyring ({backend}): nothing to delete.</source>
            <translation>이 컴퓨터에는 키링이 없습니다({backend}). 삭제할 것이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../desktop/cli.py" line="296" />
            <source>%n departments</source>
            <translation>
                <numerusform>부서 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/cli.py" line="297" />
            <source>%n events</source>
            <translation>
                <numerusform>일정 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="266" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="48" />
            <source>--limit must be at least 1.</source>
            <translation>--limit은 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="43" />
            <source>--to ({end}) is before --from ({start}).</source>
            <translation>--to({end})가 --from({start})보다 앞입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="307" />
            <source>.env files read</source>
            <translation>읽은 .env 파일</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="309" />
            <source>.env files skipped</source>
            <translation>읽지 않은 .env 파일</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_mfa.py" line="31" />
            <source>AWS did not accept that code. Wait for a new one.</source>
            <translation>AWS가 그 코드를 받아들이지 않았습니다. 새 코드를 기다리세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="250" />
            <source>AWS profile {detail}</source>
            <translation>AWS 프로필 {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="255" />
            <source>AWS profile {detail} (AWS_PROFILE)</source>
            <translation>AWS 프로필 {detail} (AWS_PROFILE 환경 변수)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="256" />
            <source>AWS's standard chain (~/.aws config and credentials, SSO, instance role)</source>
            <translation>AWS 기본 자격 증명 체인(~/.aws 설정과 자격 증명, SSO, 인스턴스 역할)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="271" />
            <source>As the calendar window resolves them.</source>
            <translation>캘린더 창이 정하는 방식대로 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="267" />
            <source>Department Calendar settings on this PC (highest first: {order})</source>
            <translation>이 PC의 부서 캘린더 설정(우선순위 높은 순: {order})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="69" />
            <source>Dry run, nothing was written.</source>
            <translation>시험 실행이므로 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="293" />
            <source>Exported {departments} and {events} to {path}, every item exactly as stored.</source>
            <translation>{departments}와 {events}를 저장된 그대로 {path} 파일로 내보냈습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_add.py" line="94" />
            <source>No department is named {name}. Check the name in the app's list of departments.</source>
            <translation>이름이 {name}인 부서가 없습니다. 앱의 부서 목록에서 이름을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_add.py" line="85" />
            <source>Several departments are named {name}; give the id of the one to add to.</source>
            <translation>이름이 {name}인 부서가 여러 개입니다. 추가할 부서의 id를 지정해 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="83" />
            <source>Several departments are named {name}; give the id of the one to import into.</source>
            <translation>이름이 {name}인 부서가 여러 개입니다. 가져올 부서의 ID를 지정하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="127" />
            <source>Stopped after {done} of {total} writes: {error} Run the same import again to write the rest.</source>
            <translation>{total}개 중 {done}개를 쓴 뒤 멈췄습니다: {error} 같은 가져오기를 다시 실행하면 나머지를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="184" />
            <source>Stopped with Ctrl+C.</source>
            <translation>Ctrl+C로 중단했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_mfa.py" line="41" />
            <source>The AWS profile '{profile}' needs an MFA code: run the command in a terminal, where it can ask for the code.</source>
            <translation>AWS 프로필 '{profile}'에는 MFA 코드가 필요합니다. 코드를 물어볼 수 있는 터미널에서 명령을 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="141" />
            <source>Written: {created} created, {updated} updated, {deleted} deleted.</source>
            <translation>완료: {created}개 새로 만듦, {updated}개 바뀜, {deleted}개 삭제.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="327" />
            <source>a temporary key with a session token (expiry not known)</source>
            <translation>세션 토큰이 있는 임시 키(만료 시각 알 수 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="329" />
            <source>a temporary key with a session token, expired {time}</source>
            <translation>세션 토큰이 있는 임시 키, {time}에 만료됨</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="331" />
            <source>a temporary key with a session token, expires {time}</source>
            <translation>세션 토큰이 있는 임시 키, {time}에 만료 예정</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="305" />
            <source>access key</source>
            <translation>액세스 키</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="292" />
            <source>cannot be read</source>
            <translation>읽을 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="284" />
            <source>cannot be read: {error}</source>
            <translation>읽을 수 없음: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="310" />
            <source>config folder</source>
            <translation>설정 폴더</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="304" />
            <source>keyring</source>
            <translation>키링</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="274" />
            <source>locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="312" />
            <source>machine settings</source>
            <translation>컴퓨터 전체 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="290" />
            <source>not stored</source>
            <translation>저장되지 않음</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="137" />
            <source>not written, changed by someone else meanwhile:</source>
            <translation>쓰지 않음, 그사이 다른 사용자가 변경함:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="259" />
            <source>nothing: the credential mode is not keyring, profile or default</source>
            <translation>없음: 자격 증명 방식이 keyring, profile, default 중 하나가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="306" />
            <source>proxy password</source>
            <translation>프록시 비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="275" />
            <source>refused</source>
            <translation>거부함</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="272" />
            <source>setting</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="303" />
            <source>signs in with</source>
            <translation>로그인 방법</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="58" />
            <source>skipped</source>
            <translation>건너뜀</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="272" />
            <source>source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="294" />
            <source>stored (used with the proxy of the user's settings)</source>
            <translation>저장됨(사용자 설정의 프록시에 사용)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="286" />
            <source>stored ({key_id})</source>
            <translation>저장됨({key_id})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="251" />
            <source>the access key in a .env file ({detail})</source>
            <translation>.env 파일의 액세스 키({detail})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="252" />
            <source>the access key in the environment, AWS_ACCESS_KEY_ID ({detail})</source>
            <translation>환경 변수 AWS_ACCESS_KEY_ID의 액세스 키({detail})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="247" />
            <source>the access key in the keyring ({detail})</source>
            <translation>키링에 저장된 액세스 키({detail})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="245" />
            <source>the access key in the keyring, which cannot be read</source>
            <translation>키링의 액세스 키(키링을 읽을 수 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="249" />
            <source>the keyring, but no access key is stored there</source>
            <translation>키링(저장된 액세스 키 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="311" />
            <source>user settings</source>
            <translation>사용자 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="272" />
            <source>value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="304" />
            <source>{count} of them cannot be shown by this app (no title, an impossible date…); they are in the file all the same and 'migrate' restores them.</source>
            <translation>그중 {count}개는 이 앱에서 표시할 수 없지만(제목 없음, 있을 수 없는 날짜 등) 파일에 그대로 들어 있으며 'migrate'로 복원됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_import.py" line="63" />
            <source>{department} from {start} to {end}: {summary}</source>
            <translation>{department}, {start}부터 {end}까지: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_config.py" line="299" />
            <source>{path} (not read by the installed window)</source>
            <translation>{path} (설치된 앱의 창은 읽지 않음)</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/demo_support.py" line="45" />
            <source>The demo is part of the source version of Department Calendar, for developers; this installed app does not include it. To see your department's calendar, open File ▸ Settings, or ask your IT department for the connection settings.</source>
            <translation>데모는 개발자용 부서 캘린더 소스 버전에만 들어 있으며, 설치된 앱에는 없습니다. 부서 일정을 보려면 파일 ▸ 설정을 열거나, IT 부서에 연결 설정을 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/demo_support.py" line="39" />
            <source>The demo needs moto, a development dependency of deptcal. Install the development dependencies with 'uv sync' (or 'pip install "moto[server]"') and try again.</source>
            <translation>데모를 실행하려면 deptcal의 개발 의존성인 moto가 필요합니다. 'uv sync'(또는 'pip install "moto[server]"')로 개발 의존성을 설치한 후 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="550" />
            <source>%n events were added to “{name}” while it was being backed up, so nothing was deleted. Delete again to back up and delete them too.</source>
            <translation>
                <numerusform>백업하는 동안 “{name}” 부서에 일정 %n개가 추가되어 아무것도 삭제하지 않았습니다. 추가된 일정까지 백업하고 삭제하려면 다시 삭제하세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="520" />
            <source>A department named “{name}” already exists.</source>
            <translation>이름이 “{name}”인 부서가 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="211" />
            <source>AWS could not start the sign-in for the AWS profile '{profile}'. Try again; if this keeps happening, ask your administrator to check the profile's start URL and region.</source>
            <translation>AWS 프로필 '{profile}'의 로그인을 시작하지 못했습니다. 다시 시도하고, 계속되면 관리자에게 프로필의 시작 URL과 리전을 확인해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="249" />
            <source>AWS did not accept the MFA codes from {device} for the AWS profile '{profile}'. Check that it is this profile's device and that its clock is right, then try again with a new code.</source>
            <translation>AWS가 AWS 프로필 '{profile}'의 MFA 코드(기기: {device})를 받아들이지 않았습니다. 이 프로필의 기기인지, 기기 시계가 맞는지 확인한 뒤 새 코드로 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="124" />
            <source>AWS did not accept the access key. Check the access key ID and secret in Settings; the key may have been deleted or deactivated.</source>
            <translation>AWS에서 액세스 키를 받아들이지 않았습니다. 설정에서 액세스 키 ID와 보안 액세스 키를 확인하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="327" />
            <source>Access denied: these credentials may not perform {action}. Ask your AWS administrator to attach the policy from the setup guide (it allows {action}).</source>
            <translation>액세스가 거부되었습니다. 이 자격 증명으로는 {action} 작업을 수행할 수 없습니다. AWS 관리자에게 설정 안내서의 정책({action} 허용)을 연결해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="467" />
            <source>An item with the id {id} already exists.</source>
            <translation>ID가 {id}인 항목이 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="62" />
            <source>Cannot reach the calendar server. Check the network connection and try again; if this keeps happening, ask your administrator to check the connection in Settings.</source>
            <translation>캘린더 서버에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요. 계속 이러면 관리자에게 설정의 연결 확인을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="112" />
            <source>No AWS credentials were found. Enter an access key in Settings, choose an AWS profile, or ask your administrator.</source>
            <translation>AWS 자격 증명을 찾을 수 없습니다. 설정에서 액세스 키를 입력하거나 AWS 프로필을 선택하거나 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="101" />
            <source>Not connected to the calendar server yet. Wait a moment and try again.</source>
            <translation>아직 캘린더 서버에 연결되지 않았습니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="174" />
            <source>Sign-in cancelled for the AWS profile '{profile}'. Changes not yet sent are kept and go when you sign in.</source>
            <translation>AWS 프로필 '{profile}'의 로그인을 취소했습니다. 아직 보내지 않은 변경 내용은 보관되며 로그인하면 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="237" />
            <source>Sign-in cancelled: no MFA code was entered for the AWS profile '{profile}'. Changes not yet sent are kept and go when you sign in again.</source>
            <translation>로그인 취소됨: AWS 프로필 '{profile}'의 MFA 코드가 입력되지 않았습니다. 아직 보내지 않은 변경 사항은 보관되며 다시 로그인하면 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="453" />
            <source>Someone else changed the department “{name}” after you opened it. Nothing was saved. The form keeps what you typed and takes their version of the rest: check it, then save again.</source>
            <translation>“{name}” 부서를 연 뒤에 다른 사용자가 변경했습니다. 아무것도 저장하지 않았습니다. 입력한 내용은 양식에 그대로 두고 나머지는 그 사용자의 버전으로 바꾸었으니, 확인한 뒤 다시 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="419" />
            <source>Someone else changed “{title}” after you opened it. Compare the two versions and choose which to keep.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 변경했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="430" />
            <source>Someone else deleted “{title}” after you opened it. You can save your version as a new event or discard it.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 삭제했습니다. 내 버전을 새 일정으로 저장하거나 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="136" />
            <source>The AWS credentials have expired. Sign in again or enter a new access key in Settings.</source>
            <translation>AWS 자격 증명이 만료되었습니다. 다시 로그인하거나 설정에서 새 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="308" />
            <source>The AWS profile '{profile}' does not exist in this computer's AWS configuration. Choose another profile in Settings.</source>
            <translation>이 컴퓨터의 AWS 구성에 '{profile}' AWS 프로필이 없습니다. 설정에서 다른 프로필을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="162" />
            <source>The AWS profile '{profile}' does not sign in with AWS IAM Identity Center (SSO), or its set-up is incomplete. Ask your administrator to check it.</source>
            <translation>AWS 프로필 '{profile}'의 로그인 방식이 AWS IAM Identity Center(SSO)가 아니거나 설정이 완전하지 않습니다. 관리자에게 확인을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="225" />
            <source>The AWS profile '{profile}' needs an MFA code (device {device}), and this program cannot ask for one here. Run it in a terminal, or use the calendar window.</source>
            <translation>AWS 프로필 '{profile}'에는 MFA 코드(기기: {device})가 필요하지만 이 프로그램은 여기서 코드를 물어볼 수 없습니다. 터미널에서 실행하거나 달력 창을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="148" />
            <source>The AWS sign-in for profile '{profile}' has expired. Sign in again (Sign in, or the command aws sso login --profile {profile}), then try again.</source>
            <translation>'{profile}' 프로필의 AWS 로그인이 만료되었습니다. 다시 로그인한 뒤(“로그인” 버튼, 또는 명령 aws sso login --profile {profile}) 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="640" />
            <source>The CA bundle (network/ca_bundle) cannot be used: {problem} Correct the setting, or ask IT to.</source>
            <translation>CA 번들(network/ca_bundle)을 사용할 수 없습니다: {problem} 설정을 고치거나 IT 담당자에게 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="396" />
            <source>The calendar server is busy right now. Wait a moment and try again; if this happens often, tell your administrator (the server needs more capacity).</source>
            <translation>지금 캘린더 서버가 혼잡합니다. 잠시 후 다시 시도하세요. 자주 이러면 관리자에게 알려 주세요(서버 용량을 늘려야 합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="499" />
            <source>The calendar server refused the data as invalid. Check the fields and try again.</source>
            <translation>캘린더 서버가 데이터를 올바르지 않다고 거부했습니다. 입력 내용을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="669" />
            <source>The calendar server reported an unexpected error ({code}). Try again; if it persists, send the log to your administrator.</source>
            <translation>캘린더 서버에서 예상하지 못한 오류를 보고했습니다({code}). 다시 시도하고, 계속되면 관리자에게 로그를 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="84" />
            <source>The calendar server's certificate is not trusted by this computer, so the connection was stopped. If your organisation inspects secure connections, ask IT to set the CA bundle (network/ca_bundle) to its root certificate.</source>
            <translation>이 컴퓨터가 캘린더 서버의 인증서를 신뢰하지 않아 연결을 중단했습니다. 회사에서 보안 연결을 검사한다면 IT 담당자에게 CA 번들(network/ca_bundle)을 회사의 루트 인증서로 설정해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="611" />
            <source>The credential is too long for the system password store (at most {limit} bytes). Check that you pasted only the key.</source>
            <translation>자격 증명이 너무 길어 시스템 암호 저장소에 저장할 수 없습니다(최대 {limit}바이트). 키만 붙여 넣었는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/connection.py" line="185" />
            <source>The credential mode in Settings must be keyring, profile or default.</source>
            <translation>설정의 자격 증명 모드는 keyring, profile, default 중 하나여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="264" />
            <source>The program that signs in AWS profile '{profile}' (credential_process) did not give credentials: {reason}. Check that the program works, or ask your administrator.</source>
            <translation>'{profile}' AWS 프로필의 로그인 프로그램(credential_process)이 자격 증명을 주지 않았습니다: {reason}. 프로그램이 제대로 동작하는지 확인하거나 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="653" />
            <source>The proxy (network/proxy) cannot be used: {problem} Correct the setting, or ask IT to.</source>
            <translation>프록시(network/proxy)를 사용할 수 없습니다: {problem} 설정을 고치거나 IT 담당자에게 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="363" />
            <source>The shared calendar is not ready yet. Wait a minute and try again.</source>
            <translation>공유 캘린더가 아직 준비되지 않았습니다. 1분쯤 기다린 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="382" />
            <source>The shared calendar is not set up as the setup guide describes, so it cannot be used. Ask your administrator to fix it (the details say what differs).</source>
            <translation>공유 캘린더가 설정 가이드와 다르게 설정되어 있어 사용할 수 없습니다. 관리자에게 수정을 요청하세요(다른 점은 자세한 정보에 있습니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="347" />
            <source>The shared calendar was not found where Settings point. Ask your administrator to check the connection in Settings.</source>
            <translation>설정에 지정된 곳에서 공유 캘린더를 찾을 수 없습니다. 관리자에게 설정의 연결 확인을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="198" />
            <source>The sign-in code for the AWS profile '{profile}' expired before it was confirmed in the browser. Sign in again and confirm the new code within a few minutes.</source>
            <translation>AWS 프로필 '{profile}'의 로그인 코드가 브라우저에서 확인되기 전에 만료되었습니다. 다시 로그인하고 새 코드를 몇 분 안에 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="185" />
            <source>The sign-in for the AWS profile '{profile}' was refused in the browser. Sign in again and choose Allow; if you did, ask your administrator whether your account may use this AWS account.</source>
            <translation>브라우저에서 AWS 프로필 '{profile}'의 로그인이 거부되었습니다. 다시 로그인하고 허용을 선택하세요. 허용했는데도 이렇다면 내 계정이 이 AWS 계정을 쓸 수 있는지 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="600" />
            <source>The system password store (keyring) refused the request. Unlock it and try again.</source>
            <translation>시스템 암호 저장소(키링)가 요청을 거부했습니다. 잠금을 해제한 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="296" />
            <source>The temporary access key expired at {time}. Get a new one from your IT department's sign-in page and paste it in File ▸ Settings.</source>
            <translation>임시 액세스 키가 {time}에 만료되었습니다. IT 부서의 로그인 페이지에서 새 키를 받아 파일 ▸ 설정에 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="290" />
            <source>The temporary access key has expired. Get a new one from your IT department's sign-in page and paste it in File ▸ Settings.</source>
            <translation>임시 액세스 키가 만료되었습니다. IT 부서의 로그인 페이지에서 새 키를 받아 파일 ▸ 설정에 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="623" />
            <source>The temporary access key stored on this computer is incomplete. Paste it again in File ▸ Settings.</source>
            <translation>이 컴퓨터에 저장된 임시 액세스 키가 완전하지 않습니다. 파일 ▸ 설정에 다시 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="588" />
            <source>This computer has no usable password store (keyring), so the access key cannot be saved safely. Use an AWS profile or environment credentials instead.</source>
            <translation>이 컴퓨터에는 사용할 수 있는 암호 저장소(키링)가 없어 액세스 키를 안전하게 저장할 수 없습니다. 대신 AWS 프로필이나 환경 변수의 자격 증명을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="476" />
            <source>{what} no longer exists. Refresh to see the current data.</source>
            <translation>{what} 부서가 더 이상 없습니다. 새로 고침하여 현재 데이터를 확인하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="537" />
            <source>“{name}” still has %n events. Delete them too, or move them to another department first.</source>
            <translation>
                <numerusform>“{name}” 부서에 아직 일정이 %n개 있습니다. 일정도 함께 삭제하거나 먼저 다른 부서로 옮기세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="571" />
            <source>“{title}” was copied to the new department, but the original could not be removed ({reason}). The event now appears in both departments; delete the original when you can.</source>
            <translation>“{title}” 일정을 새 부서로 복사했지만 원본을 제거하지 못했습니다({reason}). 이제 이 일정이 두 부서에 모두 표시되므로 가능할 때 원본을 삭제하세요.</translation>
        </message>
    </context>
    <context>
        <name>ical_import</name>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="177" />
            <source>%n skipped</source>
            <translation>
                <numerusform>%n개 건너뜀</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="168" />
            <source>%n to create</source>
            <translation>
                <numerusform>%n개 새로 만듦</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="172" />
            <source>%n to delete</source>
            <translation>
                <numerusform>%n개 삭제</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="169" />
            <source>%n to update</source>
            <translation>
                <numerusform>%n개 바뀜</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/ical_import.py" line="173" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n개 그대로</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="199" />
            <source>Could not read {name} ({reason}). Check the file and try again.</source>
            <translation>{name} 파일을 읽지 못했습니다({reason}). 파일을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="205" />
            <source>The file</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="124" />
            <source>beyond the maximum of one import</source>
            <translation>한 번에 가져올 수 있는 최대 개수를 넘음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="125" />
            <source>cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="111" />
            <source>date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="114" />
            <source>description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="115" />
            <source>link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="126" />
            <source>no longer in the file</source>
            <translation>파일에 더 이상 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="122" />
            <source>no title</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="127" />
            <source>not accepted</source>
            <translation>받아들일 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="123" />
            <source>outside the dates imported</source>
            <translation>가져오는 기간 밖</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="128" />
            <source>repeats more often than daily</source>
            <translation>하루보다 자주 반복됨</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="112" />
            <source>time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="113" />
            <source>title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="240" />
            <source>{name} could not be read as iCalendar ({detail}). Export it again; nothing was imported.</source>
            <translation>{name} 파일을 iCalendar로 읽을 수 없습니다({detail}). 다시 내보내 주세요. 아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="224" />
            <source>{name} is cut short (its end is missing). Export or download it again.</source>
            <translation>{name} 파일이 중간에 잘려 있습니다(끝부분이 없습니다). 다시 내보내거나 내려받으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="210" />
            <source>{name} is empty. Export the calendar again and import the new file.</source>
            <translation>{name} 파일이 비어 있습니다. 캘린더를 다시 내보낸 뒤 새 파일을 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="216" />
            <source>{name} is not an iCalendar file. Export the calendar as iCalendar (.ics) and import that file.</source>
            <translation>{name} 파일은 iCalendar 파일이 아닙니다. 캘린더를 iCalendar(.ics)로 내보낸 뒤 그 파일을 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/ical_import.py" line="262" />
            <source>{name} is not in UTF-8, the encoding iCalendar files use. Export it again as UTF-8 and import that file.</source>
            <translation>{name} 파일이 iCalendar 파일의 인코딩인 UTF-8이 아닙니다. UTF-8로 다시 내보낸 뒤 그 파일을 가져오세요.</translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="493" />
            <source>'{name}' holds the number {what}, which DynamoDB cannot store (at most 38 digits, between 1E-130 and 1E+125)</source>
            <translation>'{name}'의 숫자 {what}: DynamoDB에 저장할 수 없음(최대 38자리, 1E-130과 1E+125 사이)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="521" />
            <source>'{name}' holds {what}, which DynamoDB cannot store</source>
            <translation>'{name}'의 값 {what}: DynamoDB에 저장할 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="98" />
            <source>'{name}' is nested deeper than DynamoDB allows ({limit} levels)</source>
            <translation>'{name}'의 중첩이 DynamoDB 허용 한도({limit}단계)보다 깊음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="150" />
            <source>'{name}' is not a DynamoDB value of this file's format</source>
            <translation>'{name}': 이 파일 형식의 DynamoDB 값이 아님</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="84" />
            <source>'{name}' must be non-empty text</source>
            <translation>'{name}': 비어 있지 않은 텍스트여야 함</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="475" />
            <source>'{name}' must be text, not {what}</source>
            <translation>'{name}': 텍스트여야 함({what} 값은 안 됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="328" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} 파일을 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="114" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="101" />
            <source>Dry run, nothing was written.</source>
            <translation>모의 실행이므로 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="115" />
            <source>Events</source>
            <translation>일정</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="410" />
            <source>In {file}, {collection} must be a JSON object or a list.</source>
            <translation>{file} 파일의 {collection} 항목은 JSON 객체나 배열이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="203" />
            <source>Stopped with Ctrl+C.</source>
            <translation>Ctrl+C로 중단했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="276" />
            <source>The export file {path} came out incomplete; nothing was replaced. Check the free space and run the export again.</source>
            <translation>내보낸 파일이 완전하지 않아 아무것도 바꾸지 않았습니다({path}). 남은 디스크 공간을 확인하고 다시 내보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="464" />
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="462" />
            <source>a number</source>
            <translation>숫자</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="543" />
            <source>an attribute without a name</source>
            <translation>이름 없는 속성</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="466" />
            <source>an object</source>
            <translation>객체</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="164" />
            <source>duplicate id (the first one is kept)</source>
            <translation>중복된 ID(첫 번째 항목을 유지함)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="88" />
            <source>id longer than {limit} bytes</source>
            <translation>ID가 {limit}바이트보다 김</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="357" />
            <source>it contains an invalid character escape (half of a UTF-16 pair)</source>
            <translation>잘못된 문자 이스케이프(UTF-16 쌍의 절반)가 들어 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="360" />
            <source>it contains an invalid character escape {msg} (half of a UTF-16 pair) at line {line}, column {col}; correct or remove it and run this again</source>
            <translation>{line}행 {col}열에 잘못된 문자 이스케이프 {msg}(UTF-16 쌍의 절반)가 들어 있음. 고치거나 지운 뒤 다시 실행하세요</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="287" />
            <source>it is saved as UTF-16, not UTF-8. Open it in an editor, save it with the encoding UTF-8 and run this again</source>
            <translation>UTF-8이 아니라 UTF-16으로 저장되어 있음. 편집기에서 열어 인코딩을 UTF-8로 저장한 뒤 다시 실행하세요</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="317" />
            <source>its values are nested too deeply to read (thousands of levels)</source>
            <translation>값이 너무 깊이 중첩되어 읽을 수 없음(수천 단계)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="572" />
            <source>larger than DynamoDB's 400 KB per item</source>
            <translation>DynamoDB의 항목당 한도 400 KB보다 큼</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="299" />
            <source>not UTF-8 text (byte {at}). Open it in an editor, save it with the encoding UTF-8 and run this again</source>
            <translation>UTF-8 텍스트가 아님(바이트 {at}). 편집기에서 열어 인코딩을 UTF-8로 저장한 뒤 다시 실행하세요</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="76" />
            <source>not a JSON object</source>
            <translation>JSON 객체가 아님</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="320" />
            <source>not valid JSON ({msg})</source>
            <translation>올바른 JSON이 아님({msg})</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="343" />
            <source>not valid JSON at line {line}, column {col}: {msg}</source>
            <translation>{line}행 {col}열이 올바른 JSON이 아님: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="338" />
            <source>the file ends too early (line {line}, column {col}); it is probably incomplete. Copy it again or use another backup</source>
            <translation>파일이 너무 일찍 끝남({line}행 {col}열). 파일이 잘렸을 수 있으니 다시 복사하거나 다른 백업을 사용하세요</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="333" />
            <source>the name {name} is already used by department {id}</source>
            <translation>이름 {name}: 이미 부서 {id}에서 사용 중</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="458" />
            <source>true or false</source>
            <translation>true 또는 false</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="305" />
            <source>unknown department {id}</source>
            <translation>알 수 없는 부서 {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="236" />
            <source>{path} does not exist.</source>
            <translation>{path} 경로가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="221" />
            <source>{path} holds neither departments.json nor events.json.</source>
            <translation>{path} 폴더에 departments.json과 events.json이 모두 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="241" />
            <source>{path} is neither a folder with departments.json and events.json nor a file with 'departments' and 'events' (as 'deptcal export' writes).</source>
            <translation>{path} 경로는 departments.json과 events.json이 있는 폴더도, 'departments'와 'events'가 들어 있는 파일('deptcal export'가 만드는 형식)도 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="255" />
            <source>{path} was written by a newer deptcal (format {what}); update deptcal and run it again.</source>
            <translation>{path} 파일은 더 새로운 deptcal이 만든 것입니다(형식 {what}). deptcal을 업데이트한 뒤 다시 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="227" />
            <source>{reason} Nothing was exported; {path} is unchanged. Run the export again.</source>
            <translation>{reason} 아무것도 내보내지 않았으며 {path} 파일은 그대로입니다. 다시 내보내세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/migrate.py" line="117" />
            <source>{reason} The import stopped after writing %n records. Running the same command again is safe: it skips what is already in the tables and writes the rest.</source>
            <translation>
                <numerusform>{reason} 레코드 %n개를 기록한 뒤 가져오기가 중단되었습니다. 같은 명령을 다시 실행해도 안전합니다. 이미 테이블에 있는 것은 건너뛰고 나머지를 기록합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="102" />
            <source>{what}: would write {written}, refused {skipped}, already present {present}.</source>
            <translation>{what}: 기록 예정 {written}개, 거부 {skipped}개, 이미 있음 {present}개.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="108" />
            <source>{what}: written {written}, refused {skipped}, already present {present}.</source>
            <translation>{what}: 기록함 {written}개, 거부 {skipped}개, 이미 있음 {present}개.</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../../desktop/domain/validation.py" line="126" />
            <source>Enter a department name.</source>
            <translation>부서 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="59" />
            <source>Enter a real date as YYYY-MM-DD.</source>
            <translation>올바른 날짜를 YYYY-MM-DD 형식으로 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="49" />
            <source>Enter a title.</source>
            <translation>제목을 입력하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="82" />
            <source>The description is too long (at most %n characters).</source>
            <translation>
                <numerusform>설명이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="153" />
            <source>The event is too large to save (at most 400 KB): shorten the description.</source>
            <translation>일정이 너무 커서 저장할 수 없습니다(최대 400KB). 설명을 줄이세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="70" />
            <source>The link is too long.</source>
            <translation>링크가 너무 깁니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="75" />
            <source>The link must start with http:// or https://.</source>
            <translation>링크는 http:// 또는 https://로 시작해야 합니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="131" />
            <source>The name is too long (at most %n characters).</source>
            <translation>
                <numerusform>이름이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="65" />
            <source>The time is too long (at most %n characters).</source>
            <translation>
                <numerusform>시간이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/domain/validation.py" line="54" />
            <source>The title is too long (at most %n characters).</source>
            <translation>
                <numerusform>제목이 너무 깁니다(최대 %n자).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="104" />
            <source>“{time}” does not end after it starts. Write a later end, like 14:00–15:30; for an event past midnight, make one event per day.</source>
            <translation>“{time}”: 끝나는 시각이 시작 시각보다 늦어야 합니다. 14:00–15:30처럼 적어 주세요. 자정을 넘기는 일정은 날짜마다 따로 만들어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/validation.py" line="114" />
            <source>“{time}” is not a time of day. Write it like 14:30 or 2:30 PM, or leave it empty for an all-day event.</source>
            <translation>“{time}”: 없는 시각입니다. 14:30이나 오후 2:30처럼 적거나, 종일 일정이면 비워 두세요.</translation>
        </message>
    </context>
</TS>
