//go:build windows

package main

import (
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/samkart/samkart/graph"
)

// kernel32's functions that golang.org/x/sys/windows does not wrap,
// loaded from the system folder only when called.
var (
	kernel32                     = windows.NewLazySystemDLL("kernel32.dll")
	procGetUserDefaultLocaleName = kernel32.NewProc("GetUserDefaultLocaleName")
	procGetConsoleProcessList    = kernel32.NewProc("GetConsoleProcessList")
)

// systemLang returns the language of the user's Windows locale (the
// regional setting, such as nb-NO), or "" when it is neither language.
func systemLang() graph.Lang {
	var buf [85]uint16 // LOCALE_NAME_MAX_LENGTH
	n, _, _ := procGetUserDefaultLocaleName.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return langOfLocale(windows.UTF16ToString(buf[:]))
}

// startedAlone reports whether samkart has a console window of its own,
// as when Explorer starts it for a folder dropped on samkart.exe or a
// double click: the window closes when samkart exits. From a Command
// Prompt or PowerShell the console is shared with the shell.
func startedAlone() bool {
	var pids [2]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}
