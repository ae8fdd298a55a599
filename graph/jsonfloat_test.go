package graph_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/samkart/samkart/graph"
)

func ExampleJSONFloat() {
	// The density of a single unit is undefined (NaN): null in JSON.
	out := struct {
		Units   int             `json:"units"`
		Density graph.JSONFloat `json:"density"`
		Weight  graph.JSONFloat `json:"weight"`
	}{1, graph.JSONFloat(math.NaN()), 2.5}
	b, _ := json.Marshal(out)
	fmt.Println(string(b))

	var back struct{ Density graph.JSONFloat }
	_ = json.Unmarshal([]byte(`{"Density": null}`), &back)
	fmt.Println(math.IsNaN(float64(back.Density)))
	// Output:
	// {"units":1,"density":null,"weight":2.5}
	// true
}

func TestJSONFloat(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{math.Copysign(0, -1), "-0"},
		{1, "1"},
		{-2.5, "-2.5"},
		{0.1, "0.1"},
		{1.0 / 3, "0.3333333333333333"},
		{0.9999999999999999, "0.9999999999999999"},
		{123456789, "123456789"},
		{1e-6, "0.000001"},
		{9.99e-7, "9.99e-7"},
		{1e-7, "1e-7"},
		{-1.5e-10, "-1.5e-10"},
		{1e-100, "1e-100"},
		{5e-324, "5e-324"},
		{1e20, "100000000000000000000"},
		{1e21, "1e+21"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
		{math.NaN(), "null"},
		{math.Inf(1), "null"},
		{math.Inf(-1), "null"},
	} {
		got, err := json.Marshal(graph.JSONFloat(tc.in))
		if err != nil || string(got) != tc.want {
			t.Errorf("%v: got %s (%v), want %s", tc.in, got, err, tc.want)
		}
		if b := graph.JSONFloat(tc.in).AppendJSON([]byte("x")); string(b) != "x"+tc.want {
			t.Errorf("%v: AppendJSON gives %s", tc.in, b)
		}
		var back graph.JSONFloat
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%s: %v", got, err)
		}
		want := tc.in
		if math.IsInf(want, 0) {
			want = math.NaN() // null reads back as NaN
		}
		if float64(back) != want && !(math.IsNaN(want) && math.IsNaN(float64(back))) {
			t.Errorf("%s reads back as %v, want %v", got, back, want)
		}
	}
}

// TestJSONFloatLikeEncodingJSON checks finite values of every magnitude
// against encoding/json's own float64.
func TestJSONFloatLikeEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		x := math.Float64frombits(r.Uint64())
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		if r.IntN(2) == 0 {
			x = r.Float64() * math.Pow(10, float64(r.IntN(40)-20))
		}
		want, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := json.Marshal(graph.JSONFloat(x)); string(got) != string(want) {
			t.Fatalf("%v: got %s, want %s", x, got, want)
		}
	}
}

func TestJSONFloatRefuses(t *testing.T) {
	var f graph.JSONFloat
	for _, in := range []string{`"1"`, `true`, `{}`} {
		if err := json.Unmarshal([]byte(in), &f); err == nil {
			t.Errorf("%s: no error", in)
		}
	}
}
