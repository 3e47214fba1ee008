<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>Banner</name>
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
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="231" />
            <source>(deleted)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="99" />
            <source>Comparison of the two versions</source>
            <translation>두 버전 비교</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="188" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="151" />
            <source>Delete anyway</source>
            <translation>그래도 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="152" />
            <source>Delete their version too.</source>
            <translation>상대방의 버전도 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="194" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="199" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="242" />
            <source>Different</source>
            <translation>다름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="130" />
            <source>Discard mine</source>
            <translation>내 변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="150" />
            <source>Do not delete it; keep their version.</source>
            <translation>삭제하지 않고 상대방의 버전을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="69" />
            <source>Event deleted by someone else</source>
            <translation>다른 사용자가 삭제한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="103" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="147" />
            <source>Keep their version and add yours as a separate event.</source>
            <translation>다른 사용자의 버전은 그대로 두고 내 버전을 별도의 일정으로 추가합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="130" />
            <source>Keep theirs</source>
            <translation>다른 사용자의 버전 유지</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="203" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="138" />
            <source>Overwrite with mine</source>
            <translation>내 버전으로 덮어쓰기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="143" />
            <source>Replace their version with yours.</source>
            <translation>다른 사용자의 버전을 내 버전으로 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="138" />
            <source>Restore mine</source>
            <translation>내 버전 복원</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="145" />
            <source>Save mine as a new event</source>
            <translation>내 버전을 새 일정으로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="141" />
            <source>Save your version again under the same event.</source>
            <translation>내 버전을 같은 일정으로 다시 저장합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="71" />
            <source>Someone else changed this event</source>
            <translation>다른 사용자가 변경한 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="83" />
            <source>Someone else deleted “{title}” while you were editing it. You can restore your version, save it as a new event, or discard it.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정을 삭제했습니다. 내 버전을 복원하거나, 새 일정으로 저장하거나, 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="89" />
            <source>Someone else saved a change to “{title}” while you were editing it. Compare the two versions and choose which to keep.</source>
            <translation>편집하는 동안 다른 사용자가 “{title}” 일정의 변경 내용을 저장했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="106" />
            <source>Their version</source>
            <translation>다른 사용자의 버전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="104" />
            <source>Their version (deleted)</source>
            <translation>다른 사용자의 버전(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="135" />
            <source>Throw away your changes and keep their version.</source>
            <translation>내 변경 내용을 버리고 다른 사용자의 버전을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="133" />
            <source>Throw away your changes; the event stays deleted.</source>
            <translation>내 변경 내용을 버립니다. 일정은 삭제된 상태로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="192" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="183" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="77" />
            <source>You deleted “{title}”, but someone else changed it before your deletion reached the table. Keep their version, or delete it anyway.</source>
            <translation>“{title}” 일정을 삭제했지만, 삭제가 테이블에 반영되기 전에 다른 사람이 이 일정을 변경했습니다. 상대방의 버전을 유지하거나 그래도 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="109" />
            <source>Your version</source>
            <translation>내 버전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" line="107" />
            <source>Your version (deleted)</source>
            <translation>내 버전 (삭제함)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionCheck</name>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="153" />
            <source>A test query on “{table}” ({index}) worked.</source>
            <translation>“{table}”({index})에 대한 테스트 쿼리가 성공했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="290" />
            <source>AWS did not accept the credentials.</source>
            <translation>AWS가 자격 증명을 받아들이지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="193" />
            <source>Access denied: these credentials may not perform {action} on “{table}”.</source>
            <translation>액세스 거부: 이 자격 증명으로는 “{table}”에 {action}을(를) 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="197" />
            <source>Ask your AWS administrator to attach the setup guide's policy to these credentials: “Copy IAM policy” puts it on the clipboard, with this region and these table names. The policy allows one region and the named tables only, so also check the region and table names above.</source>
            <translation>AWS 관리자에게 이 자격 증명에 설정 가이드의 정책을 연결해 달라고 요청하세요. “IAM 정책 복사”를 누르면 이 리전과 테이블 이름이 들어간 정책이 클립보드에 복사됩니다. 정책은 한 리전의 지정된 테이블만 허용하므로 위의 리전과 테이블 이름도 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="166" />
            <source>Cannot reach DynamoDB at {endpoint}.</source>
            <translation>{endpoint}의 DynamoDB에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="278" />
            <source>Check the access key ID and the secret access key: copy both again from the AWS console or from your administrator. The key may have been deleted or deactivated.</source>
            <translation>액세스 키 ID와 비밀 액세스 키를 확인하세요. AWS 콘솔이나 관리자에게서 둘 다 다시 복사하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="284" />
            <source>Check the credentials this option uses (the profile, or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables): the key may have been deleted or deactivated.</source>
            <translation>이 방법이 쓰는 자격 증명(프로필, 또는 AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY 환경 변수)을 확인하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="213" />
            <source>Check the region: a table exists in one region only, so tables made in another region are not found here. Check the table names too. If this is a new set-up, create the tables with “Create tables…”.</source>
            <translation>리전을 확인하세요. 테이블은 한 리전에만 있으므로 다른 리전에서 만든 테이블은 여기서 찾을 수 없습니다. 테이블 이름도 확인하세요. 처음 설정하는 중이라면 “테이블 만들기…”로 테이블을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="169" />
            <source>Check this computer's network connection (and proxy, if your organisation uses one), then test again. If you entered an endpoint under Advanced, check its address and that the service is running.</source>
            <translation>이 컴퓨터의 네트워크 연결(조직에서 프록시를 쓰면 프록시도)을 확인하고 다시 테스트하세요. 고급에서 엔드포인트를 입력했다면 주소와 서비스가 실행 중인지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="184" />
            <source>Choose another profile, or set this one up first (“aws configure --profile NAME” or “aws configure sso”).</source>
            <translation>다른 프로필을 고르거나, 먼저 이 프로필을 만드세요(“aws configure --profile 이름” 또는 “aws configure sso”).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="243" />
            <source>Correct the setting above.</source>
            <translation>위의 설정을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="239" />
            <source>DynamoDB is busy: the table's capacity is used up right now.</source>
            <translation>DynamoDB가 바쁩니다. 지금 테이블 용량을 다 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="275" />
            <source>Enter a new access key, or sign in again, then test again.</source>
            <translation>새 액세스 키를 입력하거나 다시 로그인한 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="265" />
            <source>Enter an access key, choose an AWS profile, or ask your administrator how this computer signs in to AWS.</source>
            <translation>액세스 키를 입력하거나 AWS 프로필을 고르세요. 또는 이 컴퓨터가 AWS에 로그인하는 방법을 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="228" />
            <source>Enter the names of the calendar's tables, or ask your administrator to fix this table (keys cannot be changed: the table must be made again).</source>
            <translation>캘린더 테이블의 이름을 입력하거나, 관리자에게 이 테이블을 고쳐 달라고 요청하세요(키는 바꿀 수 없어 테이블을 다시 만들어야 합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="264" />
            <source>No AWS credentials were found.</source>
            <translation>AWS 자격 증명을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="157" />
            <source>Reading the departments from “{table}” worked.</source>
            <translation>“{table}”에서 부서를 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="257" />
            <source>Sign in again: run this command in a terminal, then test again.</source>
            <translation>다시 로그인하세요. 터미널에서 이 명령을 실행한 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="148" />
            <source>Table “{table}” exists, is active, and has the expected keys and index ({index}).</source>
            <translation>테이블 “{table}”이(가) 있고 활성 상태이며, 키와 인덱스({index})가 가이드와 같습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="294" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation>다시 테스트하세요. 계속 이러면 로그를 관리자에게 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="274" />
            <source>The AWS credentials have expired.</source>
            <translation>AWS 자격 증명이 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="181" />
            <source>The AWS profile “{profile}” does not exist on this computer.</source>
            <translation>AWS 프로필 “{profile}”이(가) 이 컴퓨터에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="254" />
            <source>The AWS sign-in (SSO) for profile “{profile}” has expired.</source>
            <translation>프로필 “{profile}”의 AWS 로그인(SSO)이 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="210" />
            <source>The table “{table}” does not exist in region {region}.</source>
            <translation>{region} 리전에 테이블 “{table}”이(가) 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="224" />
            <source>The table “{table}” exists but is not set up as the guide describes: {problems}.</source>
            <translation>테이블 “{table}”이(가) 있지만 가이드와 다르게 설정되어 있습니다: {problems}.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="344" />
            <source>This computer's AWS configuration file cannot be read.</source>
            <translation>이 컴퓨터의 AWS 구성 파일을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="235" />
            <source>Wait a minute, then test again.</source>
            <translation>1분 정도 기다린 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="240" />
            <source>Wait a moment, then test again.</source>
            <translation>잠시 기다린 뒤 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="373" />
            <source>the system keyring</source>
            <translation>시스템 키링</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/connection_check.py" line="158" />
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
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="123" />
            <source>&amp;New event…</source>
            <translation>새 일정(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="128" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="228" />
            <source>Delete…</source>
            <translation>삭제…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="97" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="119" />
            <source>Double-click or press Enter to open an event; Delete removes it.</source>
            <translation>일정을 열려면 두 번 클릭하거나 Enter 키를 누르세요. Delete 키를 누르면 삭제됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="94" />
            <source>Events on {date}</source>
            <translation>{date} 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="114" />
            <source>No events on this day.</source>
            <translation>이 날에는 일정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="227" />
            <source>Open…</source>
            <translation>열기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="97" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="97" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="176" />
            <source>conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/day_dialog.py" line="174" />
            <source>waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="282" />
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="98" />
            <source>&amp;Delete…</source>
            <translation>삭제(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="95" />
            <source>&amp;New department</source>
            <translation>새 부서(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="288" />
            <source>&amp;Save changes</source>
            <translation>변경 내용 저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="416" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="169" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="386" />
            <source>Counting events…</source>
            <translation>일정 수를 세는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="399" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="413" />
            <source>Delete department</source>
            <translation>부서 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="404" />
            <source>Delete department and 1 event</source>
            <translation>부서와 일정 1개 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="410" />
            <source>Delete department and {count} events</source>
            <translation>부서와 일정 {count}개 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="398" />
            <source>Delete “{name}”?</source>
            <translation>“{name}” 부서를 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="421" />
            <source>Deleting…</source>
            <translation>삭제하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="73" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="145" />
            <source>Descri&amp;ption:</source>
            <translation>설명(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="117" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="312" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="310" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="311" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="287" />
            <source>Edit department</source>
            <translation>부서 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="313" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="141" />
            <source>Na&amp;me:</source>
            <translation>이름(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="114" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="281" />
            <source>New department</source>
            <translation>새 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="374" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="417" />
            <source>This cannot be undone.</source>
            <translation>이 작업은 실행 취소할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="115" />
            <source>e.g. Sales</source>
            <translation>예: 영업팀</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="401" />
            <source>“{name}” has 1 event. Delete the department and its event?</source>
            <translation>“{name}” 부서에 일정이 1개 있습니다. 부서와 일정을 함께 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_dialog.py" line="406" />
            <source>“{name}” has {count} events. Delete the department and all {count} events?</source>
            <translation>“{name}” 부서에 일정이 {count}개 있습니다. 부서와 일정 {count}개를 모두 삭제하시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/departments_panel.py" line="276" />
            <source>%n event(s) found in the saved months</source>
            <translation>
                <numerusform>저장된 달에서 일정 %n개를 찾았습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/departments_panel.py" line="270" />
            <source>%n event(s) found so far, searching on…</source>
            <translation>
                <numerusform>지금까지 일정 %n개를 찾았습니다. 계속 찾는 중…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="210" />
            <source>Departments</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="223" />
            <source>Events found</source>
            <translation>찾은 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="196" />
            <source>Filter departments</source>
            <translation>부서 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="194" />
            <source>Find departments and events</source>
            <translation>부서 및 일정 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/departments_panel.py" line="103" />
            <source>Shown in the calendar</source>
            <translation>캘린더에 표시됨</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/departments_panel.py" line="272" />
            <source>The first %n event(s) found; type more to narrow</source>
            <translation>
                <numerusform>찾은 일정 중 처음 %n개입니다. 더 입력해 좁혀 보세요</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="95" />
            <source>Conflict: needs your decision</source>
            <translation>충돌: 결정이 필요함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="54" />
            <source>Department:</source>
            <translation>부서:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="60" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="55" />
            <source>Link:</source>
            <translation>링크:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="64" />
            <source>Select an event to see its details.</source>
            <translation>일정을 선택하면 세부 정보가 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="56" />
            <source>Status:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="94" />
            <source>Waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
        <message>
            <location filename="../../desktop/views/detail_panel.py" line="53" />
            <source>When:</source>
            <translation>일시:</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="249" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="261" />
            <source>&amp;Link:</source>
            <translation>링크(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="245" />
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="85" />
            <source>All day / no time</source>
            <translation>종일 / 시간 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="275" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="264" />
            <source>D&amp;escription:</source>
            <translation>설명(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="185" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="257" />
            <source>De&amp;partment:</source>
            <translation>부서(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="205" />
            <source>Department</source>
            <translation>부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="223" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="225" />
            <source>Details, place, people…</source>
            <translation>세부 내용, 장소, 참석자…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="507" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="505" />
            <source>Discard changes</source>
            <translation>변경 내용 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="506" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버리시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="172" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="508" />
            <source>Keep editing</source>
            <translation>계속 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="218" />
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="172" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="197" />
            <source>Pick a time from the list, or type anything, such as “after lunch”. Leave it empty for an all-day event.</source>
            <translation>목록에서 시간을 고르거나 “점심 후”처럼 자유롭게 입력하세요. 종일 일정이면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="274" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="280" />
            <source>Save (Ctrl+Enter)</source>
            <translation>저장(Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="433" />
            <source>Saving moves the event to {department}.</source>
            <translation>저장하면 일정이 {department}(으)로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="276" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="253" />
            <source>T&amp;ime:</source>
            <translation>시간(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="332" />
            <source>There is no department yet. Create a department first.</source>
            <translation>아직 부서가 없습니다. 먼저 부서를 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="195" />
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="181" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="325" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/event_dialog.py" line="182" />
            <source>What is happening?</source>
            <translation>어떤 일정인가요?</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="38" />
            <source>&amp;From:</source>
            <translation>시작(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="39" />
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
            <source>Exports the events of the shown departments that are saved on this computer (the months you have opened), for Outlook, Google Calendar or a phone.</source>
            <translation>표시된 부서의 일정 중 이 컴퓨터에 저장된 일정(열어 본 달)을 Outlook, Google 캘린더 또는 휴대폰에서 쓸 수 있도록 내보냅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="44" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <location filename="../../desktop/gui.py" line="349" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/gui.py" line="350" />
            <source>Department Calendar is already open on this computer, but it is not answering. Wait a moment and open it again; if it stays like this, close it (or restart the computer) and open it again.</source>
            <translation>부서 캘린더가 이 컴퓨터에서 이미 열려 있지만 응답하지 않습니다. 잠시 후 다시 열어 보세요. 계속 이렇다면 열려 있는 창을 닫은 뒤(또는 컴퓨터를 다시 시작한 뒤) 다시 여세요.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="152" />
            <source>%n change(s) for another connection</source>
            <translation>
                <numerusform>다른 연결의 변경 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/dialogs.py" line="97" />
            <source>%n change(s) have not reached the table yet. They are kept on this computer and sent the next time Department Calendar is open and connected.</source>
            <translation>
                <numerusform>변경 %n건이 아직 테이블에 반영되지 않았습니다. 이 컴퓨터에 보관되며, 다음에 부서 캘린더를 열고 연결되면 전송됩니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="148" />
            <source>%n change(s) not sent</source>
            <translation>
                <numerusform>전송되지 않은 변경 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/outbox.py" line="135" />
            <source>%n change(s) not sent:</source>
            <translation>
                <numerusform>전송되지 않은 변경 %n건:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="124" />
            <source>%n could not be read and are lost: check your recent changes in the calendar.</source>
            <translation>
                <numerusform>%n건은 읽을 수 없어 잃었습니다. 달력에서 최근 변경을 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="196" />
            <source>%n department record(s) could not be read and were skipped.</source>
            <translation>
                <numerusform>부서 레코드 %n개를 읽을 수 없어 건너뛰었습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="109" />
            <source>%n event record(s) in this month could not be read and were skipped; see the log for details.</source>
            <translation>
                <numerusform>이번 달 일정 레코드 %n개를 읽을 수 없어 건너뛰었습니다. 자세한 내용은 로그를 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="129" />
            <source>%n event(s) this month</source>
            <translation>
                <numerusform>이번 달 일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/status.py" line="150" />
            <source>%n need(s) your decision</source>
            <translation>
                <numerusform>%n건은 선택 필요</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="107" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="106" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="109" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="108" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/time_format.py" line="46" />
            <source>24-hour time</source>
            <translation>24시간제 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="94" />
            <source>About Department Calendar</source>
            <translation>부서 캘린더 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="206" />
            <source>As the system</source>
            <translation>시스템 설정에 따름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="180" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="77" />
            <source>Changes kept on this computer that have not reached the table</source>
            <translation>이 컴퓨터에 보관되어 있고 아직 테이블에 반영되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="96" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="74" />
            <source>Changes not sent…</source>
            <translation>전송되지 않은 변경…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="98" />
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="179" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="61" />
            <source>Delete event</source>
            <translation>일정 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="176" />
            <source>Delete “{title}” on {date}?</source>
            <translation>{date}의 “{title}” 일정을 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="188" />
            <source>Deleted “{title}”.</source>
            <translation>“{title}” 일정을 삭제했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/connection.py" line="27" />
            <source>Demo mode: a local sample calendar. Nothing you change here is saved.</source>
            <translation>데모 모드: 로컬 샘플 캘린더입니다. 여기에서 변경한 내용은 저장되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="86" />
            <source>Department Calendar</source>
            <translation>부서 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="84" />
            <source>Department Calendar {version}
The department calendars kept in DynamoDB.</source>
            <translation>부서 캘린더 {version}
DynamoDB에 저장된 부서별 캘린더입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="67" />
            <source>Departments…</source>
            <translation>부서 관리…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="176" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="170" />
            <source>Discard change</source>
            <translation>변경 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="171" />
            <source>Discard your change to “{title}”? It has not reached the table, and it cannot be brought back.</source>
            <translation>“{title}”에 대한 변경을 버릴까요? 이 변경은 테이블에 반영되지 않았으며 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="59" />
            <source>Edit event</source>
            <translation>일정 편집</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="116" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="76" />
            <source>Export to iCalendar</source>
            <translation>iCalendar로 내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="80" />
            <source>Export to iCalendar…</source>
            <translation>iCalendar로 내보내기…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/exports.py" line="99" />
            <source>Exported %n event(s) to {path}.</source>
            <translation>
                <numerusform>일정 %n개를 {path} 파일로 내보냈습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="133" />
            <source>Fetched at {time}</source>
            <translation>{time}에 가져옴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="91" />
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="188" />
            <source>From the language setting</source>
            <translation>언어 설정에 따름</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="60" />
            <source>Go to date</source>
            <translation>날짜로 이동</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="47" />
            <source>Go to date…</source>
            <translation>날짜로 이동…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="150" />
            <source>Holidays</source>
            <translation>공휴일</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/dialogs.py" line="104" />
            <source>Keep open</source>
            <translation>계속 열어 두기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="152" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="110" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="227" />
            <source>Moved “{title}” to {date}.</source>
            <translation>“{title}” 일정을 {date}(으)로 옮겼습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="222" />
            <source>Moved “{title}” to {department}.</source>
            <translation>“{title}” 일정을 {department}(으)로 옮겼습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="158" />
            <source>Navigation</source>
            <translation>탐색</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="54" />
            <source>New event</source>
            <translation>새 일정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="44" />
            <source>Next month</source>
            <translation>다음 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="191" />
            <source>Off</source>
            <translation>표시 안 함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="113" />
            <source>Offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="138" />
            <source>Offline: no data has been saved on this computer yet.</source>
            <translation>오프라인: 이 컴퓨터에 아직 저장된 데이터가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="136" />
            <source>Offline: showing data saved at {time}.</source>
            <translation>오프라인: {time}에 저장된 데이터를 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="56" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="39" />
            <source>Previous month</source>
            <translation>이전 달</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="70" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="88" />
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="137" />
            <source>Read capacity used this session: {units:.1f} units</source>
            <translation>이번 세션에서 사용한 읽기 용량: {units:.1f} 단위</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="49" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="196" />
            <source>Restored “{title}”.</source>
            <translation>“{title}” 일정을 복원했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="190" />
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="56" />
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="72" />
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="82" />
            <source>Save the shown departments' events for Outlook or a phone</source>
            <translation>표시된 부서의 일정을 Outlook이나 휴대폰에서 쓸 수 있도록 저장합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="61" />
            <source>Saved {path}.</source>
            <translation>{path} 파일을 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="123" />
            <source>Saved “{title}” on this computer. It is sent when the connection is back.</source>
            <translation>“{title}” 일정을 이 컴퓨터에 저장했습니다. 연결이 돌아오면 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="122" />
            <source>Saved “{title}”.</source>
            <translation>“{title}” 일정을 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="136" />
            <source>Send now</source>
            <translation>지금 보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="85" />
            <source>Settings…</source>
            <translation>설정…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="119" />
            <source>Some others may have been lost: check your recent changes in the calendar.</source>
            <translation>다른 변경 일부는 잃었을 수 있습니다. 달력에서 최근 변경을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="93" />
            <source>Someone else changed “{title}” before your change reached the table. Nothing was overwritten: choose which version to keep.</source>
            <translation>내 변경이 테이블에 반영되기 전에 다른 사람이 “{title}” 일정을 변경했습니다. 아무것도 덮어쓰지 않았으니 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="189" />
            <source>South Korea</source>
            <translation>대한민국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="79" />
            <source>The calendar cannot be saved on this computer (the offline copy's file could not be opened; the log says why). Changes not sent yet are kept only while the app is open: check the disk space and the folder's permissions.</source>
            <translation>이 컴퓨터에 캘린더를 저장할 수 없습니다(오프라인 사본 파일을 열지 못했습니다. 자세한 이유는 로그에 있습니다). 아직 전송되지 않은 변경은 앱이 열려 있는 동안에만 보관됩니다. 디스크 공간과 폴더 권한을 확인하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/loading.py" line="112" />
            <source>The calendar saved on this computer was damaged and has been replaced. %n change(s) not sent yet were saved from it and will be sent.</source>
            <translation>
                <numerusform>이 컴퓨터에 저장된 달력 파일이 손상되어 새 파일로 바꾸었습니다. 전송되지 않은 변경 %n건을 살려 냈으며, 곧 전송합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="68" />
            <source>The calendar saved on this computer was written by a newer version of Department Calendar, so this version leaves it (and any changes not sent in it) as it is and saves nothing this session. Install the newer version again to use it.</source>
            <translation>이 컴퓨터에 저장된 달력은 더 새 버전의 부서 달력이 만든 파일입니다. 이 버전은 그 파일(과 그 안의 전송되지 않은 변경)을 그대로 두며, 이번 실행에서는 아무것도 저장하지 않습니다. 그 파일을 쓰려면 새 버전을 다시 설치하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/editing.py" line="43" />
            <source>The change could not be saved on this computer ({reason}). Free some disk space or check the folder's permissions, then save again.</source>
            <translation>변경 내용을 이 컴퓨터에 저장하지 못했습니다({reason}). 디스크 공간을 확보하거나 폴더 권한을 확인한 다음 다시 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="184" />
            <source>The departments table is empty, but this computer has departments saved from it. The region or table names may be wrong: check Settings. Showing the saved calendar.</source>
            <translation>부서 테이블이 비어 있지만 이 컴퓨터에는 그 테이블에서 저장한 부서가 있습니다. 리전이나 테이블 이름이 잘못되었을 수 있으니 설정을 확인하세요. 저장된 캘린더를 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="219" />
            <source>The new language is used from the next start.</source>
            <translation>새 언어는 다음에 시작할 때부터 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="207" />
            <source>There are no departments yet. Create one to start.</source>
            <translation>아직 부서가 없습니다. 부서를 만들어 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="121" />
            <source>This month was never loaded on this computer, and DynamoDB cannot be reached now. It loads by itself when the connection is back.</source>
            <translation>이 달은 이 컴퓨터에서 한 번도 불러온 적이 없고 지금은 DynamoDB에 연결할 수 없습니다. 연결이 돌아오면 자동으로 불러옵니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="42" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/presenter.py" line="141" />
            <source>Try now</source>
            <translation>지금 시도</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/window/presenter.py" line="139" />
            <source>Trying again in %n second(s).</source>
            <translation>
                <numerusform>%n초 후에 다시 시도합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="42" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/actions.py" line="190" />
            <source>United States</source>
            <translation>미국</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/loading.py" line="47" />
            <source>Unknown department</source>
            <translation>알 수 없는 부서</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="120" />
            <source>Up to date at {time}</source>
            <translation>{time} 기준 최신 상태</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/time_format.py" line="47" />
            <source>Write event times as 14:00 instead of 2:00 PM</source>
            <translation>일정 시각을 오후 2:00 대신 14:00처럼 표시합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/outbox.py" line="104" />
            <source>Your change to “{title}” was refused: {reason}</source>
            <translation>“{title}”에 대한 변경이 거부되었습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/exports.py" line="78" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar 파일 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window/status.py" line="167" />
            <source>{reason} Trying again at {time}.</source>
            <translation>{reason} {time}에 다시 시도합니다.</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="299" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>일정 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/month_model.py" line="294" />
            <source>+%n more</source>
            <translation>
                <numerusform>외 %n개 더</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../desktop/views/month_view.py" line="329" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n개 더 보기</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="442" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="441" />
            <source>Month calendar</source>
            <translation>월간 캘린더</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="397" />
            <source>conflict</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="399" />
            <source>not sent</source>
            <translation>전송 안 됨</translation>
        </message>
        <message>
            <location filename="../../desktop/views/month_view.py" line="395" />
            <source>pending</source>
            <translation>전송 대기 중</translation>
        </message>
    </context>
    <context>
        <name>PendingDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/views/pending_dialog.py" line="38" />
            <source>%n change(s) for another connection ({where}): kept on this computer and sent when that connection is used again.</source>
            <translation>
                <numerusform>다른 연결({where})의 변경 %n건: 이 컴퓨터에 보관되며, 그 연결을 다시 사용할 때 전송됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="86" />
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="176" />
            <source>Change “{title}” on {date}, {department}</source>
            <translation>“{title}” 수정 — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="66" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="114" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="104" />
            <source>Compare…</source>
            <translation>비교…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="191" />
            <source>Conflict: someone else changed the event</source>
            <translation>충돌: 다른 사람이 일정을 변경함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="190" />
            <source>Conflict: someone else deleted the event</source>
            <translation>충돌: 다른 사람이 일정을 삭제함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="172" />
            <source>Delete “{title}” on {date}, {department}</source>
            <translation>“{title}” 삭제 — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="109" />
            <source>Discard…</source>
            <translation>버리기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="95" />
            <source>Every change has reached the table.</source>
            <translation>모든 변경이 테이블에 반영되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="86" />
            <source>Made at</source>
            <translation>변경 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="174" />
            <source>Move “{title}” to {department}, {date}</source>
            <translation>“{title}”을(를) {department}(으)로 이동 — {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="170" />
            <source>New “{title}” on {date}, {department}</source>
            <translation>새 일정 “{title}” — {date}, {department}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="194" />
            <source>Refused: {reason}</source>
            <translation>거부됨: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="106" />
            <source>See both versions of the event and choose which to keep.</source>
            <translation>일정의 두 버전을 비교하고 유지할 버전을 선택합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="101" />
            <source>Send again</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="187" />
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="86" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="71" />
            <source>These changes are kept on this computer and sent in order when the table can be reached. A conflict waits for your choice; a refused change waits for you to send it again or discard it.</source>
            <translation>아래 변경은 이 컴퓨터에 보관되어 있으며 테이블에 연결되면 순서대로 전송됩니다. 충돌은 사용자의 선택을 기다리고, 거부된 변경은 다시 보내거나 버릴 때까지 남아 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="111" />
            <source>Throw the selected change away (you are asked first).</source>
            <translation>선택한 변경을 버립니다(먼저 확인합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="102" />
            <source>Try to send the selected change now.</source>
            <translation>선택한 변경을 지금 다시 보냅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="198" />
            <source>Waiting to be sent</source>
            <translation>전송 대기 중</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pending_dialog.py" line="197" />
            <source>Waiting: {reason}</source>
            <translation>대기 중: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="56" />
            <source>Africa (Cape Town)</source>
            <translation>아프리카(케이프타운)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="57" />
            <source>Asia Pacific (Hong Kong)</source>
            <translation>아시아 태평양(홍콩)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="62" />
            <source>Asia Pacific (Hyderabad)</source>
            <translation>아시아 태평양(하이데라바드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="65" />
            <source>Asia Pacific (Jakarta)</source>
            <translation>아시아 태평양(자카르타)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="67" />
            <source>Asia Pacific (Malaysia)</source>
            <translation>아시아 태평양(말레이시아)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="66" />
            <source>Asia Pacific (Melbourne)</source>
            <translation>아시아 태평양(멜버른)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="61" />
            <source>Asia Pacific (Mumbai)</source>
            <translation>아시아 태평양(뭄바이)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="68" />
            <source>Asia Pacific (New Zealand)</source>
            <translation>아시아 태평양(뉴질랜드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="60" />
            <source>Asia Pacific (Osaka)</source>
            <translation>아시아 태평양(오사카)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="55" />
            <source>Asia Pacific (Seoul)</source>
            <translation>아시아 태평양(서울)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="63" />
            <source>Asia Pacific (Singapore)</source>
            <translation>아시아 태평양(싱가포르)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="64" />
            <source>Asia Pacific (Sydney)</source>
            <translation>아시아 태평양(시드니)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="58" />
            <source>Asia Pacific (Taipei)</source>
            <translation>아시아 태평양(타이베이)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="69" />
            <source>Asia Pacific (Thailand)</source>
            <translation>아시아 태평양(태국)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="59" />
            <source>Asia Pacific (Tokyo)</source>
            <translation>아시아 태평양(도쿄)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="70" />
            <source>Canada (Central)</source>
            <translation>캐나다(중부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="71" />
            <source>Canada West (Calgary)</source>
            <translation>캐나다 서부(캘거리)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="72" />
            <source>Europe (Frankfurt)</source>
            <translation>유럽(프랑크푸르트)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="77" />
            <source>Europe (Ireland)</source>
            <translation>유럽(아일랜드)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="78" />
            <source>Europe (London)</source>
            <translation>유럽(런던)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="75" />
            <source>Europe (Milan)</source>
            <translation>유럽(밀라노)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="79" />
            <source>Europe (Paris)</source>
            <translation>유럽(파리)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="76" />
            <source>Europe (Spain)</source>
            <translation>유럽(스페인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="74" />
            <source>Europe (Stockholm)</source>
            <translation>유럽(스톡홀름)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="73" />
            <source>Europe (Zurich)</source>
            <translation>유럽(취리히)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="80" />
            <source>Israel (Tel Aviv)</source>
            <translation>이스라엘(텔아비브)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="83" />
            <source>Mexico (Central)</source>
            <translation>멕시코(중부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="82" />
            <source>Middle East (Bahrain)</source>
            <translation>중동(바레인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="81" />
            <source>Middle East (UAE)</source>
            <translation>중동(UAE)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="84" />
            <source>South America (São Paulo)</source>
            <translation>남아메리카(상파울루)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="85" />
            <source>US East (N. Virginia)</source>
            <translation>미국 동부(버지니아 북부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="86" />
            <source>US East (Ohio)</source>
            <translation>미국 동부(오하이오)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="87" />
            <source>US West (N. California)</source>
            <translation>미국 서부(캘리포니아 북부)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="88" />
            <source>US West (Oregon)</source>
            <translation>미국 서부(오레곤)</translation>
        </message>
    </context>
    <context>
        <name>SendRetry</name>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="66" />
            <source>An unexpected error stopped sending ({reason}); see the log.</source>
            <translation>예상하지 못한 오류로 전송이 멈췄습니다({reason}). 로그를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="55" />
            <source>DynamoDB cannot be reached.</source>
            <translation>DynamoDB에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="53" />
            <source>DynamoDB is busy (the tables' capacity is used up).</source>
            <translation>DynamoDB가 바쁩니다(테이블 용량을 모두 쓰고 있습니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="57" />
            <source>DynamoDB reported an error ({code}).</source>
            <translation>DynamoDB가 오류를 알렸습니다({code}).</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/send_retry.py" line="61" />
            <source>The result could not be recorded on this computer ({reason}). Free some disk space or check the permissions of the app's data folder.</source>
            <translation>전송 결과를 이 컴퓨터에 기록하지 못했습니다({reason}). 디스크 공간을 확보하거나 앱 데이터 폴더의 권한을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="95" />
            <source>&amp;Create tables…</source>
            <translation>테이블 만들기(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="150" />
            <source>&amp;Departments table:</source>
            <translation>부서 테이블(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="146" />
            <source>&amp;Region:</source>
            <translation>리전(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="56" />
            <source>&amp;Secret access key:</source>
            <translation>비밀 액세스 키(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="93" />
            <source>&amp;Test connection</source>
            <translation>연결 테스트(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="106" />
            <source>A secret key is stored in {store}.</source>
            <translation>비밀 키가 {store}에 저장되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="94" />
            <source>AWS profile</source>
            <translation>AWS 프로필</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="115" />
            <source>AWS region</source>
            <translation>AWS 리전</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="53" />
            <source>Access key &amp;ID:</source>
            <translation>액세스 키 ID(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="27" />
            <source>Access key ID</source>
            <translation>액세스 키 ID</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="160" />
            <source>Advanced</source>
            <translation>고급</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="74" />
            <source>An &amp;access key, kept in this computer's password store</source>
            <translation>이 컴퓨터의 암호 저장소에 보관한 액세스 키(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="87" />
            <source>An AWS &amp;profile of this computer (including SSO sign-in)</source>
            <translation>이 컴퓨터의 AWS 프로필(SSO 로그인 포함)(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="295" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="373" />
            <source>Capacity: on-demand. AWS charges per request; nothing to plan or adjust.</source>
            <translation>용량: 온디맨드. 요청한 만큼만 요금이 부과되며, 미리 정하거나 조정할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="378" />
            <source>Capacity: provisioned, as in the guide: 10 read and 10 write units per table, 5/5 for name-index and 10/10 for department-date-index (a fixed monthly cost).</source>
            <translation>용량: 가이드대로 프로비저닝. 테이블마다 읽기 10, 쓰기 10 단위, name-index 5/5, department-date-index 10/10 (매월 고정 비용).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="221" />
            <source>Checking the keyring…</source>
            <translation>키링을 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="84" />
            <source>Checks the values on the left before you save them: that both tables exist and are set up as the guide describes, and that these credentials may use them.</source>
            <translation>저장하기 전에 왼쪽 값을 확인합니다. 두 테이블이 있고 가이드대로 설정되었는지, 이 자격 증명으로 쓸 수 있는지 봅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="223" />
            <source>Choose a profile or the environment: this computer cannot keep an access key.</source>
            <translation>이 컴퓨터는 액세스 키를 보관할 수 없으니 프로필이나 환경을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="128" />
            <source>Command to sign in again</source>
            <translation>다시 로그인하는 명령</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="101" />
            <source>Connection settings</source>
            <translation>연결 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="65" />
            <source>Connection test</source>
            <translation>연결 테스트</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="132" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="142" />
            <source>Copy IAM policy</source>
            <translation>IAM 정책 복사</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="269" />
            <source>Create tables</source>
            <translation>테이블 만들기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="272" />
            <source>Create the calendar's tables “{departments}” and “{events}” in region {region}?</source>
            <translation>{region} 리전에 캘린더 테이블 “{departments}”와 “{events}”를 만들까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="321" />
            <source>Creating the tables…</source>
            <translation>테이블을 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="108" />
            <source>Department Calendar needs to know where your department's calendar is stored: two tables in Amazon DynamoDB (an AWS database), the same ones the web calendar uses. Your administrator can tell you the region, the table names and how to sign in. To look around first, try the demo: it needs no AWS account and saves nothing.</source>
            <translation>부서 캘린더는 부서 일정이 저장된 곳을 알아야 합니다. 일정은 Amazon DynamoDB(AWS의 데이터베이스)의 테이블 두 개에 있으며, 웹 캘린더와 같은 테이블을 씁니다. 리전, 테이블 이름, 로그인 방법은 관리자에게 문의하세요. 먼저 둘러보려면 데모를 사용해 보세요. AWS 계정이 필요 없고 아무것도 저장하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="137" />
            <source>Departments table</source>
            <translation>부서 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="184" />
            <source>E&amp;ndpoint URL:</source>
            <translation>엔드포인트 URL(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="154" />
            <source>E&amp;vents table:</source>
            <translation>이벤트 테이블(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="170" />
            <source>Empty: Amazon's DynamoDB service</source>
            <translation>비워 두면 Amazon DynamoDB 서비스</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="169" />
            <source>Endpoint URL</source>
            <translation>엔드포인트 URL</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="228" />
            <source>Enter the access key ID and the secret access key.</source>
            <translation>액세스 키 ID와 비밀 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="230" />
            <source>Enter the access key ID.</source>
            <translation>액세스 키 ID를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="232" />
            <source>Enter the secret access key that belongs to this access key ID.</source>
            <translation>이 액세스 키 ID의 비밀 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="141" />
            <source>Events table</source>
            <translation>이벤트 테이블</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="246" />
            <source>Everything is in place. Click OK to save these settings.</source>
            <translation>모두 준비되었습니다. 확인을 눌러 설정을 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="397" />
            <source>Existing tables are kept as they are. Creating takes up to a minute.</source>
            <translation>이미 있는 테이블은 그대로 둡니다. 만드는 데 1분 정도 걸립니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="259" />
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="98" />
            <source>For administrators: create the two tables as the setup guide describes</source>
            <translation>관리자용: 설정 가이드대로 테이블 두 개를 만듭니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="49" />
            <source>How this computer signs in to AWS</source>
            <translation>이 컴퓨터가 AWS에 로그인하는 방법</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="256" />
            <source>It allows {actions} and the other actions the app needs.</source>
            <translation>{actions}와 앱에 필요한 다른 작업을 허용합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="289" />
            <source>No AWS profiles were found on this computer. Set one up with “aws configure” or “aws configure sso”, or choose another option.</source>
            <translation>이 컴퓨터에 AWS 프로필이 없습니다. “aws configure” 또는 “aws configure sso”로 만들거나 다른 방법을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="80" />
            <source>Not available: this computer has no password store (keyring) to keep an access key safely. Use an AWS profile or the environment instead.</source>
            <translation>사용할 수 없음: 이 컴퓨터에는 액세스 키를 안전하게 보관할 암호 저장소(키링)가 없습니다. AWS 프로필이나 환경을 대신 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="116" />
            <source>Not tested yet. Test the connection to see whether everything is in place.</source>
            <translation>아직 테스트하지 않았습니다. 연결을 테스트해 모든 것이 준비되었는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="160" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="282" />
            <source>On-demand capacity: pay per request (the guide's advice for small teams)</source>
            <translation>온디맨드 용량: 요청한 만큼 지불(가이드가 소규모 팀에 권장)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="175" />
            <source>Only for DynamoDB Local or another DynamoDB-compatible service, such as http://localhost:8000. Leave it empty to use AWS.</source>
            <translation>DynamoDB Local이나 DynamoDB 호환 서비스에만 씁니다(예: http://localhost:8000). AWS를 쓰려면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="317" />
            <source>Overridden by the environment variable {variable} (“{value}”).</source>
            <translation>환경 변수 {variable}(“{value}”)이(가) 이 설정보다 우선합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="325" />
            <source>Overridden by {variable} in a .env file (“{value}”).</source>
            <translation>.env 파일의 {variable}(“{value}”)이(가) 이 설정보다 우선합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="259" />
            <source>Passed</source>
            <translation>통과</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="123" />
            <source>Paste the secret access key</source>
            <translation>비밀 액세스 키를 붙여 넣으세요</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="145" />
            <source>Put the setup guide's IAM policy, with this region and these table names, on the clipboard, for your AWS administrator</source>
            <translation>AWS 관리자에게 전달할 설정 가이드의 IAM 정책을 이 리전과 테이블 이름으로 클립보드에 복사합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="285" />
            <source>Reading the AWS profiles…</source>
            <translation>AWS 프로필을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="41" />
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="44" />
            <source>Remove the stored access key from this computer when you click OK</source>
            <translation>확인을 누르면 저장된 액세스 키를 이 컴퓨터에서 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="111" />
            <source>Saved in {store} when you click OK, never in a file.</source>
            <translation>확인을 누르면 {store}에 저장합니다. 파일에는 절대 저장하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="162" />
            <source>Saving…</source>
            <translation>저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="33" />
            <source>Secret access key</source>
            <translation>비밀 액세스 키</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="85" />
            <source>Set by your administrator</source>
            <translation>관리자가 설정함</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="139" />
            <source>Some settings are managed by your organisation and cannot be changed here.</source>
            <translation>일부 설정은 조직에서 관리하므로 여기서 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="231" />
            <source>Test again; if this keeps happening, send the log to your administrator.</source>
            <translation>다시 테스트하세요. 계속 이러면 로그를 관리자에게 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="200" />
            <source>Testing the connection to {endpoint}…</source>
            <translation>{endpoint}에 연결을 테스트하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="108" />
            <source>The &amp;environment (AWS's standard sign-in)</source>
            <translation>환경(AWS 표준 로그인)(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="345" />
            <source>The AWS profiles could not be read.</source>
            <translation>AWS 프로필을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="128" />
            <source>The AWS region where the tables were created, such as ap-northeast-2 (Seoul). Pick one from the list or type its code.</source>
            <translation>테이블을 만든 AWS 리전입니다(예: ap-northeast-2, 서울). 목록에서 고르거나 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="346" />
            <source>The policy is on the clipboard: give it to your AWS administrator.</source>
            <translation>정책을 클립보드에 복사했습니다. AWS 관리자에게 전달하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="157" />
            <source>The settings changed since this test: test again.</source>
            <translation>테스트 후 설정이 바뀌었습니다. 다시 테스트하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="96" />
            <source>The stored access key will be removed when you click OK.</source>
            <translation>확인을 누르면 저장된 액세스 키를 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="101" />
            <source>The stored secret key will be replaced when you click OK.</source>
            <translation>확인을 누르면 저장된 비밀 키를 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="357" />
            <source>The tables could not be created: {reason}</source>
            <translation>테이블을 만들 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="228" />
            <source>The test stopped with an unexpected error ({error}).</source>
            <translation>예기치 않은 오류로 테스트가 멈췄습니다({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/dialog.py" line="154" />
            <source>Try the demo instead</source>
            <translation>대신 데모 사용해 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="121" />
            <source>Type a new secret to replace it</source>
            <translation>바꾸려면 새 비밀 키 입력</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/keyring.py" line="98" />
            <source>Undo</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="115" />
            <source>Uses what the AWS command line would use: the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, the default profile, or the computer's own AWS role.</source>
            <translation>AWS 명령줄 도구와 같은 방법을 씁니다. AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY 환경 변수, 기본 프로필, 또는 컴퓨터 자체의 AWS 역할입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/widgets.py" line="102" />
            <source>Welcome to Department Calendar</source>
            <translation>부서 캘린더에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/location.py" line="101" />
            <source>Where the calendar is stored</source>
            <translation>캘린더가 저장된 곳</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="359" />
            <source>{profile} (SSO)</source>
            <translation>{profile} (SSO 로그인)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/credentials.py" line="364" />
            <source>{profile} (not on this computer)</source>
            <translation>{profile} (이 컴퓨터에 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="409" />
            <source>“{table}”: already exists</source>
            <translation>“{table}”: 이미 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="407" />
            <source>“{table}”: creating…</source>
            <translation>“{table}”: 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="411" />
            <source>“{table}”: ready</source>
            <translation>“{table}”: 준비됨</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="412" />
            <source>“{table}”: {status}, waiting until it is ready…</source>
            <translation>“{table}”: {status}, 준비될 때까지 기다리는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="385" />
            <source>• “{table}”: key id; index name-index (by department name).</source>
            <translation>• “{table}”: 키 id, 인덱스 name-index(부서 이름별).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings/check.py" line="389" />
            <source>• “{table}”: keys id and department_id; index department-date-index (by department and date).</source>
            <translation>• “{table}”: 키 id와 department_id, 인덱스 department-date-index(부서와 날짜별).</translation>
        </message>
    </context>
    <context>
        <name>SourceSwitch</name>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="65" />
            <source>%n change(s) have not reached the current tables yet. What should happen to them before switching to the new connection?</source>
            <translation>
                <numerusform>변경 %n건이 아직 현재 테이블에 전송되지 않았습니다. 새 연결로 바꾸기 전에 어떻게 할까요?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="134" />
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="63" />
            <source>Changes not sent</source>
            <translation>전송되지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="133" />
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/source_switch.py" line="127" />
            <source>Discard %n change(s) not sent? They never reach the table and cannot be brought back.</source>
            <translation>
                <numerusform>전송되지 않은 변경 %n건을 버릴까요? 테이블에 전송되지 않으며 되돌릴 수 없습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="126" />
            <source>Discard changes</source>
            <translation>변경 버리기</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="83" />
            <source>Discard them…</source>
            <translation>버리기…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="80" />
            <source>Keep them for later</source>
            <translation>나중을 위해 보관</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="73" />
            <source>Kept changes stay on this computer and are sent when this connection is used again.</source>
            <translation>보관한 변경은 이 컴퓨터에 남아 있다가, 이 연결을 다시 사용할 때 전송됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="78" />
            <source>Send them first</source>
            <translation>먼저 전송</translation>
        </message>
        <message>
            <location filename="../../desktop/views/source_switch.py" line="151" />
            <source>Sending the changes not sent yet; the new connection opens once they are.</source>
            <translation>전송되지 않은 변경을 보내는 중입니다. 전송이 끝나면 새 연결을 엽니다.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="216" />
            <source>Exported {count} department(s) and {written} event(s) to {path}, every item exactly as stored.</source>
            <translation>부서 {count}개와 일정 {written}개를 저장된 그대로 {path} 파일로 내보냈습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="124" />
            <source>Stopped with Ctrl+C.</source>
            <translation>Ctrl+C로 중단했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="198" />
            <source>refused</source>
            <translation>거부함</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="225" />
            <source>{count} of them cannot be shown by this app (no title, an impossible date…); they are in the file all the same and 'migrate' restores them.</source>
            <translation>그중 {count}개는 이 앱에서 표시할 수 없지만(제목 없음, 있을 수 없는 날짜 등) 파일에 그대로 들어 있으며 'migrate'로 복원됩니다.</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/demo.py" line="65" />
            <source>The demo needs moto, a development dependency of deptcal. Install the development dependencies with 'uv sync' (or 'pip install "moto[server]"') and try again.</source>
            <translation>데모를 실행하려면 deptcal의 개발 의존성인 moto가 필요합니다. 'uv sync'(또는 'pip install "moto[server]"')로 개발 의존성을 설치한 후 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/data/errors.py" line="338" />
            <source>A department named “{name}” already exists.</source>
            <translation>이름이 “{name}”인 부서가 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="90" />
            <source>AWS did not accept the access key. Check the access key ID and secret in Settings; the key may have been deleted or deactivated.</source>
            <translation>AWS에서 액세스 키를 받아들이지 않았습니다. 설정에서 액세스 키 ID와 보안 액세스 키를 확인하세요. 키가 삭제되었거나 비활성화되었을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="147" />
            <source>Access denied: these credentials may not perform {action}. Ask your AWS administrator to attach the policy from the setup guide (it allows {action}).</source>
            <translation>액세스가 거부되었습니다. 이 자격 증명으로는 {action} 작업을 수행할 수 없습니다. AWS 관리자에게 설정 안내서의 정책({action} 허용)을 연결해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="286" />
            <source>An item with the id {id} already exists.</source>
            <translation>ID가 {id}인 항목이 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="51" />
            <source>Cannot reach DynamoDB at {endpoint}. Check the network connection and try again; if this keeps happening, check the region and endpoint in Settings.</source>
            <translation>{endpoint}의 DynamoDB에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요. 문제가 계속되면 설정에서 리전과 엔드포인트를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="214" />
            <source>DynamoDB is busy: the tables' capacity is used up right now. Wait a moment and try again; if this happens often, ask your administrator to raise the capacity or switch the tables to on-demand.</source>
            <translation>DynamoDB가 사용 중입니다. 현재 테이블의 용량을 모두 사용했습니다. 잠시 후 다시 시도하세요. 이 문제가 자주 발생하면 관리자에게 용량을 늘리거나 테이블을 온디맨드 모드로 전환해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="318" />
            <source>DynamoDB refused the data as invalid. Check the fields and try again.</source>
            <translation>DynamoDB에서 데이터가 유효하지 않다며 거부했습니다. 입력 항목을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="435" />
            <source>DynamoDB reported an unexpected error ({code}). Try again; if it persists, send the log to your administrator.</source>
            <translation>DynamoDB에서 예기치 않은 오류({code})를 보고했습니다. 다시 시도하세요. 문제가 계속되면 관리자에게 로그를 보내세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="78" />
            <source>No AWS credentials were found. Enter an access key in Settings, choose an AWS profile, or ask your administrator.</source>
            <translation>AWS 자격 증명을 찾을 수 없습니다. 설정에서 액세스 키를 입력하거나 AWS 프로필을 선택하거나 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="67" />
            <source>Not connected to DynamoDB yet. Wait a moment and try again.</source>
            <translation>아직 DynamoDB에 연결되지 않았습니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="272" />
            <source>Someone else changed the department “{name}” after you opened it. Nothing was saved. The form keeps what you typed and takes their version of the rest: check it, then save again.</source>
            <translation>부서 “{name}”을(를) 연 뒤에 다른 사용자가 변경했습니다. 아무것도 저장하지 않았습니다. 입력한 내용은 양식에 그대로 두고 나머지는 그 사용자의 버전으로 바꾸었으니, 확인한 뒤 다시 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="238" />
            <source>Someone else changed “{title}” after you opened it. Compare the two versions and choose which to keep.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 변경했습니다. 두 버전을 비교하고 유지할 버전을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="249" />
            <source>Someone else deleted “{title}” after you opened it. You can save your version as a new event or discard it.</source>
            <translation>“{title}” 일정을 연 뒤에 다른 사용자가 삭제했습니다. 내 버전을 새 일정으로 저장하거나 버릴 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="102" />
            <source>The AWS credentials have expired. Sign in again or enter a new access key in Settings.</source>
            <translation>AWS 자격 증명이 만료되었습니다. 다시 로그인하거나 설정에서 새 액세스 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="128" />
            <source>The AWS profile '{profile}' does not exist in this computer's AWS configuration. Choose another profile in Settings.</source>
            <translation>이 컴퓨터의 AWS 구성에 '{profile}' AWS 프로필이 없습니다. 설정에서 다른 프로필을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="114" />
            <source>The AWS sign-in for profile '{profile}' has expired. Run this command, then try again: aws sso login --profile {profile}</source>
            <translation>'{profile}' 프로필의 AWS 로그인이 만료되었습니다. 다음 명령을 실행한 후 다시 시도하세요: aws sso login --profile {profile}</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="416" />
            <source>The credential is too long for the system password store (at most {limit} bytes). Check that you pasted only the key.</source>
            <translation>자격 증명이 너무 길어 시스템 암호 저장소에 저장할 수 없습니다(최대 {limit}바이트). 키만 붙여 넣었는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/connection.py" line="116" />
            <source>The credential mode in Settings must be keyring, profile or default.</source>
            <translation>설정의 자격 증명 모드는 keyring, profile, default 중 하나여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="405" />
            <source>The system password store (keyring) refused the request. Unlock it and try again.</source>
            <translation>시스템 암호 저장소(키링)가 요청을 거부했습니다. 잠금을 해제한 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="167" />
            <source>The table '{table}' does not exist in region {region}. Check the region and table names in Settings, or create the tables.</source>
            <translation>{region} 리전에 '{table}' 테이블이 없습니다. 설정에서 리전과 테이블 이름을 확인하거나 테이블을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="201" />
            <source>The table '{table}' exists but is not set up as the guide describes: {problems}. Use other table names, or ask your administrator to fix it.</source>
            <translation>'{table}' 테이블이 있지만 안내서에 설명된 대로 설정되어 있지 않습니다: {problems}. 다른 테이블 이름을 사용하거나 관리자에게 수정을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="182" />
            <source>The table '{table}' is not ready yet (status {status}). Wait a minute and try again.</source>
            <translation>'{table}' 테이블이 아직 준비되지 않았습니다(상태: {status}). 잠시 기다린 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="393" />
            <source>This computer has no usable password store (keyring), so the access key cannot be saved safely. Use an AWS profile or environment credentials instead.</source>
            <translation>이 컴퓨터에는 사용할 수 있는 암호 저장소(키링)가 없어 액세스 키를 안전하게 저장할 수 없습니다. 대신 AWS 프로필이나 환경 변수의 자격 증명을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="295" />
            <source>{what} no longer exists. Refresh to see the current data.</source>
            <translation>{what}이(가) 더 이상 없습니다. 새로 고침하여 현재 데이터를 확인하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/data/errors.py" line="355" />
            <source>“{name}” still has %n event(s). Delete them too, or move them to another department first.</source>
            <translation>
                <numerusform>“{name}” 부서에 아직 일정이 %n개 있습니다. 일정도 함께 삭제하거나 먼저 다른 부서로 옮기세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/data/errors.py" line="376" />
            <source>“{title}” was copied to the new department, but the original could not be removed ({reason}). The event now appears in both departments; delete the original when you can.</source>
            <translation>“{title}” 일정을 새 부서로 복사했지만 원본을 제거하지 못했습니다({reason}). 이제 이 일정이 두 부서에 모두 표시되므로 가능할 때 원본을 삭제하세요.</translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="493" />
            <source>'{name}' holds the number {what}, which DynamoDB cannot store (at most 38 digits, between 1E-130 and 1E+125)</source>
            <translation>'{name}'의 숫자 {what}은(는) DynamoDB에 저장할 수 없음(최대 38자리, 1E-130과 1E+125 사이)</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="521" />
            <source>'{name}' holds {what}, which DynamoDB cannot store</source>
            <translation>'{name}'의 값 {what}은(는) DynamoDB에 저장할 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="98" />
            <source>'{name}' is nested deeper than DynamoDB allows ({limit} levels)</source>
            <translation>'{name}'의 중첩이 DynamoDB 허용 한도({limit}단계)보다 깊음</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="150" />
            <source>'{name}' is not a DynamoDB value of this file's format</source>
            <translation>'{name}'이(가) 이 파일 형식의 DynamoDB 값이 아님</translation>
        </message>
        <message>
            <location filename="../../desktop/data/backup.py" line="84" />
            <source>'{name}' must be non-empty text</source>
            <translation>'{name}'은(는) 비어 있지 않은 텍스트여야 함</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="475" />
            <source>'{name}' must be text, not {what}</source>
            <translation>'{name}'은(는) 텍스트여야 함({what}이(가) 아님)</translation>
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
            <translation>내보낸 파일 {path}이(가) 완전하지 않아 아무것도 바꾸지 않았습니다. 남은 디스크 공간을 확인하고 다시 내보내세요.</translation>
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
            <location filename="../../desktop/data/migrate.py" line="332" />
            <source>the name {name} is already used by department {id}</source>
            <translation>이름 {name}은(는) 이미 부서 {id}이(가) 사용 중</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate_records.py" line="458" />
            <source>true or false</source>
            <translation>true 또는 false</translation>
        </message>
        <message>
            <location filename="../../desktop/data/migrate.py" line="304" />
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
        <message>
            <location filename="../../desktop/data/migrate.py" line="117" />
            <source>{reason} The import stopped after writing {written} record(s). Running the same command again is safe: it skips what is already in the tables and writes the rest.</source>
            <translation>{reason} 레코드 {written}개를 기록한 뒤 가져오기가 중단되었습니다. 같은 명령을 다시 실행해도 안전합니다. 이미 테이블에 있는 것은 건너뛰고 나머지를 기록합니다.</translation>
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
            <location filename="../../desktop/domain/validation.py" line="115" />
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
            <location filename="../../desktop/domain/validation.py" line="142" />
            <source>The event is too large to save (DynamoDB allows 400 KB).</source>
            <translation>일정이 너무 커서 저장할 수 없습니다(DynamoDB 허용 한도: 400KB).</translation>
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
            <location filename="../../desktop/domain/validation.py" line="120" />
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
            <location filename="../../desktop/domain/validation.py" line="103" />
            <source>“{time}” is not a time of day. Write it like 14:30 or 2:30 PM, or leave it empty for an all-day event.</source>
            <translation>“{time}”: 없는 시각입니다. 14:30이나 오후 2:30처럼 적거나, 종일 일정이면 비워 두세요.</translation>
        </message>
    </context>
</TS>
