; Inno Setup 6 script: the HumasDesk installer for Windows 10 and 11 (64-bit).
; First build the app folder on Windows, in a virtual environment with HumasDesk installed:
;     py -3.11 -m venv .venv
;     .venv\Scripts\pip install -e .[dev]
;     .venv\Scripts\python scripts\translations.py build
;     .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\humasdesk.spec
; then:  iscc packaging\windows\humasdesk.iss   ->  dist\HumasDesk-0.1.0-setup.exe
; Untested: this machine cannot run Windows (packaging/README.md says what that leaves open).

#define AppVersion "0.1.0"
#define AppId "io.github.humasdesk.HumasDesk"

[Setup]
AppId={#AppId}
AppName=HumasDesk
AppVersion={#AppVersion}
AppPublisher=HumasDesk developers
AppPublisherURL=https://github.com/humasdesk/humasdesk
DefaultDirName={autopf}\HumasDesk
DefaultGroupName=HumasDesk
; Installs for the current user by default (no administrator needed); the agent, the data
; folder (%LOCALAPPDATA%\HumasDesk) and the Credential Manager entries are his anyway.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=HumasDesk-{#AppVersion}-setup
SetupIconFile=..\..\src\humasdesk\assets\icons\humasdesk.ico
UninstallDisplayIcon={app}\humasdeskw.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"

[CustomMessages]
en.AgentTask=Publish scheduled posts while HumasDesk is closed (start the agent when I log in)
id.AgentTask=Terbitkan unggahan terjadwal saat HumasDesk tertutup (jalankan agen saat saya masuk)
en.DesktopIcon=Create a desktop shortcut
id.DesktopIcon=Buat pintasan di desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "agent"; Description: "{cm:AgentTask}"; Flags: unchecked

[Files]
Source: "..\..\dist\humasdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; humasdeskw.exe opens no console window; humasdesk.exe is the command line.
Name: "{group}\HumasDesk"; Filename: "{app}\humasdeskw.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\{cm:UninstallProgram,HumasDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\HumasDesk"; Filename: "{app}\humasdeskw.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
; The same code as Settings -> "Start with the computer": a Task Scheduler task at log-on.
Filename: "{app}\humasdesk.exe"; Parameters: "autostart on"; Tasks: agent; Flags: runhidden waituntilterminated
Filename: "{app}\humasdeskw.exe"; Description: "{cm:LaunchProgram,HumasDesk}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Remove the agent's task (nothing happens if it was never turned on). His posts, accounts
; and the passwords in Credential Manager stay, as with any uninstall that keeps user data.
Filename: "{app}\humasdesk.exe"; Parameters: "autostart off"; Flags: runhidden waituntilterminated; RunOnceId: "RemoveAgentTask"
