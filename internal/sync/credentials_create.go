package sync

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// CreatedCredential is what became of a credential creation.
type CreatedCredential struct {
	// Outcome is settle.Created (Sync answered) or settle.Found (the
	// answer was lost and a lookup found the credential).
	Outcome settle.Outcome
	// New is Sync's answer, with the job to follow; nil when Found.
	New *NewCredential
	// Found is the credential the lookup found; its job is not known,
	// since Sync's listing does not name it.
	Found *Credential
}

// IDCredential is the credential's id, whichever way it was learnt.
func (r *CreatedCredential) IDCredential() string {
	if r.New != nil {
		return r.New.IDCredential
	}
	return r.Found.IDCredential
}

// CreateCredentialOrFind registers (or updates) the user's credentials at
// a site and starts a sync job, by the safe-create rule (create.go): sent
// once; after an ambiguous failure the user's credentials for the site are
// listed until one executed since just before sending shows up, over the
// client's Settle window. Errors: Sync's refusal (*APIError),
// *settle.NotSentError, *settle.UnknownError, or a failure to open the
// user's session (nothing was sent).
func (c *Client) CreateCredentialOrFind(ctx context.Context, user, site string, values map[string]string) (*CreatedCredential, error) {
	what := "the request creating credentials at site " + site
	create := func(ctx context.Context) (*NewCredential, error) { return c.createCredential(ctx, user, site, values) }
	find := func(ctx context.Context, since time.Time) (*Credential, error) {
		for cr, err := range c.AllCredentials(ctx, user, ListParams{}) {
			if err != nil {
				return nil, err
			}
			if cr.IDSite == site && executedSince(cr, since) {
				return &cr, nil
			}
		}
		return nil, nil
	}
	nc, found, err := createOrFind(ctx, c, what, create, find)
	switch {
	case err != nil:
		return nil, err
	case found != nil:
		return &CreatedCredential{Outcome: settle.Found, Found: found}, nil
	}
	return &CreatedCredential{Outcome: settle.Created, New: nc}, nil
}

// executedSince: Sync stamps dt_execute on every credential it creates or
// updates; a new credential's id carries its creation time too.
func executedSince(cr Credential, since time.Time) bool {
	if cr.DTExecute != nil {
		return notBefore(cr.DTExecute, since)
	}
	t, ok := createdAt(cr.IDCredential)
	return ok && !t.Before(since)
}

// createCredential sends POST /credentials once. Opening the user's
// session first is not part of the request: its failure is a
// *beforeSendError.
func (c *Client) createCredential(ctx context.Context, user, site string, values map[string]string) (*NewCredential, error) {
	tok, err := c.userToken(ctx, user)
	if err != nil {
		return nil, &beforeSendError{err}
	}
	body := map[string]any{"id_site": site, "credentials": values}
	var raw json.RawMessage
	if _, err := c.withToken(ctx, user, tok, call{method: http.MethodPost, path: "/credentials", body: body}, &raw); err != nil {
		return nil, i18n.Errorf("creating credentials: %w", err)
	}
	return decodeOne[NewCredential](raw)
}
