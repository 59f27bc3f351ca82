package reconcile

import (
	"iter"
	"slices"
	"time"
)

// index holds the requests, by reference and by amount.
type index struct {
	reqs     []Request
	windows  []window
	byRef    map[string][]int32 // normalised reference → requests
	byAmount map[string][]int32 // Amount.String() (canonical) → requests
	maxRef   int                // longest normalised reference
}

// window is when a deposit may pay a request.
type window struct{ from, to time.Time }

func (w window) holds(t time.Time) bool {
	return (w.from.IsZero() || !t.Before(w.from)) && !t.After(w.to)
}

func newIndex(requests iter.Seq2[Request, error], o Options) (*index, error) {
	idx := &index{byRef: map[string][]int32{}, byAmount: map[string][]int32{}}
	var buf []byte
	for req, err := range requests {
		if err != nil {
			return nil, err
		}
		i := int32(len(idx.reqs))
		idx.reqs = append(idx.reqs, req)
		due := req.Due
		if due.IsZero() {
			due = req.Created.Add(o.Term)
		}
		w := window{to: due.Add(o.Grace)}
		if !req.Created.IsZero() {
			w.from = req.Created.Add(-o.Lead)
		}
		idx.windows = append(idx.windows, w)
		for _, ref := range req.References {
			buf = normaliseReference(buf[:0], ref)
			if len(buf) < o.MinReferenceLength {
				continue
			}
			key := string(buf)
			if list := idx.byRef[key]; !slices.Contains(list, i) {
				idx.byRef[key] = append(list, i)
			}
			idx.maxRef = max(idx.maxRef, len(key))
		}
		if req.Amount.IsPositive() {
			key := req.Amount.String()
			idx.byAmount[key] = append(idx.byAmount[key], i)
		}
	}
	return idx, nil
}

// normaliseReference keeps a reference's letters and digits, upper-cased:
// "3800 1000-0000" and "3800100000000" are the same reference.
func normaliseReference(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := upper(s[i]); isAlnum(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// isAlnum is true for ASCII letters and digits, and for the bytes of
// non-ASCII characters (Ñ, accents), which belong to words.
func isAlnum(c byte) bool {
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanner finds the requests whose references appear in a text. It keeps
// its buffers between transactions, so a scan allocates nothing.
type scanner struct {
	idx    *index
	tokens [][2]int // [start, end) of the alphanumeric runs of text
	text   []byte
	join   []byte
	found  []string // the distinct references found, for one transaction
}

// scan calls hit for every distinct reference found in the texts.
func (s *scanner) scan(texts ...string) {
	s.found = s.found[:0]
	for _, t := range texts {
		s.scanOne(t)
	}
}

func (s *scanner) scanOne(t string) {
	s.text = s.text[:0]
	for i := 0; i < len(t); i++ {
		s.text = append(s.text, upper(t[i]))
	}
	s.tokens = s.tokens[:0]
	for i := 0; i < len(s.text); {
		if !isAlnum(s.text[i]) {
			i++
			continue
		}
		j := i
		for j < len(s.text) && isAlnum(s.text[j]) {
			j++
		}
		s.tokens = append(s.tokens, [2]int{i, j})
		i = j
	}
	for k, tok := range s.tokens {
		s.lookup(s.text[tok[0]:tok[1]])
		s.splitLettersDigits(tok)
		// Joins across single spaces or dashes: "3800 1000 0000".
		s.join = append(s.join[:0], s.text[tok[0]:tok[1]]...)
		for next := k + 1; next < len(s.tokens); next++ {
			gap := s.text[s.tokens[next-1][1]:s.tokens[next][0]]
			if len(gap) != 1 || (gap[0] != ' ' && gap[0] != '-') {
				break
			}
			s.join = append(s.join, s.text[s.tokens[next][0]:s.tokens[next][1]]...)
			if len(s.join) > s.idx.maxRef {
				break
			}
			s.lookup(s.join)
		}
	}
}

// splitLettersDigits looks up the letter and digit runs inside a token
// that mixes them ("REF380010…" holds "380010…").
func (s *scanner) splitLettersDigits(tok [2]int) {
	start := tok[0]
	for i := tok[0] + 1; i <= tok[1]; i++ {
		if i == tok[1] || isDigit(s.text[i]) != isDigit(s.text[i-1]) {
			if start != tok[0] || i != tok[1] {
				s.lookup(s.text[start:i])
			}
			start = i
		}
	}
}

func (s *scanner) lookup(candidate []byte) {
	if len(candidate) > s.idx.maxRef {
		return
	}
	if _, ok := s.idx.byRef[string(candidate)]; ok { // no allocation: the compiler's map lookup form
		key := string(candidate)
		if !slices.Contains(s.found, key) {
			s.found = append(s.found, key)
		}
	}
}
