; Inno Setup script of KeHoach Desktop's Windows installer (built by packaging/windows/build.ps1).
; Per-user: no administrator rights (PrivilegesRequired=lowest installs under the user's own
; Programs folder). Start-menu shortcut always, desktop shortcut when ticked. The user's data is
; not in the program's folder (it is in %LOCALAPPDATA%\KeHoachDesktop), so neither an upgrade nor
; an uninstall touches it.
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z KeHoachDesktop.iss (build.ps1 reads it from the package)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\KeHoachDesktop"
#endif

[Setup]
AppId={{6C2A7E43-1D0B-4C9E-9F5A-2E8B7F4D1A60}
AppName=KeHoach Desktop
AppVersion={#AppVersion}
AppVerName=KeHoach Desktop {#AppVersion}
AppPublisher=KeHoach Desktop
DefaultDirName={autopf}\KeHoach Desktop
DefaultGroupName=KeHoach Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=KeHoachDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\kehoach.ico
UninstallDisplayIcon={app}\KeHoachDesktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\KeHoach Desktop"; Filename: "{app}\KeHoachDesktop.exe"
Name: "{group}\{cm:UninstallProgram,KeHoach Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\KeHoach Desktop"; Filename: "{app}\KeHoachDesktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\KeHoachDesktop.exe"; Description: "{cm:LaunchProgram,KeHoach Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: the office's plans, articles and backups stay.
