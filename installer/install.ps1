<#
.SYNOPSIS
    Danlu installer for Windows: a venv in the repository, the PyTorch build that fits the GPU,
    the app (editable) and the danlu.bat launcher.

.DESCRIPTION
    installer\install.bat [--dev] [--cpu] [--python PY]
    (or: powershell -NoProfile -ExecutionPolicy Bypass -File installer\install.ps1 [same options])

      --dev          also install the test tools (pytest, pytest-qt, ruff)
      --cpu          install the CPU build of PyTorch even when an NVIDIA GPU is present
      --python PY    the Python (3.10 or newer) to create .venv with; default: the py launcher's
                     3.12, 3.11, 3.10 or 3.13, else python on PATH

    Environment: DANLU_TORCH_INDEX=URL forces a PyTorch wheel index (a mirror, say);
    DANLU_TORCH_INDEX_BASE=URL replaces https://download.pytorch.org/whl as the base of the CUDA indexes.

    Safe to run again: finished steps are skipped. It never asks a question. The choice of the
    PyTorch build is made by installer\torch_index.py, the same file install.sh uses.
    docs/install.md explains every step.
#>

# Native programs report failure through $LASTEXITCODE, which is checked after each call.
# 'Continue' keeps Windows PowerShell 5.1 from turning their stderr lines into terminating errors.
$ErrorActionPreference = 'Continue'
Set-StrictMode -Version 3.0

function Show-Usage {
    Write-Host 'Usage: installer\install.bat [--dev] [--cpu] [--python PY]'
    Write-Host '  --dev         also install the test tools (pytest, pytest-qt, ruff)'
    Write-Host '  --cpu         install the CPU build of PyTorch even when an NVIDIA GPU is present'
    Write-Host '  --python PY   the Python (3.10 or newer) to create .venv with'
}

function Write-Step([string]$Text) { Write-Host ''; Write-Host "==> $Text" }
function Write-Note([string]$Text) { Write-Host "    $Text" }
function Write-Warn([string]$Text) { Write-Host "warning: $Text" -ForegroundColor Yellow }
function Stop-Install([string]$Text) {
    [Console]::Error.WriteLine("error: $Text")
    exit 1
}

$Dev = $false
$Cpu = $false
$PythonArg = ''
for ($i = 0; $i -lt $args.Count; $i++) {
    $arg = [string]$args[$i]
    if ($arg -match '^--?dev$') { $Dev = $true }
    elseif ($arg -match '^--?cpu$') { $Cpu = $true }
    elseif ($arg -match '^--?python$') {
        if ($i + 1 -ge $args.Count) { [Console]::Error.WriteLine('error: --python needs a value'); exit 2 }
        $i++
        $PythonArg = [string]$args[$i]
    }
    elseif ($arg -match '^--?python=(.+)$') { $PythonArg = $Matches[1] }
    elseif ($arg -match '^(--?h(elp)?|/\?)$') { Show-Usage; exit 0 }
    else { [Console]::Error.WriteLine("error: unknown option '$arg'"); Show-Usage; exit 2 }
}

$Repo = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Repo '.venv'
$VenvPython = Join-Path $Venv 'Scripts\python.exe'
$TorchIndex = Join-Path $PSScriptRoot 'torch_index.py'
Set-Location -LiteralPath $Repo

# Python code given to -c holds no double quotes: Windows PowerShell does not escape them for native programs.
$VersionCode = 'import sys; print(''%d.%d'' % sys.version_info[:2]); sys.exit(sys.version_info < (3, 10))'

function Get-PythonVersion([string]$Exe, [string[]]$Prefix) {
    # "major.minor" when $Exe (with $Prefix, e.g. -3.12 for the py launcher) is Python 3.10+, else $null
    try {
        $out = & $Exe @Prefix -c $VersionCode 2>$null
    }
    catch {
        return $null  # no such program
    }
    if ($LASTEXITCODE -ne 0 -or -not $out) { return $null }
    return ([string]($out | Select-Object -Last 1)).Trim()
}

