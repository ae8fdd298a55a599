package metrics

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// queueModel is what bucketQueue promises, kept the slow way: the units
// of the lowest bucket come out newest entry into the ring first, and a
// unit too far for the ring enters it, in order of distance and then
// node, once the ring reaches it.
type queueModel struct {
	q     *bucketQueue // for abs and the ring's size only
	base  int64
	clock int
	d     map[int32]float64
	stamp map[int32]int // entry into the ring; absent while overflowing
}

func (m *queueModel) push(v int32, d float64) {
	m.d[v] = d
	delete(m.stamp, v)
	if a := m.q.abs(d); a != saturated && a-m.base <= m.q.mask {
		m.stamp[v] = m.clock
		m.clock++
	}
}

func (m *queueModel) take() []int32 {
	for {
		var far []int32
		for v := range m.d {
			if _, ok := m.stamp[v]; !ok {
				far = append(far, v)
			}
		}
		slices.SortFunc(far, func(a, b int32) int {
			if m.d[a] != m.d[b] {
				if m.d[a] < m.d[b] {
					return -1
				}
				return 1
			}
			return int(a - b)
		})
		for _, v := range far {
			if a := m.q.abs(m.d[v]); a == saturated || a-m.base > m.q.mask {
				break
			}
			m.stamp[v] = m.clock
			m.clock++
		}
		if len(m.d) == 0 {
			return nil
		}
		if len(m.stamp) == 0 {
			if a := m.q.abs(m.d[far[0]]); a != saturated {
				m.base = a
				continue
			}
			delete(m.d, far[0])
			return []int32{far[0]}
		}
		low := int64(saturated)
		for v := range m.stamp {
			low = min(low, m.q.abs(m.d[v]))
		}
		m.base = low
		var batch []int32
		for v := range m.stamp {
			if m.q.abs(m.d[v]) == low {
				batch = append(batch, v)
			}
		}
		slices.SortFunc(batch, func(a, b int32) int { return m.stamp[b] - m.stamp[a] })
		for _, v := range batch {
			delete(m.d, v)
			delete(m.stamp, v)
		}
		return batch
	}
}

// TestBucketQueueOrder drives bucketQueue as a weighted search does,
// pushing and moving units no nearer than the shortest tie beyond the
// bucket being settled, far enough at times to overflow the ring, and
// checks every batch against queueModel.
func TestBucketQueueOrder(t *testing.T) {
	for _, tc := range []struct {
		name   string
		minLen float64
		spread float64 // how far beyond the shortest tie a push may land
	}{
		{"within the ring", 1, 50},
		{"overflowing", 1, 2000},
		{"tiny ties", 1e-3, 1e3},
		{"no buckets", 0, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const nn = 300
			for seed := range uint64(40) {
				rng := rand.New(rand.NewPCG(seed, 7))
				q := newBucketQueue(nn, tc.minLen)
				if seed%2 == 1 {
					q.maxHeld = 64 // let the arrays go between searches
				}
				dist := make([]float64, nn)
				for round := range 3 { // reused between searches
					m := &queueModel{q: q, d: map[int32]float64{}, stamp: map[int32]int{}}
					settled := make([]bool, nn)
					for i := range dist {
						dist[i] = -1
					}
					q.reset()
					first := int32(rng.IntN(nn))
					dist[first] = 0
					q.push(first, 0)
					m.push(first, 0)
					for step := 0; ; step++ {
						ok := q.take(dist)
						want := m.take()
						if !ok {
							if len(want) != 0 {
								t.Fatalf("seed %d round %d step %d: queue empty, model has %v", seed, round, step, want)
							}
							break
						}
						if !slices.Equal(q.batch, want) {
							t.Fatalf("seed %d round %d step %d: batch %v, want %v", seed, round, step, q.batch, want)
						}
						floor := dist[q.batch[0]] + tc.minLen
						for _, v := range q.batch {
							settled[v] = true
						}
						for range rng.IntN(8) {
							v := int32(rng.IntN(nn))
							d := floor + rng.Float64()*tc.spread
							if tc.minLen == 0 {
								d = floor + float64(rng.IntN(3)) // equal distances
							}
							if settled[v] || dist[v] >= 0 && d >= dist[v] {
								continue
							}
							if dist[v] >= 0 {
								q.move(v, d)
							} else {
								q.push(v, d)
							}
							dist[v] = d
							m.push(v, d)
						}
					}
				}
			}
		})
	}
}
