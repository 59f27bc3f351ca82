package reconcile

import (
	"cmp"
	"maps"
	"slices"

	"github.com/mxpay/mxpay/internal/i18n"
)

// held is a deposit kept until the end because it may belong to a request.
type held struct {
	tx    Transaction
	seq   int     // position among the deposits
	cands []int32 // amount candidates (rule 2); nil for a reference claim
	rule  Rule    // for a reference claim
}

type run struct {
	idx    *index
	opts   Options
	report *Report
	sc     scanner
	seq    int
	held   []held
	strong map[int32][]int32 // request → held deposits carrying its reference
	weak   []int32           // held deposits with amount candidates
	// refAmbiguous are deposits whose references point several ways.
	refAmbiguous []pendingAmbiguity
}

type pendingAmbiguity struct {
	seq  int
	amb  Ambiguity
	reqs []int32
}

func (r *run) add(tx Transaction) error {
	if !tx.Amount.IsPositive() {
		r.report.Skipped++
		return nil
	}
	r.report.Deposits++
	r.seq++
	if r.byReference(tx) {
		return nil
	}
	var cands []int32
	for _, i := range r.idx.byAmount[tx.Amount.String()] {
		if r.idx.windows[i].holds(tx.Date) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		r.report.UnmatchedCount++
		if r.opts.OnUnmatched != nil {
			return r.opts.OnUnmatched(tx)
		}
		r.report.Unmatched = append(r.report.Unmatched, tx)
		return nil
	}
	r.weak = append(r.weak, r.hold(tx, cands))
	return nil
}

func (r *run) hold(tx Transaction, cands []int32) int32 {
	r.held = append(r.held, held{tx: tx, seq: r.seq, cands: cands})
	return int32(len(r.held) - 1)
}

// byReference applies rule 1; it reports whether the deposit is settled
// by it (claimed, or ambiguous).
func (r *run) byReference(tx Transaction) bool {
	r.sc.idx = r.idx
	r.sc.scan(tx.Reference, tx.Description)
	if len(r.sc.found) == 0 {
		return false
	}
	var inter, union []int32
	for k, ref := range r.sc.found {
		reqs := r.idx.byRef[ref]
		for _, i := range reqs {
			if !slices.Contains(union, i) {
				union = append(union, i)
			}
		}
		if k == 0 {
			inter = slices.Clone(reqs)
		} else {
			inter = slices.DeleteFunc(inter, func(i int32) bool { return !slices.Contains(reqs, i) })
		}
	}
	rule := ByReference
	if len(inter) > 1 {
		sameAmount := slices.DeleteFunc(slices.Clone(inter), func(i int32) bool { return !r.idx.reqs[i].Amount.Equal(tx.Amount) })
		if len(sameAmount) == 1 {
			inter, rule = sameAmount, ByReferenceAndAmount
		}
	}
	switch len(inter) {
	case 1:
		h := r.hold(tx, nil)
		r.held[h].rule = rule
		r.strong[inter[0]] = append(r.strong[inter[0]], h)
	case 0:
		r.ambiguousDeposit(tx, union, i18n.Errorf("its references belong to different requests"))
	default:
		r.ambiguousDeposit(tx, inter, i18n.Errorf("its reference is shared by several requests, and not exactly one of them has its amount"))
	}
	return true
}

func (r *run) ambiguousDeposit(tx Transaction, reqs []int32, why error) {
	slices.Sort(reqs)
	r.refAmbiguous = append(r.refAmbiguous, pendingAmbiguity{seq: r.seq, reqs: reqs,
		amb: Ambiguity{Transactions: []Transaction{tx}, Requests: r.requests(reqs)}.because(why)})
}

func (r *run) requests(ids []int32) []Request {
	out := make([]Request, len(ids))
	for k, i := range ids {
		out[k] = r.idx.reqs[i]
	}
	return out
}

