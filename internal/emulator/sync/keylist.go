package sync

import "encoding/binary"

// keyList is a list of bbolt keys in two allocations, not one per key: a
// million transaction ids are cached, persisted and loaded at once.
type keyList struct {
	data []byte
	ends []uint32 // key i is data[ends[i-1]:ends[i]]
}

func (l *keyList) len() int { return len(l.ends) }

func (l *keyList) at(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.data[start:l.ends[i]:l.ends[i]]
}

// add copies k in (bbolt's slices die with their transaction).
func (l *keyList) add(k []byte) {
	l.data = append(l.data, k...)
	l.ends = append(l.ends, uint32(len(l.data)))
}

// marshal is the list as bytes: the count, each end, then the keys.
func (l *keyList) marshal(dst []byte) []byte {
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(l.ends)))
	for _, e := range l.ends {
		dst = binary.BigEndian.AppendUint32(dst, e)
	}
	return append(dst, l.data...)
}

// unmarshalKeyList reads what marshal wrote, copying it.
func unmarshalKeyList(b []byte) (keyList, bool) {
	if len(b) < 4 {
		return keyList{}, false
	}
	n := int(binary.BigEndian.Uint32(b))
	b = b[4:]
	if len(b) < 4*n {
		return keyList{}, false
	}
	l := keyList{ends: make([]uint32, n)}
	prev := uint32(0)
	for i := range n {
		l.ends[i] = binary.BigEndian.Uint32(b[4*i:])
		if l.ends[i] < prev {
			return keyList{}, false
		}
		prev = l.ends[i]
	}
	data := b[4*n:]
	if int(prev) != len(data) {
		return keyList{}, false
	}
	l.data = append([]byte(nil), data...)
	return l, true
}
