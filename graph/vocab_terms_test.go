package graph

import "testing"

// TestTerms checks that every word the term lists give is read back as
// its term, so that a list printed for users says what samkart accepts.
func TestTerms(t *testing.T) {
	levels := LevelTerms()
	if len(levels) != 6 {
		t.Fatalf("%d named levels, want 6", len(levels))
	}
	for i, term := range levels {
		for _, w := range term.Words {
			if l, err := ParseLevelString(w); err != nil || int(l) != i+1 || l.String() != term.Key {
				t.Errorf("level word %q: %v, %v; want level %d (%s)", w, l, err, i+1, term.Key)
			}
		}
	}
	for _, term := range AgencyTerms() {
		for _, w := range append(term.Words, term.Prefixes...) {
			if w[len(w)-1] == ' ' || w[len(w)-1] == '-' {
				w += "Bodø"
			}
			if k, ok := ParseAgency([]byte(w)); !ok || k != term.Key {
				t.Errorf("agency word %q: %q, %v; want %s", w, k, ok, term.Key)
			}
		}
	}
	for _, term := range KindTerms() {
		for _, w := range term.Words {
			if k, ok := ParseKind([]byte(w)); !ok || k != term.Key {
				t.Errorf("kind word %q: %q, %v; want %s", w, k, ok, term.Key)
			}
		}
		if FormalByDefault(term.Key) != term.Formal {
			t.Errorf("kind %s: Formal %v", term.Key, term.Formal)
		}
	}
	yes, no := YesNoWords()
	for _, w := range yes {
		if v, err := ParseYesNoString(w); err != nil || v != Yes {
			t.Errorf("yes word %q: %v, %v", w, v, err)
		}
	}
	for _, w := range no {
		if v, err := ParseYesNoString(w); err != nil || v != No {
			t.Errorf("no word %q: %v, %v", w, v, err)
		}
	}
}
