// Package graphtest is test support for samkart's packages, as
// net/http/httptest is for net/http: golden files behind one -update
// flag for the whole module.
//
// A golden test compares what the code produced with a file in the
// package's testdata folder:
//
//	graphtest.Golden(t, filepath.Join("testdata", "small.graphml"), b.Bytes())
//
// On a mismatch the test fails with the first differing line and writes
// what it got beside the golden file as FILE.got (.gitignore ignores
// *.got). `go test ./... -update` rewrites every golden file that differs,
// and only those, logging each; a missing golden file reads as empty, so
// -update creates it. [GoldenFunc] takes a comparison of its own, for
// files that match within a tolerance, such as PNG images ([PNGWithin]).
//
// Importing graphtest defines -update on the test binary's command line,
// so a package's tests define no flag of their own, and a package without
// golden files imports it blank (import _), for the flag alone, so that
// `go test ./... -update` runs there too. graphtest imports only the
// standard library: package graph's own tests use it, and importing
// graph would make a cycle.
package graphtest
