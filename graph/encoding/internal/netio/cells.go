package netio

// Cell is one non-zero cell of an adjacency matrix, as DL files and
// Pajek's *Matrix give a network: From → To with a value.
type Cell struct {
	From, To int32
	Weight   float64
	Off      int
}

// Cells adds the contacts of a matrix given cell by cell. A cell given
// twice keeps its last value, as in a matrix; cells of value 0 are absent.
// When the matrix is symmetric (each cell i → j has a cell j → i of the
// same value) it is read as an undirected network, one contact per pair;
// otherwise each cell is a contact. Diagonal cells are left out.
func (b *Builder) Cells(cells []Cell) {
	type pair struct{ a, b int32 }
	at := make(map[pair]int, len(cells))
	var kept []Cell
	for _, c := range cells {
		p := pair{c.From, c.To}
		if i, ok := at[p]; ok {
			kept[i].Weight = c.Weight
			continue
		}
		at[p] = len(kept)
		kept = append(kept, c)
	}
	symmetric := true
	for _, c := range kept {
		if c.Weight == 0 || c.From == c.To {
			continue
		}
		i, ok := at[pair{c.To, c.From}]
		if !ok || kept[i].Weight != c.Weight {
			symmetric = false
			break
		}
	}
	for _, c := range kept {
		if c.Weight == 0 || (symmetric && c.From > c.To) {
			continue
		}
		b.Contact(c.From, c.To, c.Weight, c.Off)
	}
}
