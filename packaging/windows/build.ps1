# Build KeHoach Desktop's Windows bundle and installer on a Windows machine, unedited:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ on PATH and Inno Setup 6 (ISCC.exe; `choco install innosetup` or innosetup.org).
# Produces dist\KeHoachDesktop\ (KeHoachDesktop.exe for the window, kehoach.exe for the command
# line) and dist\KeHoachDesktop-<version>-setup.exe.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

if (-not (Test-Path ".venv\Scripts\python.exe")) { python -m venv .venv }
$Py = Join-Path $Root ".venv\Scripts\python.exe"
& $Py -m pip install --quiet --upgrade pip
& $Py -m pip install --quiet -e ".[dist]"

# the forms and translations, as `make forms translations` makes them
Get-ChildItem forms\*.ui | ForEach-Object {
    $out = "kehoach_desktop\ui\generated\ui_$($_.BaseName).py"
    & ".venv\Scripts\pyside6-uic.exe" --from-imports $_.FullName -o $out
    & $Py tools\trim_form_imports.py $out
}
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    & ".venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}

& ".venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\KeHoachDesktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$Version = (& $Py -c "import kehoach_desktop; print(kehoach_desktop.__version__)").Trim()
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\KeHoachDesktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\KeHoachDesktop-$Version-setup.exe"
