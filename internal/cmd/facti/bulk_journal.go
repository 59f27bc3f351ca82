package facti

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

// The ledger replaced the bulk journal (FILE.journal) of earlier mxpay
// releases: one record of what was sent, for every command and every
// machine sharing it. A journal an earlier release left is read once into
// the ledger, so that its rows keep their guarantee across the upgrade:
// created rows are skipped, and rows it recorded as sending or unknown
// are looked up before anything is sent. The file itself is left alone.

// journalEntry is one line of an old journal; the last one per key wins.
type journalEntry struct {
	Key       string `json:"key"`
	State     string `json:"state"` // sending, created, found, failed, unknown
	RequestID string `json:"request_id,omitempty"`
	SinceID   uint64 `json:"since_id,omitempty"`
}

// loadJournal returns the last state of each row of an old journal, or nil
// when there is none. Lines it cannot read (a torn last line) are ignored.
func loadJournal(path string) (map[string]journalEntry, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, i18n.Errorf("reading the journal %s: %w", path, err)
	}
	return parseJournal(data), nil
}

// parseJournal reads the lines of an old journal.
func parseJournal(data []byte) map[string]journalEntry {
	prior := map[string]journalEntry{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var e journalEntry
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Key != "" {
			prior[e.Key] = e
		}
	}
	return prior
}

// importJournal records in the ledger what the old journal at path knows
// of rows the ledger has nothing on. A row the journal saw created is
// recorded found; one it left sending or unknown is recorded unknown, so
// the plan looks it up (from the time of the import, which is later than
// when it was sent: the safe side) before sending it.
func importJournal(ctx context.Context, ios *output.IOStreams, l ledger.Ledger, s *cmdutil.Settings, company, path string, rows []bulkRow) error {
	prior, err := loadJournal(path)
	if err != nil || len(prior) == 0 {
		return err
	}
	imported := 0
	for _, row := range rows {
		j, ok := prior[row.key]
		if !ok || (j.State != "created" && j.State != "found" && j.State != "sending" && j.State != "unknown") {
			continue
		}
		serie, folio := requestKey(row.req)
		if _, err := l.FindFolio(ctx, s.Env, company, serie, folio); !errors.Is(err, ledger.ErrNotFound) {
			if err != nil {
				return err
			}
			continue // the ledger knows it already
		}
		in := requestIntent(s, row.req, company, j.SinceID)
		if j.SinceID == 0 {
			in.Refs = nil
		}
		in.Message = "imported from " + path + ": " + in.Message
		e, err := l.Begin(ctx, in)
		if _, held := cmdutil.AsHeldKey(err); held {
			continue // another process imported it meanwhile
		}
		if err != nil {
			return err
		}
		out := ledger.Outcome{Status: settle.Unknown, Message: "imported from " + path + ": sent by an earlier mxpay without a known outcome"}
		if j.State == "created" || j.State == "found" {
			out = ledger.Outcome{Status: settle.Found, ProviderID: j.RequestID, Message: "imported from " + path + ": created (payment " + j.RequestID + ")"}
		}
		if _, err := cmdutil.FinishLedger(ctx, l, e.ID, out); err != nil {
			return err
		}
		imported++
	}
	if imported > 0 {
		fmt.Fprintln(ios.ErrOut, ios.T("Imported %d row(s) of the journal %s into the ledger; the ledger replaces the journal from now on.", imported, path))
	}
	return nil
}
