package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"github.com/mxpay/mxpay/internal/money"
	"go.etcd.io/bbolt"
)

// Emulator-only, not part of Sync's document: a customer's deposit
// appearing in a bank account, as the bank statement a later sync reads
// would show it. `mxpay emulator pay facti ID --via bank` uses it to play
// a customer paying a Facti request at the bank with its reference:
//
//	POST /v1/emulator/deposits  (API key, or a user's token)
//	{"id_user", "id_account"?, "amount", "description", "reference"}
//
// Without id_account the deposit goes to the user's bank account: their
// first checking account that is not the SAT's (the demo company's
// account, for a user who connected a bank).

// depositRequest is the admin call's body.
type depositRequest struct {
	IDAccount   string `json:"id_account"`
	Amount      string `json:"amount"`
	Description string `json:"description"`
	Reference   string `json:"reference"`
}

func (s *server) emulatorAdmin(w http.ResponseWriter, req *request) {
	if len(req.segs) != 2 || req.segs[1] != "deposits" {
		notFound(w, req.r)
		return
	}
	if req.method != http.MethodPost {
		methodNotAllowed(w)
		return
	}
	user := s.userOf(w, req)
	if user == "" {
		return
	}
	s.settle(user)
	d := depositRequest{IDAccount: req.str("id_account"), Amount: req.str("amount"), Description: req.str("description"), Reference: req.str("reference")}
	amount, err := money.ParseWire(d.Amount)
	if err != nil || !amount.IsPositive() {
		WriteError(w, http.StatusBadRequest, "amount must be a positive amount")
		return
	}
	now := s.now()
	var tx map[string]any
	var msg string
	err = s.st.Update(func(btx *bbolt.Tx) error {
		acct, err := depositAccount(btx, user, d.IDAccount)
		if err != nil || acct == nil {
			msg = "the user has no bank account to deposit into (connect a bank first); id_account " + d.IDAccount
			return err
		}
		id, err := newID(btx, now, kindSeed)
		if err != nil {
			return err
		}
		tx = map[string]any{
			"id_transaction": id, "id_user": user, "id_external": "", "id_credential": acct["id_credential"],
			"id_site": acct["id_site"], "id_site_organization": acct["id_site_organization"],
			"id_site_organization_type": acct["id_site_organization_type"], "id_account": acct["id_account"],
			"id_account_type": acct["id_account_type"], "is_disable": 0, "description": d.Description,
			"amount": json.RawMessage(amount.String()), "currency": "MXN", "attachments": []any{}, "extra": nil,
			"reference": d.Reference, "keywords": nil, "dt_transaction": now.Unix(), "dt_refresh": now.Unix(), "dt_disable": nil,
		}
		if err := state.PutJSON(btx, bucketTransactions, id, tx); err != nil {
			return err
		}
		return bumpData(btx)
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Internal error")
	case msg != "":
		WriteError(w, http.StatusBadRequest, msg)
	default:
		writeOK(w, tx)
	}
}

// depositAccount is the account a deposit goes to: id when given (it must
// be the user's), else the user's first checking account that is not the
// SAT's, in id order.
func depositAccount(tx *bbolt.Tx, user, id string) (map[string]any, error) {
	var candidates []map[string]any
	err := each(tx, bucketAccounts, func(_ string, raw []byte) error {
		var a map[string]any
		if json.Unmarshal(raw, &a) != nil || a["id_user"] != user {
			return nil
		}
		if id != "" && a["id_account"] == id {
			candidates = append(candidates[:0], a)
			return errStop
		}
		if id == "" && a["id_account_type"] == accountTypeChecking {
			candidates = append(candidates, a)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if len(candidates) == 0 {
		return nil, nil
	}
	sort.Slice(candidates, func(i, j int) bool {
		return fmt.Sprint(candidates[i]["id_account"]) < fmt.Sprint(candidates[j]["id_account"])
	})
	return candidates[0], nil
}

var errStop = errors.New("stop")

// Deposit calls the admin path through hc (the in-process transport, or
// `mxpay emulator serve`): base is Sync's base URL with its /v1. It returns
// the transaction created.
func Deposit(ctx context.Context, hc *http.Client, base, apiKey, user, account, amount, description, reference string) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]string{"id_user": user, "id_account": account, "amount": amount, "description": description, "reference": reference})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/emulator/deposits", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "API_KEY api_key="+apiKey)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, unwrapURL(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	var env struct {
		Status   bool            `json:"status"`
		Message  string          `json:"message"`
		Response json.RawMessage `json:"response"`
	}
	if json.Unmarshal(data, &env) != nil {
		return nil, fmt.Errorf("the emulator answered %d to the deposit, not its JSON (is this the emulator?)", resp.StatusCode)
	}
	if !env.Status {
		return nil, fmt.Errorf("the emulator refused the deposit: %s", env.Message)
	}
	return env.Response, nil
}

// unwrapURL drops url.Error's repetition of the URL.
func unwrapURL(err error) error {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		return uerr.Err
	}
	return err
}
