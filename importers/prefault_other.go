//go:build !linux

package importers

// prefault does nothing outside Linux.
func prefault[T any](s []T) {}
