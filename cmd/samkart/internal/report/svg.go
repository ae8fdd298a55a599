package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Inline SVG is the one place where markup from elsewhere (Graphviz's
// output, which carries the data's unit names) enters the page. Rather than
// trusting it, the report parses it and writes back only an allowlist of
// drawing elements and attributes, escaping all text itself: no script,
// no event handler, no link, no reference to anything outside the
// document, whatever the names in the data.

// svgElements are the SVG elements a diagram may use; others are dropped
// with everything inside them. <a> is not among them: its children are
// kept, the link is not.
var svgElements = map[string]bool{
	"svg": true, "g": true, "title": true, "desc": true, "defs": true,
	"path": true, "polygon": true, "polyline": true, "line": true,
	"ellipse": true, "circle": true, "rect": true, "text": true, "tspan": true,
	"linearGradient": true, "radialGradient": true, "stop": true,
}

// svgAttrs are the attributes kept, on any allowed element.
var svgAttrs = map[string]bool{
	"id": true, "class": true, "transform": true, "viewBox": true, "width": true, "height": true,
	"preserveAspectRatio": true,
	"x":                   true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true, "dx": true, "dy": true,
	"cx": true, "cy": true, "r": true, "rx": true, "ry": true, "fx": true, "fy": true,
	"d": true, "points": true, "offset": true, "gradientUnits": true, "gradientTransform": true,
	"fill": true, "fill-opacity": true, "fill-rule": true, "stroke": true, "stroke-width": true,
	"stroke-dasharray": true, "stroke-opacity": true, "stroke-linecap": true, "stroke-linejoin": true,
	"opacity": true, "stop-color": true, "stop-opacity": true, "style": true,
	"font-family": true, "font-size": true, "font-weight": true, "font-style": true,
	"text-anchor": true, "dominant-baseline": true, "text-decoration": true,
}

// svgStyle matches a safe style attribute: property: value pairs whose
// values hold no quote, backslash, url( or other function call.
var svgStyle = regexp.MustCompile(`^(\s*[a-z-]+\s*:\s*[#a-zA-Z0-9.,% -]+\s*;?)*\s*$`)

// svgLocalURL matches a reference to an element of the same SVG.
var svgLocalURL = regexp.MustCompile(`url\(#([A-Za-z0-9_.:-]+)\)`)

// svgNode is an element of a parsed SVG; text nodes have name "".
type svgNode struct {
	name     string
	attrs    []xml.Attr
	children []*svgNode
	text     string
}

func (n *svgNode) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func (n *svgNode) textContent() string {
	var b strings.Builder
	var walk func(*svgNode)
	walk = func(m *svgNode) {
		if m.name == "" {
			b.WriteString(m.text)
		}
		for _, c := range m.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// parseSVG reads an SVG document into a tree, skipping the prolog,
// doctype, comments and processing instructions.
func parseSVG(src []byte) (*svgNode, error) {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	root := &svgNode{name: "#root"}
	stack := []*svgNode{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("report: SVG: %w", err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &svgNode{name: t.Name.Local, attrs: t.Attr}
			if t.Name.Space != "" && t.Name.Space != "http://www.w3.org/2000/svg" {
				n.name = "#foreign"
			}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.children = append(top.children, &svgNode{text: string(t)})
		}
	}
	for _, c := range root.children {
		if c.name == "svg" {
			return c, nil
		}
	}
	return nil, fmt.Errorf("report: no <svg> element")
}

// inlineSVG returns src as a sanitised SVG element for an HTML page: ids
// prefixed with prefix (several diagrams share one page), each node's
// <title> replaced by tooltip(title) when that returns text, <a> wrappers
// dropped, and only allowlisted elements and attributes kept.
func inlineSVG(src []byte, prefix string, tooltip func(key string) string) ([]byte, error) {
	root, err := parseSVG(src)
	if err != nil {
		return nil, err
	}
	tooltips(root, tooltip)
	var b bytes.Buffer
	writeSVG(&b, root, prefix, true)
	return b.Bytes(), nil
}

// tooltips sets the <title> of each Graphviz node group (class "node") to
// the unit's tooltip or, without one, to the tooltip Graphviz put on the
// node's link (the DOT tooltip attribute), and likewise for edges. Titles
// that would show only Graphviz's internal names (the graph's, the
// clusters', nodes and edges without a tooltip) are removed.
func tooltips(n *svgNode, tooltip func(string) string) {
	if n.name == "g" {
		class := " " + n.attr("class") + " "
		isNode := strings.Contains(class, " node ")
		if isNode || strings.Contains(class, " edge ") || strings.Contains(class, " graph ") || strings.Contains(class, " cluster ") {
			text := ""
			for _, c := range n.children {
				if c.name == "title" {
					if isNode && tooltip != nil {
						text = tooltip(c.textContent())
					}
					break
				}
			}
			if text == "" && !strings.Contains(class, " graph ") && !strings.Contains(class, " cluster ") {
				text = linkTitle(n)
			}
			kept := n.children[:0]
			for _, c := range n.children {
				if c.name == "title" {
					if text == "" {
						continue
					}
					c.children = []*svgNode{{text: text}}
				}
				kept = append(kept, c)
			}
			n.children = kept
		}
	}
	for _, c := range n.children {
		tooltips(c, tooltip)
	}
}

// linkTitle returns the xlink:title of the first link under n.
func linkTitle(n *svgNode) string {
	for _, c := range n.children {
		if c.name == "a" {
			for _, a := range c.attrs {
				if a.Name.Local == "title" {
					return a.Value
				}
			}
		}
		if t := linkTitle(c); t != "" {
			return t
		}
	}
	return ""
}

func writeSVG(b *bytes.Buffer, n *svgNode, prefix string, root bool) {
	if n.name == "" {
		xml.EscapeText(b, []byte(n.text))
		return
	}
	if n.name == "a" {
		for _, c := range n.children {
			writeSVG(b, c, prefix, false)
		}
		return
	}
	if !svgElements[n.name] {
		return
	}
	b.WriteString("<" + n.name)
	if root {
		b.WriteString(` xmlns="http://www.w3.org/2000/svg" role="img"`)
	}
	for _, a := range n.attrs {
		if a.Name.Space != "" || !svgAttrs[a.Name.Local] {
			continue
		}
		v, ok := cleanAttr(a.Name.Local, a.Value, prefix)
		if !ok {
			continue
		}
		b.WriteString(" " + a.Name.Local + `="`)
		xml.EscapeText(b, []byte(v))
		b.WriteString(`"`)
	}
	b.WriteString(">")
	for _, c := range n.children {
		writeSVG(b, c, prefix, false)
	}
	b.WriteString("</" + n.name + ">")
}

// cleanAttr returns the value to write for an attribute, with ids and
// local references prefixed, or false to drop it: any url() that does not
// point into the SVG itself, and any style that is not plain properties.
func cleanAttr(name, v, prefix string) (string, bool) {
	switch name {
	case "id":
		return prefix + v, true
	case "style":
		if !svgStyle.MatchString(v) {
			return "", false
		}
		return v, true
	}
	if strings.Contains(strings.ToLower(v), "url(") {
		rest := svgLocalURL.ReplaceAllString(v, "")
		if strings.Contains(strings.ToLower(rest), "url(") {
			return "", false
		}
		v = svgLocalURL.ReplaceAllString(v, "url(#"+prefix+"$1)")
	}
	if strings.Contains(strings.ToLower(v), "javascript:") {
		return "", false
	}
	return v, true
}
