package importers

import (
	"strings"
	"unicode/utf8"
)

// maxSuggest bounds how many distinct unknown names of one kind get a
// suggestion, since each one compares against every known name.
const maxSuggest = 100

// maxSuggestLen is the longest name compared by edit distance: the cost
// grows with the square of the length.
const maxSuggestLen = 40

// suggester finds the known name nearest to an unknown one: a match
// ignoring case first, then the smallest Levenshtein distance (on lower
// case) of at most a third of the name's length, ties going to the name
// that comes first.
type suggester struct {
	names []string
	limit int // the largest distance accepted, when not 0
	lower map[string]string
	low   [][]rune
	cache map[string]string
	rows  [2][]int // levenshtein's rows, reused
}

func newSuggester(names []string) *suggester {
	return &suggester{names: names}
}

// suggest returns the nearest name to s, or "" when none is close.
func (g *suggester) suggest(s string) string {
	if g == nil || len(g.names) == 0 {
		return ""
	}
	if r, ok := g.cache[s]; ok {
		return r
	}
	if g.cache == nil {
		g.cache = make(map[string]string)
		g.lower = make(map[string]string, len(g.names))
		g.low = make([][]rune, len(g.names))
		for i, n := range g.names {
			l := strings.ToLower(n)
			if _, dup := g.lower[l]; !dup {
				g.lower[l] = n
			}
			g.low[i] = []rune(l)
		}
	}
	if len(g.cache) >= maxSuggest {
		return ""
	}
	ls := strings.ToLower(s)
	r, ok := g.lower[ls]
	if !ok && runeLen(ls) <= maxSuggestLen {
		rs := []rune(ls)
		best := len(rs) / 3
		if best < 1 {
			best = 1
		}
		if g.limit > 0 {
			best = min(best, g.limit)
		}
		best++ // accept distances below this
		for i, c := range g.low {
			if len(c) > maxSuggestLen {
				continue
			}
			if d := levenshtein(rs, c, best, &g.rows); d < best {
				best, r = d, g.names[i]
			}
		}
	}
	g.cache[s] = r
	return r
}

// levenshtein returns the edit distance between a and b, or bound when it
// is at least bound.
func levenshtein(a, b []rune, bound int, rows *[2][]int) int {
	if d := len(a) - len(b); d >= bound || -d >= bound {
		return bound
	}
	for i := range rows {
		if cap(rows[i]) < len(b)+1 {
			rows[i] = make([]int, len(b)+1)
		}
	}
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= bound {
			return bound
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], bound)
}

// runeLen is the number of characters in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// Suggest returns the name of names nearest to s by the rules of the
// unknown-id suggestions (a match ignoring case, else a small edit
// distance), or "" when none is close.
func Suggest(s string, names []string) string { return newSuggester(names).suggest(s) }

// typoDistance is the largest edit distance at which an unknown word is
// taken for a misspelt word of the vocabulary ("telfon", "teelfon" for
// "telefon"), so that compounds such as "samarbeidsmøte" are not.
const typoDistance = 2

// misspelt returns the word of words that s is probably a misspelling of,
// or "": the nearest by the rules of Suggest, at most typoDistance away.
func misspelt(s string, words []string) string {
	g := newSuggester(words)
	g.limit = typoDistance
	return g.suggest(s)
}