function Find-Python {
    if ($PythonArg) {
        $version = Get-PythonVersion $PythonArg @()
        if (-not $version) { Stop-Install "--python ${PythonArg}: not found, or older than Python 3.10" }
        return @{ Exe = $PythonArg; Prefix = @(); Version = $version }
    }
    $candidates = @(
        @{ Exe = 'py'; Prefix = @('-3.12') }, @{ Exe = 'py'; Prefix = @('-3.11') },
        @{ Exe = 'py'; Prefix = @('-3.10') }, @{ Exe = 'py'; Prefix = @('-3.13') },
        @{ Exe = 'py'; Prefix = @('-3') }, @{ Exe = 'python'; Prefix = @() }, @{ Exe = 'python3'; Prefix = @() }
    )
    foreach ($candidate in $candidates) {
        # the Microsoft Store's python.exe stub prints nothing and fails, so it is skipped here
        $version = Get-PythonVersion $candidate.Exe $candidate.Prefix
        if ($version) { $candidate.Version = $version; return $candidate }
    }
    Stop-Install ('no Python 3.10 or newer found. Install Python 3.12 from https://www.python.org/downloads/ ' +
        '(tick "Add python.exe to PATH"), then run this again, or pass --python C:\path\to\python.exe')
}

function Invoke-Checked([string]$What, [string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { Stop-Install "$What failed (exit code $LASTEXITCODE)" }
}

function Test-VenvCode([string]$Code) {
    & $VenvPython -c $Code 2>$null | Out-Null
    return ($LASTEXITCODE -eq 0)
}

# --- Python environment --------------------------------------------------------------------------
Write-Step 'Python environment (.venv)'
$venvVersion = $null
if (Test-Path -LiteralPath $VenvPython) { $venvVersion = Get-PythonVersion $VenvPython @() }
if ($venvVersion) {
    if ($PythonArg) {
        $wanted = (Find-Python).Version
        if ($wanted -ne $venvVersion) {
            Stop-Install ".venv uses Python $venvVersion, not $wanted ($PythonArg). Delete the .venv folder to rebuild it."
        }
    }
    Write-Note "using the existing .venv (Python $venvVersion)"
}
else {
    $python = Find-Python
    if (Test-Path -LiteralPath $Venv) {
        Write-Warn '.venv exists but its Python does not run (moved, removed, or older than 3.10): rebuilding it'
        Remove-Item -LiteralPath $Venv -Recurse -Force -ErrorAction Stop
    }
    Write-Note "creating .venv with $($python.Exe) $($python.Prefix -join ' ') (Python $($python.Version))"
    Invoke-Checked 'creating .venv' $python.Exe ($python.Prefix + @('-m', 'venv', $Venv))
    & $VenvPython -m pip install -q --disable-pip-version-check --upgrade pip
    if ($LASTEXITCODE -ne 0) { Write-Warn 'could not upgrade pip (offline?); going on with the one there' }
}

# --- PyTorch -------------------------------------------------------------------------------------
Write-Step 'PyTorch'
$torchArgs = @()
if ($Cpu) { $torchArgs += '--cpu' }
& $VenvPython $TorchIndex --check-installed @torchArgs
if ($LASTEXITCODE -eq 0) {
    Write-Note 'already installed and fits this machine: keeping it'
}
else {
    $answer = & $VenvPython $TorchIndex @torchArgs
    $rc = $LASTEXITCODE
    if ($rc -eq 3) { Stop-Install 'update the NVIDIA driver first (see the message above)' }
    if ($rc -ne 0 -or -not $answer) { Stop-Install "could not choose a PyTorch build (torch_index.py exited with $rc)" }
    $index = ([string]($answer | Select-Object -Last 1)).Trim()
    if (Test-VenvCode 'import importlib.util, sys; sys.exit(importlib.util.find_spec(''torch'') is None)') {
        Write-Note 'replacing the installed torch build'
        Invoke-Checked 'removing the old torch' $VenvPython @('-m', 'pip', 'uninstall', '-y', 'torch', 'torchvision')
    }
    $pipArgs = @('-m', 'pip', 'install', '--disable-pip-version-check', 'torch', 'torchvision')
    if ($index -ne 'default') { $pipArgs += @('--index-url', $index) }
    Invoke-Checked 'installing PyTorch' $VenvPython $pipArgs
    if (-not (Test-VenvCode 'import torch, torchvision')) {
        & $VenvPython -c 'import torch'
        Stop-Install ('PyTorch is installed but does not load (see above). A missing "Microsoft Visual C++ ' +
            'Redistributable (x64)" is the usual cause: install it from https://aka.ms/vs/17/release/vc_redist.x64.exe')
    }
    & $VenvPython $TorchIndex --check-installed @torchArgs
    if ($LASTEXITCODE -ne 0) { Write-Warn 'this torch build cannot use the GPU; run .venv\Scripts\danlu.exe doctor' }
}

# --- Danlu ---------------------------------------------------------------------------------------
Write-Step 'Danlu and its libraries'
# pin the torch build just chosen, so that no dependency swaps it for another build
$pins = Join-Path $Venv 'danlu-torch-pins.txt'
$pinLines = & $VenvPython -c 'import importlib.metadata as m; [print(n + ''=='' + m.version(n)) for n in (''torch'', ''torchvision'')]'
if ($LASTEXITCODE -ne 0) { Stop-Install 'could not read the installed torch version' }
Set-Content -LiteralPath $pins -Value $pinLines -Encoding ASCII -ErrorAction Stop
$target = '.'
if ($Dev) { $target = '.[dev]' }
# what the last successful install was made from: unchanged, and pip finds nothing broken -> done
$stamp = Join-Path $Venv 'danlu-install.stamp'
$hashes = (Get-FileHash -Algorithm SHA256 -LiteralPath (Join-Path $Repo 'pyproject.toml'), $pins).Hash -join ''
$wanted = "$hashes $target"
$upToDate = $false
if ((Test-Path -LiteralPath (Join-Path $Venv 'Scripts\danlu.exe')) -and (Test-Path -LiteralPath $stamp) -and
    ((Get-Content -LiteralPath $stamp -Raw).Trim() -eq $wanted)) {
    & $VenvPython -m pip check --disable-pip-version-check *> $null
    $upToDate = ($LASTEXITCODE -eq 0)
}
if ($upToDate) {
    Write-Note 'up to date (pyproject.toml and torch unchanged since the last install)'
}
else {
    Invoke-Checked 'installing Danlu' $VenvPython @('-m', 'pip', 'install', '--disable-pip-version-check', '-c', $pins, '-e', $target)
    if (-not (Test-Path -LiteralPath (Join-Path $Venv 'Scripts\danlu.exe'))) { Stop-Install '.venv\Scripts\danlu.exe was not created' }
    Set-Content -LiteralPath $stamp -Value $wanted -Encoding ASCII -ErrorAction Stop
}

# --- Interface translations ----------------------------------------------------------------------
Write-Step 'Interface translations'
# resources\i18n\*.ts -> resources\i18n\compiled\danlu_<locale>.qm (the app also recompiles stale ones)
& $VenvPython -m desktop.i18n compile
if ($LASTEXITCODE -ne 0) { Write-Warn 'could not compile the translations: the interface will be in English (see above)' }

# --- Launcher ------------------------------------------------------------------------------------
$launcher = Join-Path $Repo 'danlu.bat'
$launcherText = "@echo off`r`nrem Starts Danlu; written by installer\install.ps1.`r`n`"%~dp0.venv\Scripts\danlu.exe`" %*`r`n"
Set-Content -LiteralPath $launcher -Value $launcherText -NoNewline -Encoding ASCII -ErrorAction Stop

Write-Step 'Done'
Write-Note 'Start Danlu:       danlu.bat          (or: danlu.bat gui C:\path\to\project)'
Write-Note 'Check the setup:   danlu.bat doctor'
if ($Dev) { Write-Note 'Run the tests:     .venv\Scripts\python.exe -m pytest' }
exit 0
