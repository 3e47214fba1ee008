; Department Calendar: the Windows installer (Inno Setup 6).
;
; Build the app first, then the installer (from the repository's top folder):
;
;   uv run pyinstaller build.spec
;   iscc /DAppVersion=0.1.0 resources\packaging\deptcal.iss
;
; It installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\Department Calendar, with a Start menu entry and an uninstaller.
; The AppId below never changes: a newer installer upgrades the installed app in place. The
; user's settings, cache and logs live in the user profile (AppData), not in the install
; folder, so upgrades and uninstalls leave them alone.
;
; Signing (the release workflow, when a certificate is configured): pass /DSign and a sign
; tool named "deptcal", e.g. iscc /DSign "/Sdeptcal=signtool sign /fd sha256 ... $f" ...
; Inno Setup then signs the installer and the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Department Calendar"
#define AppExeName "deptcal.exe"
; Paths are relative to this file.
#define BuildDir "..\..\dist\deptcal"

[Setup]
AppId={{6E5D3BA6-FB5A-41D3-8745-F8894493CD9D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=DepartmentCalendar-{#AppVersion}-windows-setup
SetupIconFile=..\icons\deptcal.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
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
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program wholesale: no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
