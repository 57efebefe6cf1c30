@echo off
rem Danlu installer for Windows: runs install.ps1 (same folder) past the script execution policy.
rem Options are passed on: install.bat [--dev] [--cpu] [--python PY]
setlocal
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
set "DANLU_RC=%ERRORLEVEL%"
rem keep the window open when started by a double click in Explorer (not in CI, not in a console)
if defined CI goto done
echo %CMDCMDLINE% | findstr /i /c:"%~nx0" >nul
if not errorlevel 1 pause
:done
exit /b %DANLU_RC%
