package sync

import (
	"context"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// Credential creations go through the ledger: recorded in flight before
// POST /credentials (the user and the site, never a value of the form),
// and with the outcome after (the credential's id, its job). The ledger
// has no key for them: Sync keeps one credential per user, site and
// username, and sending the form again updates it. An entry an earlier
// run left in flight or unknown is settled by the next creation for the
// same user and site, by listing the user's credentials.

// credentialIntent is what Begin records for a creation.
func credentialIntent(s *cmdutil.Settings, user string, site *syncapi.Site) ledger.Intent {
	return cmdutil.LedgerIntent(s, ledger.Intent{Provider: ledger.Sync, Operation: ledger.CredentialCreate,
		Message: fmt.Sprintf("credentials at %s (site %s) for user %s", site.Name, site.IDSite, user),
		Refs:    []ledger.Ref{{Kind: ledger.RefSyncUser, Value: user}, {Kind: ledger.RefSyncSite, Value: site.IDSite}}})
}

// credentialOutcome is the ledger outcome of CreateCredentialOrFind.
func credentialOutcome(res *syncapi.CreatedCredential, err error, redact *cmdutil.Redactor) ledger.Outcome {
	if err != nil {
		return ledger.Outcome{Status: cmdutil.LedgerStatus(err), Message: redact.Error(err)}
	}
	out := ledger.Outcome{Status: res.Outcome, ProviderID: res.IDCredential()}
	if res.New != nil {
		out.Refs = []ledger.Ref{{Kind: ledger.RefJobID, Value: res.New.IDJob}}
	}
	return out
}

// clockSlack allows for Sync's clock a little behind ours, as the
// client's own lookup does.
const clockSlack = 5 * time.Second

// settleEarlierCredentials records what became of creations an earlier
// run left unsettled for user at site: found when the user's credential
// for the site was executed since the entry was begun, not made when it
// was not a whole verify window later.
func settleEarlierCredentials(ctx context.Context, l ledger.Ledger, c *syncapi.Client, s *cmdutil.Settings, user, site string) error {
	var pending []ledger.Entry
	for e, err := range l.Pending(ctx, ledger.Filter{Provider: ledger.Sync, Operation: ledger.CredentialCreate, Environment: s.Env}) {
		if err != nil {
			return err
		}
		if e.Ref(ledger.RefSyncUser) == user && e.Ref(ledger.RefSyncSite) == site {
			pending = append(pending, e)
		}
	}
	if len(pending) == 0 {
		return nil
	}
	var creds []syncapi.Credential
	for cr, err := range c.AllCredentials(ctx, user, syncapi.ListParams{}) {
		if err != nil {
			return err
		}
		if cr.IDSite == site {
			creds = append(creds, cr)
		}
	}
	for _, e := range pending {
		out := ledger.Outcome{}
		for _, cr := range creds {
			if cr.DTExecute != nil && *cr.DTExecute >= e.Created.Add(-clockSlack).Unix() {
				out = ledger.Outcome{Status: settle.Found, ProviderID: cr.IDCredential, Message: "found by a later run: executed since it was sent"}
			}
		}
		if out.Status == "" && time.Since(e.Created) > s.VerifyWindow {
			out = ledger.Outcome{Status: settle.Failed, Message: "not registered: absent a whole verify window after it was sent"}
		}
		if out.Status == "" {
			continue
		}
		if _, err := cmdutil.FinishLedger(ctx, l, e.ID, out); err != nil {
			return err
		}
	}
	return nil
}
