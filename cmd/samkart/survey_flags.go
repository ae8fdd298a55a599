package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// addSurveyFlags declares the flags of a survey: its file, how the two
// sides' answers make a tie, and the contacts per year of the frequency
// words.
func addSurveyFlags(fs *pflag.FlagSet, f *inputFlags) {
	fs.StringVar(&f.files.Survey, "survey", "", "read survey answers from `FILE` (long form or a wide roster)")
	textVar(fs, &f.combine, "survey-combine", "", graph.CombineMean,
		"how the answers of a pair's two sides make its tie: "+oneOf(graph.Combines()))
	var words []string
	for _, w := range graph.FrequencyWords() {
		words = append(words, fmt.Sprintf("%s %g", w.Label.NB, w.PerYear))
	}
	fs.Var(&f.freq, "frequency-weights", "contacts per year of survey frequency words, `W=N`,… such as daglig=200,ukentlig=40 (default "+
		strings.Join(words, ", ")+"); another word is added as the survey tool's own")
}

// source returns the Source of the DATASET arguments (one folder, or
// several read as one dataset) or, without them, of the file flags.
func (f *inputFlags) source(args []string) importers.Source {
	s := importers.Source{Files: f.files}
	switch {
	case len(args) == 1:
		s = importers.Source{Dir: args[0]}
	case len(args) > 1:
		s = importers.Source{Dirs: args}
	}
	s.Frequencies = f.freq.scale
	return s
}

// frequencyWeights is the value of --frequency-weights.
type frequencyWeights struct {
	scale *graph.FrequencyScale
	raw   string
}

func (v *frequencyWeights) String() string { return v.raw }
func (v *frequencyWeights) Type() string   { return "string" }
func (v *frequencyWeights) Set(s string) error {
	scale, err := graph.ParseFrequencyScale(s)
	if err != nil {
		return err
	}
	v.scale, v.raw = scale, s
	return nil
}
