//go:build !linux && !darwin && !windows

package main

import "os"

// isTTY reports whether f is a character device, as a terminal is.
func isTTY(f *os.File) bool { return isTerminal(f) }
