package encoding_test

import (
	"errors"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// stream is a file of size bytes made as it is read: head, then body
// repeated, or random bytes when body is empty. It counts what was read.
type stream struct {
	head, body []byte
	size, read int64
	rng        *rand.Rand
}

func (s *stream) Read(p []byte) (int, error) {
	if s.read >= s.size {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), s.size-s.read)]
	for i := range p {
		off := s.read + int64(i)
		switch {
		case off < int64(len(s.head)):
			p[i] = s.head[off]
		case len(s.body) == 0:
			p[i] = byte(s.rng.Uint32())
		default:
			p[i] = s.body[(off-int64(len(s.head)))%int64(len(s.body))]
		}
	}
	s.read += int64(len(p))
	return len(p), nil
}

// Size makes the stream's size known to the decoders, as a file's is.
func (s *stream) Size() int64 { return s.size }

// TestHugeFiles gives every decoder a 2 GB file of the wrong kind (a CSV
// file, random bytes) and of the right kind with one endless line or
// value, made as it is read: each is refused with an input error after
// reading a small part of it, allocating a bounded amount of memory.
func TestHugeFiles(t *testing.T) {
	const size = 2 << 30
	csv := []byte("from,to,date,kind\nNAV-BODØ,BOLIG-BODØ,2011-09-14,møte\n")
	starts := map[string]string{
		"graphml": "<graphml><graph>", "gexf": "<gexf><graph>", "nodelink": `{"nodes": [`,
		"pajek": "*Vertices 1\n", "dl": "DL n=1\ndata:\n",
	}
	for _, f := range enctest.Formats {
		for _, tc := range []struct {
			name       string
			head, body string
		}{
			{"csv", "", string(csv)},
			{"random", "", ""},
			{"endless value", starts[f.Name] + `"`, "x"},
			{"endless space", starts[f.Name], " "},
		} {
			t.Run(f.Name+"/"+tc.name, func(t *testing.T) {
				if testing.Short() && strings.HasPrefix(tc.name, "endless") {
					t.Skip("-short: reads 16 MiB")
				}
				s := &stream{head: []byte(tc.head), body: []byte(tc.body), size: size, rng: rand.New(rand.NewPCG(1, 2))}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				_, err := f.Decode(s, "huge"+f.Ext)
				runtime.ReadMemStats(&after)
				var ie *graph.InputError
				if !errors.As(err, &ie) {
					t.Fatalf("err %v, want an input error", err)
				}
				if s.read > 64<<20 {
					t.Errorf("read %d MiB before refusing", s.read>>20)
				}
				alloc := after.TotalAlloc - before.TotalAlloc
				if alloc > 256<<20 {
					t.Errorf("allocated %d MiB", alloc>>20)
				}
				t.Logf("%v (read %d KiB, allocated %d MiB)", err, s.read>>10, alloc>>20)
			})
		}
	}
}

// TestLimitMessages checks the messages of the limits in both languages.
func TestLimitMessages(t *testing.T) {
	f := enctest.Lookup("pajek")
	_, err := f.Decode(&stream{head: []byte("*Vertices 1\n"), body: []byte("x"), size: 40 << 20}, "lang.net")
	var ie *graph.InputError
	if !errors.As(err, &ie) || !errors.Is(err, encoding.ErrTooLong) {
		t.Fatalf("err %v, want ErrTooLong", err)
	}
	if got, want := ie.Error(), "lang.net:2:1: a line, element or value is longer than 16 MiB; want a network file of this format; is it the right file and format?"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := ie.In(graph.NB); !strings.Contains(got, "lengre enn 16 MiB") {
		t.Errorf("bokmål: %s", got)
	}
}
