package graph

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strings"
)

// PseudonymKey is one line of a pseudonymisation key: the code a unit got
// and its real id and name.
type PseudonymKey struct {
	Code, ID, Name, NewID string
}

// parenthesised matches a name in parentheses, often a person's.
var parenthesised = regexp.MustCompile(`\s*\([^()]*\)`)

// Pseudonymise replaces, in place, the names and ids of the units below
// municipal leadership (level 4 and down, and units of unknown level) by
// role codes built from agency, level and a number ("NAV-veileder 1" in
// bokmål, "NAV adviser 1" in English), numbered in an order drawn from
// seed so that the same dataset and seed give the same codes. Units at
// national, regional and municipal leadership level keep their names:
// those are offices, not persons; any parenthesised part of their names
// is removed all the same. Every name in persons is removed from every
// name left, and extra columns of replaced units are dropped. Records
// refer to units by index and are untouched; parents and expected ties
// are renamed. It returns the key, code by code, for whoever must undo it.
func Pseudonymise(d *Dataset, seed uint64, persons []string, lang Lang) []PseudonymKey {
	groups := make(map[string][]int)
	var roles []string
	for i := range d.Units {
		u := &d.Units[i]
		if u.Level.Known() && u.Level <= LevelLeadership {
			u.Name = scrubName(u.Name, persons)
			continue
		}
		r := roleCode(u, lang)
		if groups[r] == nil {
			roles = append(roles, r)
		}
		groups[r] = append(groups[r], i)
	}
	sort.Strings(roles)
	rename := make(map[string]string)
	var key []PseudonymKey
	for _, r := range roles {
		idx := groups[r]
		sort.Slice(idx, func(a, b int) bool {
			ha, hb := seededHash(seed, d.Units[idx[a]].Key), seededHash(seed, d.Units[idx[b]].Key)
			if ha != hb {
				return ha < hb
			}
			return d.Units[idx[a]].Key < d.Units[idx[b]].Key
		})
		for n, i := range idx {
			u := &d.Units[i]
			code := fmt.Sprintf("%s %d", r, n+1)
			id := unitID(u, n+1)
			key = append(key, PseudonymKey{Code: code, ID: u.Key, Name: u.Name, NewID: id})
			rename[u.Key] = id
			u.Name, u.Key, u.Attrs = code, id, nil
		}
	}
	d.renameKeys(rename)
	return key
}

// renameKeys replaces unit keys in parents, expected ties and the index.
func (d *Dataset) renameKeys(rename map[string]string) {
	for i := range d.Units {
		if n, ok := rename[d.Units[i].Parent]; ok {
			d.Units[i].Parent = n
		}
	}
	for i := range d.Expected {
		for _, e := range []*Endpoint{&d.Expected[i].A, &d.Expected[i].B} {
			if n, ok := rename[e.Unit]; e.Kind == EndUnit && ok {
				e.Unit = n
			}
		}
	}
	d.index = make(map[string]int32, len(d.Units))
	for i := range d.Units {
		d.index[d.Units[i].Key] = int32(i)
	}
}

// roleCode is the role part of a code: agency and level.
func roleCode(u *Unit, lang Lang) string {
	ag := AgencyName(u.Agency, u.AgencyLabel).In(lang)
	ag = strings.TrimSpace(parenthesised.ReplaceAllString(ag, ""))
	var role Text
	switch {
	case u.Level == LevelUnit:
		role = T("enhet", "unit")
	case u.Level == LevelFrontline && strings.HasPrefix(strings.ToLower(ag), "nav"):
		role = T("veileder", "adviser")
	case u.Level == LevelFrontline:
		role = T("rådgiver", "adviser")
	case u.Level == LevelUser:
		role = T("bruker", "user")
	default:
		role = T("enhet", "unit")
	}
	if lang == NB {
		return ag + "-" + role.NB
	}
	return ag + " " + role.EN
}

// unitID is the new id of a replaced unit: agency key, level and number,
// the same in either language (nav-5-1).
func unitID(u *Unit, n int) string {
	ag := strings.Join(strings.Fields(u.Agency), "-")
	if ag == "" {
		ag = "unit"
	}
	return fmt.Sprintf("%s-%d-%d", ag, int(u.Level), n)
}

// scrubName removes parenthesised parts and the listed persons from name.
func scrubName(name string, persons []string) string {
	name = parenthesised.ReplaceAllString(name, "")
	for _, p := range persons {
		if p = strings.TrimSpace(p); p != "" {
			name = strings.ReplaceAll(name, p, "…")
		}
	}
	return strings.TrimSpace(name)
}

func seededHash(seed uint64, s string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s", seed, s)
	return h.Sum64()
}
