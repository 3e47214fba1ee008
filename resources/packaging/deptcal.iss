; Department Calendar: the Windows installer (Inno Setup 6).
;
; Build the app first, then the installer (from the repository's top folder):
;
;   uv run pyinstaller build.spec
;   iscc /DAppVersion=0.1.0 resources\packaging\deptcal.iss
;
; Optional defines: /DAppFileVersion=0.2.0 (the numeric version Windows shows, when AppVersion
; is a pre-release such as 0.2.0rc1), /DAppURL=https://... (the publisher's page).
;
; Who it installs for (README, "Deploying to many PCs"):
; - by default for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\Department Calendar;
; - for all users, into C:\Program Files\Department Calendar, with /ALLUSERS (or the answer to the
;   question Setup asks first); an administrator's rights are asked for;
; - run as SYSTEM (Intune, SCCM) it installs for all users, also without /ALLUSERS: SYSTEM has
;   no user of its own. An upgrade keeps the choice made the first time.
; Silent: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="file" (Inno Setup's own switches).
; Saved as UTF-8 with a BOM (the Korean messages; Inno Setup before 6.3 needs the BOM).
;
; The AppId below never changes: a newer installer upgrades the installed app in place.
; Uninstalling runs "deptcal.exe --forget-credentials" (the keyring entries of the user who
; uninstalls) and asks whether to delete that user's cached calendar and settings too;
; "unins000.exe /VERYSILENT /PURGE" deletes them without asking ("--remove-user-data --force").
;
; Signing (the release workflow, when a certificate is configured): pass /DSign and a sign
; tool named "deptcal", e.g. iscc /DSign "/Sdeptcal=signtool sign /fd sha256 ... $f" ...
; Inno Setup then signs the installer and the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif
#define AppName "Department Calendar"
#define AppPublisher "Department Calendar"
#define AppCopyright "Copyright (C) the Department Calendar authors. MIT License."
#define AppExeName "deptcal.exe"
#define HaveKorean FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
; Paths are relative to this file.
#define BuildDir "..\..\dist\deptcal"

[Setup]
AppId={{6E5D3BA6-FB5A-41D3-8745-F8894493CD9D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
#ifdef AppURL
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
#endif
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppFileVersion}
VersionInfoProductVersion={#AppFileVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
VersionInfoCopyright={#AppCopyright}
VersionInfoProductName={#AppName}
; Per user without administrator rights by default; /ALLUSERS, /CURRENTUSER or the question's
; choice override it, and [Code] turns a SYSTEM run into an all-users one.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
; {autopf}: %LOCALAPPDATA%\Programs per user, C:\Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=DepartmentCalendar-{#AppVersion}-windows-setup
SetupIconFile=..\icons\deptcal.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy is closed (and the user asked) before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=deptcal
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if HaveKorean
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
english.PurgeQuestion=Also delete your cached calendar, reminders, logs and settings of %1?%n%nChoose No to keep them for a later installation. Events in the shared calendar are not affected.
english.PurgeRefused=Your data of %1 was not deleted: %1 may still be open, or changes you made have not reached the shared calendar yet.%n%nTo keep those changes, choose No, open %1 while connected so that it sends them, then uninstall again.%n%nDelete everything anyway, unsent changes included?
#if HaveKorean
korean.PurgeQuestion=%1의 저장된 캘린더, 알림, 로그와 설정도 삭제할까요?%n%n다음에 다시 설치할 때 쓰려면 [아니요]를 누르세요. 공유 캘린더의 일정은 그대로 남습니다.
korean.PurgeRefused=%1 데이터를 삭제하지 않았습니다. %1이(가) 아직 열려 있거나, 내가 바꾼 내용이 아직 공유 캘린더에 보내지지 않았습니다.%n%n바꾼 내용을 지키려면 [아니요]를 누르고, 연결된 상태에서 %1을(를) 열어 보낸 다음 다시 제거하세요.%n%n보내지 않은 변경까지 모두 삭제할까요?
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program wholesale: no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; deptcal.exe (the window), deptcal-admin.exe (the admin commands, a console program) and the
; folder they share.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The licence texts where an administrator looks for them (the app shows them too: Help).
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\licenses\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The access key of the user who uninstalls leaves the keyring (Windows Credential Manager).
; An all-users uninstall runs as the administrator (or SYSTEM) and cannot reach other users'
; keyrings: README, "Deploying to many PCs".
Filename: "{app}\{#AppExeName}"; Parameters: "--forget-credentials"; Flags: runhidden waituntilterminated; RunOnceId: "ForgetCredentials"

[Code]
const
  RunKey = 'Software\Microsoft\Windows\CurrentVersion\Run';
  RunValue = 'DepartmentCalendar';
  { deptcal --remove-user-data: refused (changes not sent yet, the window open) or failed }
  RemoveRefused = 1;

var
  PurgeData: Boolean;

procedure ExitProcess(ExitCode: Cardinal);
  external 'ExitProcess@kernel32.dll stdcall';

function HasParam(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function IsSystemAccount: Boolean;
begin
  { Intune, SCCM and computer start-up scripts run as SYSTEM, whose profile is here. }
  Result := IsAdmin and (Pos('\config\systemprofile', Lowercase(GetEnv('USERPROFILE'))) > 0);
end;

{ SYSTEM has no user of its own: a per-user install would land in its profile, where nobody
  starts it. Without /ALLUSERS or /CURRENTUSER, start again with /ALLUSERS and exit with its
  code; its log, if one was asked for, is the file with "-all-users" added to its name. }
function InitializeSetup: Boolean;
var
  I, ResultCode: Integer;
  Param, Params, LogFile: String;
begin
  Result := True;
  if IsAdminInstallMode or not IsSystemAccount or HasParam('/CURRENTUSER') then
    Exit;
  Params := '/ALLUSERS';
  for I := 1 to ParamCount do
  begin
    Param := ParamStr(I);
    if CompareText(Copy(Param, 1, 5), '/SL5=') = 0 then
      Continue;
    if CompareText(Copy(Param, 1, 5), '/LOG=') = 0 then
    begin
      LogFile := Copy(Param, 6, Length(Param));
      Param := '/LOG=' + ChangeFileExt(LogFile, '') + '-all-users' + ExtractFileExt(LogFile);
    end;
    Params := Params + ' ' + AddQuotes(Param);
  end;
  Log('Running as SYSTEM: installing for all users (' + Params + ')');
  if not Exec(ExpandConstant('{srcexe}'), Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := 1;
  ExitProcess(ResultCode);
end;

function InitializeUninstall: Boolean;
begin
  Result := True;
  PurgeData := HasParam('/PURGE');
end;

function RemoveUserData(Force: Boolean): Integer;
var
  Params: String;
  ResultCode: Integer;
begin
  Params := '--remove-user-data';
  if Force then
    Params := Params + ' --force';
  if not Exec(ExpandConstant('{app}\{#AppExeName}'), Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  Log(Format('{#AppExeName} %s: exit code %d', [Params, ResultCode]));
  Result := ResultCode;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Command: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    { While the program is still there. /PURGE: silently, unsent changes included. }
    if PurgeData then
      RemoveUserData(True)
    else if not UninstallSilent then
      if SuppressibleMsgBox(FmtMessage(CustomMessage('PurgeQuestion'), ['{#AppName}']),
          mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        if RemoveUserData(False) = RemoveRefused then
          if SuppressibleMsgBox(FmtMessage(CustomMessage('PurgeRefused'), ['{#AppName}']),
              mbError, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
            RemoveUserData(True);
  end;
  if CurUninstallStep = usPostUninstall then
    { A start at login that points to the program just removed. }
    if RegQueryStringValue(HKCU, RunKey, RunValue, Command) and
       (Pos(Lowercase(ExpandConstant('{app}\')), Lowercase(Command)) > 0) then
      RegDeleteValue(HKCU, RunKey, RunValue);
end;
