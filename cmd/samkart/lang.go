package main

import (
	"strings"

	"github.com/samkart/samkart/graph"
)

// langFlag is --lang: a language's code (nb, en) or any name or locale
// string graph.ParseLang knows (no, norsk, nb-NO, no_NO.UTF-8, english),
// written back as the code.
type langFlag graph.Lang

func (l langFlag) MarshalText() ([]byte, error) { return []byte(l), nil }

func (l *langFlag) UnmarshalText(b []byte) error {
	p, ok := graph.ParseLang(string(b))
	if !ok || strings.TrimSpace(string(b)) == "" {
		list := strings.Join(names(graph.Langs()), ", ")
		return usagef("må være en av %s (eller no, nb-NO, en-GB, …)", "want one of %s (or no, nb-NO, en-GB, …)", list)
	}
	*l = langFlag(p)
	return nil
}

// langOfLocale returns the language of a locale name as Windows writes
// it (nb-NO, nn-NO, en-US, se-NO) or as the environment does
// (nb_NO.UTF-8): bokmål for the Norwegian languages and for the Sami
// languages of Norway, whose users read bokmål; English for English; ""
// for any other language, which the caller takes as English.
func langOfLocale(name string) graph.Lang {
	name = strings.TrimSpace(name)
	if l, ok := graph.ParseLang(name); ok {
		return l
	}
	lang, region, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(name, "_", "-")), "-")
	region, _, _ = strings.Cut(region, ".")
	switch {
	case strings.HasPrefix(region, "no") && (lang == "se" || lang == "smj" || lang == "sma"):
		return graph.NB
	}
	return ""
}

// localeLang returns the language of the locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set, else the system's language sys (the
// Windows locale), else English.
func localeLang(getenv func(string) string, sys graph.Lang) graph.Lang {
	if getenv != nil {
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if s := getenv(v); s != "" {
				if l := langOfLocale(s); l != "" {
					return l
				}
				return graph.EN
			}
		}
	}
	if sys != "" {
		return sys
	}
	return graph.EN
}
