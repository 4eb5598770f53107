; Inno Setup script: per-user installer for Wegly Chat Viewer (no admin rights needed).
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\wegly-chat-viewer /DOutputDir=..\..\dist packaging\windows\wegly-chat-viewer.iss
; Installs to %LOCALAPPDATA%\Programs\Wegly Chat Viewer, adds a start-menu entry, an uninstaller
; (Settings > Apps) and registers the wegly-viewer:// link scheme under HKCU\Software\Classes.

#ifndef AppVersion
  #error Pass /DAppVersion=<version from pyproject>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\wegly-chat-viewer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Wegly Chat Viewer"
#define AppExe "wegly-chat-viewer.exe"

[Setup]
AppId={{6F1D8C52-3B0E-4C8A-9A57-2E5B7D4C1A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Wegly
AppPublisherURL=https://wegly.com.br
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=wegly-chat-viewer-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\wegly-chat-viewer.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; wegly-viewer://chat/<uuid> links open the app with the link as its CHAT argument.
Root: HKCU; Subkey: "Software\Classes\wegly-viewer"; ValueType: string; ValueName: ""; ValueData: "URL:Wegly Chat Viewer"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\wegly-viewer"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\wegly-viewer\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\wegly-viewer\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
