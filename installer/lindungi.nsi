; Lindungi: per-user Windows installer (NSIS 3, Unicode). No administrator rights needed.
;
;   makensis /DVERSION=0.1.0 installer\lindungi.nsi       (installer/make_release.py passes these)
;   optional: /DDIST=<dist\Lindungi folder>  /DOUTFILE=<setup.exe>  /DVERSION4=0.1.0.0
;
; - Installs dist\Lindungi (the PyInstaller one-folder build) to %LOCALAPPDATA%\Programs\Lindungi.
; - Start-menu shortcut always; desktop shortcut optional (components page, remembered on upgrade).
; - Uninstaller registered under HKCU (Settings > Apps lists it for this user).
; - Upgrade: an older version is found through HKCU, its program files are replaced; nothing in
;   the data folder (%LOCALAPPDATA%\Lindungi: database, backups, logs, settings) is touched.
; - Uninstall removes program files and shortcuts only, and says where the data stays.
; - Indonesian and English; the version comes from desktop_app.__version__ via /DVERSION.

!ifdef AMD64_STUB
  Target amd64-unicode      ; 64-bit stub: Debian's nsis ships it (used to try the installer under wine64);
!else                       ; the official Windows NSIS has only the 32-bit one, which runs on 64-bit Windows
  Unicode true
!endif

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z installer\lindungi.nsi (or run installer/make_release.py)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef DIST
  !define DIST "..\dist\Lindungi"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\Lindungi-${VERSION}-setup.exe"
!endif

!define APP "Lindungi"
!define EXE "Lindungi.exe"
!define APP_KEY "Software\Lindungi"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lindungi"
!define ICON "..\resources\icons\app.ico"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
!ifdef FAST_COMPRESSION
  SetCompressor zlib                    ; CI: proves the script and the payload, quickly
!else
  SetCompressor /SOLID lzma
!endif
ManifestDPIAware true
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" ""

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "Sections.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_DIRECTORYPAGE_TEXT_TOP "$(DIR_TEXT)"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_TEXT "$(FINISH_TEXT)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UN_DATA_KEPT)"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

; --- texts ------------------------------------------------------------------------------
LangString WELCOME_TEXT ${LANG_INDONESIAN} "Program ini memasang ${APP} ${VERSION} untuk pengguna Windows ini saja, tanpa hak administrator.$\r$\n$\r$\nBila versi lama sudah terpasang, hanya berkas program yang diganti. Data Anda (basis data, cadangan, catatan) di $LOCALAPPDATA\${APP} tetap utuh.$\r$\n$\r$\nTutup ${APP} sebelum melanjutkan."
LangString WELCOME_TEXT ${LANG_ENGLISH} "This installs ${APP} ${VERSION} for this Windows user only, without administrator rights.$\r$\n$\r$\nIf an older version is installed, only its program files are replaced. Your data (database, backups, logs) in $LOCALAPPDATA\${APP} stays as it is.$\r$\n$\r$\nClose ${APP} before you continue."
LangString FINISH_TEXT ${LANG_INDONESIAN} "${APP} ${VERSION} sudah terpasang. Bukalah dari menu Start.$\r$\n$\r$\nData disimpan di $LOCALAPPDATA\${APP}."
LangString FINISH_TEXT ${LANG_ENGLISH} "${APP} ${VERSION} is installed. Open it from the Start menu.$\r$\n$\r$\nData is kept in $LOCALAPPDATA\${APP}."
LangString SEC_APP ${LANG_INDONESIAN} "Program ${APP} (wajib)"
LangString SEC_APP ${LANG_ENGLISH} "${APP} program (required)"
LangString SEC_DESKTOP ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString MSG_NEWER ${LANG_INDONESIAN} "${APP} versi $0 (lebih baru) sudah terpasang. Versi ${VERSION} yang lebih lama mungkin tidak dapat membuka basis data yang sudah diperbarui.$\r$\n$\r$\nTetap pasang versi ${VERSION}?"
LangString MSG_NEWER ${LANG_ENGLISH} "${APP} $0 (newer) is already installed. The older version ${VERSION} may not open a database that was already upgraded.$\r$\n$\r$\nInstall ${VERSION} anyway?"
LangString MSG_RUNNING ${LANG_INDONESIAN} "${APP} masih terbuka. Tutup semua jendela ${APP}, lalu pilih Retry (Coba lagi)."
LangString MSG_RUNNING ${LANG_ENGLISH} "${APP} is still open. Close every ${APP} window, then choose Retry."
LangString DIR_TEXT ${LANG_INDONESIAN} "${APP} dipasang untuk pengguna Windows ini saja; folder bawaan tidak memerlukan hak administrator. Folder data ($LOCALAPPDATA\${APP}) tidak dapat dipilih sebagai folder program."
LangString DIR_TEXT ${LANG_ENGLISH} "${APP} is installed for this Windows user only; the default folder needs no administrator rights. The data folder ($LOCALAPPDATA\${APP}) cannot be chosen as the program folder."
LangString UN_DATA_KEPT ${LANG_INDONESIAN} "${APP} sudah dihapus dari komputer ini.$\r$\n$\r$\nData Anda TIDAK dihapus: basis data, cadangan, catatan dan pengaturan tetap ada di$\r$\n$LOCALAPPDATA\${APP}$\r$\n$\r$\nBila dipasang lagi, ${APP} membuka data itu kembali. Hapus folder itu sendiri hanya bila datanya tidak diperlukan lagi dan sudah dicadangkan."
LangString UN_DATA_KEPT ${LANG_ENGLISH} "${APP} has been removed from this computer.$\r$\n$\r$\nYour data was NOT removed: the database, backups, logs and settings stay in$\r$\n$LOCALAPPDATA\${APP}$\r$\n$\r$\nInstalled again, ${APP} opens that data again. Delete the folder yourself only when the data is no longer needed and has been backed up."

; --- install ----------------------------------------------------------------------------
Function CloseRunningApp
  ; Lindungi.exe cannot be deleted while it runs: ask until it is closed, or stop.
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_RUNNING)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
FunctionEnd

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call CloseRunningApp
  RMDir /r "$INSTDIR\_internal"          ; program files of the previous version only
  Delete "$INSTDIR\uninstall.exe"
  Delete "$DESKTOP\${APP}.lnk"           ; recreated below when the option is chosen
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegDWORD HKCU "${APP_KEY}" "DesktopShortcut" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegDWORD HKCU "${APP_KEY}" "DesktopShortcut" 1
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ReadRegStr $0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $0 == ""
    Return
  ${EndIf}
  ${VersionCompare} "$0" "${VERSION}" $1          ; 1: the installed version is newer
  ${If} $1 == 1
    MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(MSG_NEWER)" /SD IDNO IDYES keep_going
    Abort
  ${EndIf}
  keep_going:
  ClearErrors
  ReadRegDWORD $2 HKCU "${APP_KEY}" "DesktopShortcut"
  ${IfNot} ${Errors}
  ${AndIf} $2 == 0
    !insertmacro UnselectSection ${SecDesktop}   ; upgrade keeps the earlier choice
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  ${If} "$INSTDIR" == "$LOCALAPPDATA\${APP}"     ; never mix program files into the data folder
    Abort
  ${EndIf}
FunctionEnd

; --- uninstall --------------------------------------------------------------------------
Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_RUNNING)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
  ; Program files only, by name: the data folder (%LOCALAPPDATA%\Lindungi) is never touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"                 ; installer choices only; the app keeps its own settings
  DetailPrint "$(UN_DATA_KEPT)"
SectionEnd
