package netio

// Cell is one non-zero cell of an adjacency matrix, as DL files and
// Pajek's *Matrix give a network: From → To with a value, in the matrix
// of the relation Kind ("" for a file of one relation).
type Cell struct {
	From, To int32
	Weight   float64
	Kind     string
	At       Pos
}

// Cells adds the contacts of matrices given cell by cell, one matrix per
// kind. A cell given twice keeps its last value, as in a matrix; cells of
// value 0 are absent. When a matrix is symmetric (each cell i → j has a
// cell j → i of the same value) it is read as an undirected network, one
// contact per pair; otherwise each cell is a contact. Diagonal cells are
// loops, left out with a warning.
func (b *Builder) Cells(cells []Cell) error {
	type pair struct {
		a, b int32
		kind string
	}
	at := make(map[pair]int, len(cells))
	var kept []Cell
	for _, c := range cells {
		p := pair{c.From, c.To, c.Kind}
		if i, ok := at[p]; ok {
			kept[i].Weight = c.Weight
			continue
		}
		at[p] = len(kept)
		kept = append(kept, c)
	}
	asymmetric := make(map[string]bool)
	for _, c := range kept {
		if c.Weight == 0 || c.From == c.To {
			continue
		}
		i, ok := at[pair{c.To, c.From, c.Kind}]
		if !ok || kept[i].Weight != c.Weight {
			asymmetric[c.Kind] = true
		}
	}
	for _, c := range kept {
		if c.Weight == 0 || (!asymmetric[c.Kind] && c.From > c.To) {
			continue
		}
		if err := b.Contact(c.From, c.To, c.Weight, c.Kind, c.At); err != nil {
			return err
		}
	}
	return nil
}
