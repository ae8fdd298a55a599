package views

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// wrap breaks s into lines of at most width characters at spaces (a word
// longer than width gets a line of its own) and keeps at most maxLines,
// ending the last kept line with an ellipsis when text was cut.
func wrap(s string, width, maxLines int) string {
	words := strings.Fields(draw.Clean(s))
	var lines []string
	var cur []rune
	for _, w := range words {
		rw := []rune(w)
		if len(cur) > 0 && len(cur)+1+len(rw) > width {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, rw...)
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		last := []rune(lines[maxLines-1])
		if len(last) > width-1 {
			last = last[:width-1]
		}
		lines[maxLines-1] = strings.TrimRight(string(last), " ,;:-") + "…"
	}
	return strings.Join(lines, "\n")
}

// wrapHyphen is wrap with words longer than width broken, with a
// hyphen, where a Norwegian syllable may start (see hyphenate): on a page
// or a slide "Flyktningkonsulent" would otherwise widen its node to its
// full length.
func wrapHyphen(s string, width, maxLines int) string {
	var words []string
	for _, w := range strings.Fields(draw.Clean(s)) {
		words = append(words, hyphenate(w, width)...)
	}
	return wrap(strings.Join(words, " "), width, maxLines)
}

// onsets are the pairs of consonants a Norwegian syllable may begin
// with, which a hyphen does not split.
var onsets = map[string]bool{
	"bl": true, "br": true, "dr": true, "fj": true, "fl": true, "fr": true, "gj": true, "gl": true, "gr": true,
	"hj": true, "kj": true, "kl": true, "kn": true, "kr": true, "kv": true, "pl": true, "pr": true, "sj": true,
	"sk": true, "sl": true, "sm": true, "sn": true, "sp": true, "st": true, "sv": true, "tj": true, "tr": true,
	"tv": true, "ch": true, "th": true, "ph": true,
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyæøåAEIOUYÆØÅéè", r) }

// hyphenate breaks a word longer than width into parts of at most width
// characters, each but the last ending in a hyphen: before a consonant
// (or a pair of consonants that may begin a syllable) followed by a
// vowel, as late as fits; else where it must.
func hyphenate(w string, width int) []string {
	r := []rune(w)
	if len(r) <= width || width < 6 {
		return []string{w}
	}
	// As late as fits; for a word that makes two parts, as near the middle
	// as a syllable allows ("Flyktning-konsulent").
	cut, best := width-1, -1
	for p := width - 1; p >= 3; p-- {
		if !syllableStart(r, p) {
			continue
		}
		if len(r) >= 2*width-1 {
			cut = p
			break
		}
		if d := abs(2*p - len(r)); best < 0 || d <= best {
			cut, best = p, d
		}
	}
	if r[cut-1] == '-' {
		return append([]string{string(r[:cut])}, hyphenate(string(r[cut:]), width)...)
	}
	return append([]string{string(r[:cut]) + "-"}, hyphenate(string(r[cut:]), width)...)
}

// syllableStart reports whether a hyphen may go before r[p]: a consonant
// (or a pair that may begin a syllable) followed by a vowel, after at
// least one vowel, leaving three letters or more, and not inside such a
// pair.
func syllableStart(r []rune, p int) bool {
	if p+1 >= len(r) || len(r)-p < 3 || isVowel(r[p]) || r[p-1] == '-' {
		return false
	}
	if !isVowel(r[p-1]) && onsets[strings.ToLower(string(r[p-1:p+1]))] {
		return false
	}
	if strings.IndexFunc(string(r[:p]), isVowel) < 0 {
		return false
	}
	return isVowel(r[p+1]) || p+2 < len(r) && onsets[strings.ToLower(string(r[p:p+2]))] && isVowel(r[p+2])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// truncate shortens s to at most n characters, with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// num formats x for people: integers without decimals, others with up to
// digits decimals and the decimal comma in bokmål.
func num(x float64, digits int, l graph.Lang) string {
	if math.IsNaN(x) {
		return "–"
	}
	var s string
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		s = strconv.FormatFloat(x, 'f', 0, 64)
	} else {
		s = strconv.FormatFloat(x, 'f', digits, 64)
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	if s == "-0" {
		s = "0"
	}
	if l == graph.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// count formats "n units" / "n enheter" and the like: one and many, the
// digits grouped as the language groups them ("26 844", "26,844").
func count(n int, one, many graph.Text, l graph.Lang) string {
	w := many.In(l)
	if n == 1 {
		w = one.In(l)
	}
	return text.Integer(n, l) + " " + w
}

// Words used in several views.
var (
	wUnit      = graph.T("enhet", "unit")
	wUnits     = graph.T("enheter", "units")
	wTie       = graph.T("bånd", "tie")
	wTies      = graph.T("bånd", "ties")
	wContact   = graph.T("kontakt", "contact")
	wContacts  = graph.T("kontakter", "contacts")
	wMeeting   = graph.T("møte", "meeting")
	wMeetings  = graph.T("møter", "meetings")
	wAllDates  = graph.T("alle datoer", "all dates")
	wNoDates   = graph.T("uten datoer", "undated")
	wAgency    = graph.T("etat", "agency")
	wLevel     = graph.T("nivå", "level")
	wMunic     = graph.T("kommune", "municipality")
	wWeight    = graph.T("vekt", "weight")
	wInformal  = graph.T("uformell", "informal")
	wLegend    = graph.T("Forklaring", "Legend")
	wOutside   = graph.T("utenfor utvalget", "outside the selection")
	wDegree    = text.TermDegree
	wStrength  = text.TermStrength
	wBetween   = text.TermBetweenness
	wCloseness = text.TermCloseness
)

// levelName is a level's label with its number, since datasets use levels
// for their own ranks (partner and associate in a law firm): "regional (2)".
func levelName(lv graph.Level, l graph.Lang) string {
	if !lv.Known() {
		return lv.Label().In(l)
	}
	name := lv.Label().In(l)
	if lv >= graph.LevelNational && lv <= graph.LevelUser {
		return name + " (" + strconv.Itoa(int(lv)) + ")"
	}
	return name
}

// agencyName returns the display name of an agency key; label is the
// user's own spelling, used for agencies samkart does not know.
func agencyName(key, label string, l graph.Lang) string {
	return graph.AgencyName(key, label).In(l)
}

// shortAgencyName is agencyName without an English explanation in
// parentheses ("NAV (labour and welfare)" → "NAV"), for cramped places.
func shortAgencyName(key, label string, l graph.Lang) string {
	s := agencyName(key, label, l)
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") && key != "" {
		return s[:i]
	}
	return s
}

// windowText describes the date window of a network: the window asked
// for, or the span of the data, with dates as l writes them in prose.
func windowText(n *graph.Network, l graph.Lang) string {
	w := n.Options.Window
	if !w.IsAll() {
		return text.WindowText(w.String(), l)
	}
	if n.Data == nil {
		return wAllDates.In(l)
	}
	first, last := n.Data.Span()
	if !first.Valid() {
		if r := roundsText(n, l); r != "" {
			return r
		}
		return wNoDates.In(l)
	}
	return wAllDates.In(l) + " (" + text.DateSpan(first.String(), last.String(), l) + ")"
}