// resolve decides, once every deposit is known, which claims are matches.
func (r *run) resolve() {
	touched := make([]bool, len(r.idx.reqs)) // in a match or an ambiguity
	type ordered struct {
		seq int
		amb Ambiguity
	}
	var ambs []ordered
	for _, pa := range r.refAmbiguous {
		ambs = append(ambs, ordered{pa.seq, pa.amb})
		for _, i := range pa.reqs {
			touched[i] = true
		}
	}
	type matchAt struct {
		req int32
		m   Match
	}
	var matches []matchAt
	// Rule 1: the earliest deposit carrying a request's reference pays it.
	matchedBy := map[int32]int32{}
	for _, ri := range slices.Sorted(maps.Keys(r.strong)) {
		hs := r.strong[ri]
		slices.SortFunc(hs, func(a, b int32) int {
			return cmp.Or(r.held[a].tx.Date.Compare(r.held[b].tx.Date), cmp.Compare(r.held[a].seq, r.held[b].seq))
		})
		first := r.held[hs[0]]
		matches = append(matches, matchAt{ri, Match{Request: r.idx.reqs[ri], Transaction: first.tx, Rule: first.rule}})
		matchedBy[ri], touched[ri] = hs[0], true
		if len(hs) > 1 {
			amb := Ambiguity{Requests: []Request{r.idx.reqs[ri]}}.
				because(i18n.Errorf("more deposits carry this request's reference; the earliest, %s, was matched", first.tx.ID))
			seq := r.held[hs[1]].seq
			for _, h := range hs[1:] {
				amb.Transactions = append(amb.Transactions, r.held[h].tx)
				seq = min(seq, r.held[h].seq)
			}
			ambs = append(ambs, ordered{seq, amb})
		}
	}
	// Rule 2: deposits and requests linked by amount form groups; a group
	// of one deposit and one request is a match, anything larger a tie.
	for _, g := range r.amountGroups() {
		for _, i := range g.reqs {
			touched[i] = true
		}
		first := r.held[g.deps[0]]
		if len(g.deps) == 1 && len(g.reqs) == 1 {
			if h, ok := matchedBy[g.reqs[0]]; ok {
				ambs = append(ambs, ordered{first.seq, Ambiguity{Transactions: []Transaction{first.tx}, Requests: r.requests(g.reqs)}.
					because(i18n.Errorf("its amount matches a request already matched by reference to %s", r.held[h].tx.ID))})
				continue
			}
			matches = append(matches, matchAt{g.reqs[0], Match{Request: r.idx.reqs[g.reqs[0]], Transaction: first.tx, Rule: ByAmount}})
			continue
		}
		amb := Ambiguity{Requests: r.requests(g.reqs)}.
			because(i18n.Errorf("several deposits and requests of the same amount within their dates: which paid which is not certain"))
		for _, h := range g.deps {
			amb.Transactions = append(amb.Transactions, r.held[h].tx)
		}
		ambs = append(ambs, ordered{first.seq, amb})
	}
	slices.SortStableFunc(matches, func(a, b matchAt) int { return cmp.Compare(a.req, b.req) })
	for _, m := range matches {
		r.report.Matched = append(r.report.Matched, m.m)
	}
	slices.SortStableFunc(ambs, func(a, b ordered) int { return cmp.Compare(a.seq, b.seq) })
	for _, a := range ambs {
		r.report.Ambiguous = append(r.report.Ambiguous, a.amb)
	}
	for i, req := range r.idx.reqs {
		if !touched[i] && req.Status == Pending {
			r.report.Unpaid = append(r.report.Unpaid, req)
		}
	}
}

type amountGroup struct {
	deps []int32 // held deposits, in stream order
	reqs []int32 // requests, in input order
}

// amountGroups joins deposits and their amount candidates into connected
// groups (union-find over requests and deposits), in the order of each
// group's first deposit.
func (r *run) amountGroups() []amountGroup {
	n := int32(len(r.idx.reqs))
	parent := make([]int32, int(n)+len(r.weak))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for k, h := range r.weak {
		for _, c := range r.held[h].cands {
			if a, b := find(n+int32(k)), find(c); a != b {
				parent[a] = b
			}
		}
	}
	byRoot := map[int32]int{}
	var groups []amountGroup
	for k, h := range r.weak {
		root := find(n + int32(k))
		g, ok := byRoot[root]
		if !ok {
			g = len(groups)
			byRoot[root] = g
			groups = append(groups, amountGroup{})
		}
		groups[g].deps = append(groups[g].deps, h)
		for _, c := range r.held[h].cands {
			if !slices.Contains(groups[g].reqs, c) {
				groups[g].reqs = append(groups[g].reqs, c)
			}
		}
	}
	for i := range groups {
		slices.Sort(groups[i].reqs)
	}
	return groups
}
