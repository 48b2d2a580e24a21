; Inno Setup script for the Windows installer of HAART Archive.
;
; Build the one-folder app on Windows first (from the repository root, in the project's venv):
;   .venv\Scripts\pip install pyinstaller
;   .venv\Scripts\pyinstaller --noconfirm --clean packaging\haart-archive.spec
; then compile this script with Inno Setup 6:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\haart-archive.iss
; The installer lands in dist\installer\HAART-Archive-Setup-<version>.exe.

#define AppName "HAART Archive"
#define AppVersion "0.1.0"
#define AppPublisher "HAART Kenya"
#define SourceDir "..\..\dist\haart-archive"

[Setup]
; A fixed AppId lets later installers upgrade this one in place.
AppId={{6B0E8E55-3F1C-4D4C-9B7B-2C3F5A8E0D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\HAART Archive
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=HAART-Archive-Setup-{#AppVersion}
SetupIconFile=haart-archive.ico
UninstallDisplayIcon={app}\haart-archive-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user install is allowed for staff without administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the haart-archive command to PATH (for scripts and backups)"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "haart-archive.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\haart-archive-gui.exe"; IconFilename: "{app}\haart-archive.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\haart-archive-gui.exe"; IconFilename: "{app}\haart-archive.ico"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\haart-archive-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: archives live where the user put them and are never removed here.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function NeedsAddPath(Param: string): boolean;
var
  OrigPath: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', OrigPath) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Param) + ';', ';' + Uppercase(OrigPath) + ';') = 0;
end;
