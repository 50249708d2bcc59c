; Infocentre Kiosk: NSIS additions (electron-builder `nsis.include`).
; A page after the folder choice asks whether the kiosk starts when Windows starts. The answer is
; a value under HKLM\...\Run (per-machine: every account that logs on starts it, which is what a
; kiosk PC with one auto-logon account needs). Silent installs: /S /STARTONLOGIN=1 (or =0);
; without the option a silent install (e.g. an update) leaves the current choice as it is.
; Uninstalling removes the value, except for the uninstall electron-builder runs during an update.

!include nsDialogs.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define KIOSK_RUN_VALUE "InfocentreKiosk"

!ifndef BUILD_UNINSTALLER
  Var StartOnLoginBox
  ; "" = not asked (silent), else ${BST_CHECKED} / ${BST_UNCHECKED}
  Var StartOnLogin

  !macro customPageAfterChangeDir
    Page custom StartOnLoginPageCreate StartOnLoginPageLeave
  !macroend

  Function StartOnLoginPageCreate
    nsDialogs::Create 1018
    Pop $0
    ${If} $0 == error
      Abort
    ${EndIf}
    ${NSD_CreateLabel} 0 0 100% 40u "เริ่มตู้บริการข้อมูลข่าวสารเองเมื่อเปิดเครื่อง$\r$\nStart Infocentre Kiosk automatically when Windows starts (recommended for a kiosk PC)."
    Pop $0
    ${NSD_CreateCheckbox} 0 48u 100% 14u "เริ่มเองเมื่อเปิดเครื่อง / Start when Windows starts (all users)"
    Pop $StartOnLoginBox
    ReadRegStr $1 HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
    ${If} $1 != ""
    ${OrIf} $StartOnLogin == ""
      ${NSD_Check} $StartOnLoginBox
    ${EndIf}
    nsDialogs::Show
  FunctionEnd

  Function StartOnLoginPageLeave
    ${NSD_GetState} $StartOnLoginBox $StartOnLogin
  FunctionEnd

  !macro customInstall
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/STARTONLOGIN=" $R1
    ${IfNot} ${Errors}
      ${If} $R1 == "1"
        StrCpy $StartOnLogin ${BST_CHECKED}
      ${Else}
        StrCpy $StartOnLogin ${BST_UNCHECKED}
      ${EndIf}
    ${EndIf}
    ${If} $StartOnLogin == ${BST_CHECKED}
      SetRegView 64
      WriteRegStr HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
      SetRegView lastused
    ${ElseIf} $StartOnLogin == ${BST_UNCHECKED}
      SetRegView 64
      DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
      SetRegView lastused
    ${EndIf}
  !macroend
!endif

!macro customUnInstall
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "--updated" $R1
  ${If} ${Errors}
    SetRegView 64
    DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
    SetRegView lastused
  ${EndIf}
!macroend
