package encoding_test

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// streamNetwork returns a network of units units and about 12 ties each,
// of two kinds of contact over two years, so that Pajek and DL write a
// relation per kind (and DL its matrices, at most dl.MaxMatrix units).
func streamNetwork(tb testing.TB, units int) *graph.Network {
	tb.Helper()
	d := graph.NewDataset("stream")
	agencies := []string{"nav", "bolig", "helse", "barnevern"}
	for i := range units {
		d.AddUnit(graph.Unit{Key: fmt.Sprintf("K%04d-%s-%02d", i/40, agencies[i%4], i%40),
			Name: fmt.Sprintf("Enhet %d i Bodø", i), Agency: agencies[i%4], AgencyLabel: agencies[i%4],
			Level: graph.Level(3 + i%3), Municipality: fmt.Sprintf("K%04d", i/40), Region: "Nordland"})
	}
	kinds := []graph.Kind{d.Kind("phone"), d.Kind("meeting")}
	day := graph.DateOf(graph.Date(1).Time().AddDate(110, 0, 0))
	x := uint64(1)
	next := func(n int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(n))
	}
	for i := range 6 * units {
		from := int32(i % units)
		to := int32((int(from) + 1 + next(60)) % units)
		d.Contacts = append(d.Contacts, graph.Contact{From: from, To: to, Weight: float64(1 + next(3)),
			Date: day.AddDays(next(730)), Kind: kinds[next(2)], Formal: next(4) == 0, Line: int32(i + 2)})
	}
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// firstWrite records how much the encoder allocated before it first
// wrote, and how much it wrote in all.
type firstWrite struct {
	start   uint64 // TotalAlloc when the encoder was called
	before  uint64 // bytes allocated until the first Write, once it came
	written int
}

func (w *firstWrite) Write(p []byte) (int, error) {
	if w.written == 0 && len(p) > 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		w.before = ms.TotalAlloc - w.start
	}
	w.written += len(p)
	return len(p), nil
}

// TestEncodeStreams checks that every encoder writes the document as it
// goes rather than building it, or a copy of the network's ties, first:
// what it allocates before its first byte reaches the writer is a small
// part of the document. An encoder that builds the document (or columns
// of every tie's values, or every relation's network) allocates more
// than the document's size before writing.
func TestEncodeStreams(t *testing.T) {
	n := streamNetwork(t, 2000)
	for _, f := range enctest.Formats {
		for _, directed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/directed=%v", f.Name, directed), func(t *testing.T) {
				w := &firstWrite{}
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				w.start = ms.TotalAlloc
				if err := f.Encode(w, n, directed, nil); err != nil {
					t.Fatal(err)
				}
				if w.written < 100<<10 {
					t.Fatalf("the document is %d bytes; the test needs a larger one", w.written)
				}
				if limit := uint64(w.written / 10); w.before > limit {
					t.Errorf("allocated %d bytes before writing the first of %d (at most %d)", w.before, w.written, limit)
				}
			})
		}
	}
}

// BenchmarkEncode encodes a network of 2000 units and 11 000 ties in each
// format, the bytes per second being the document's.
func BenchmarkEncode(b *testing.B) {
	n := streamNetwork(b, 2000)
	for _, f := range enctest.Formats {
		var buf bytes.Buffer
		if err := f.Encode(&buf, n, false, nil); err != nil {
			b.Fatal(err)
		}
		b.Run(f.Name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for range b.N {
				if err := f.Encode(io.Discard, n, false, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
