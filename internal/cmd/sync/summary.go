package sync

import (
	"context"
	"fmt"

	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// summary is what a finished sync reports.
type summary struct {
	IDCredential string `json:"id_credential,omitempty"`
	IDJob        string `json:"id_job"`
	Site         string `json:"site,omitempty"`
	Code         int    `json:"code"`
	Accounts     *int   `json:"accounts"`
}

func summaryColumns() []output.Column[summary] {
	return []output.Column[summary]{
		{Name: "id_credential", Header: "Credential", Value: func(s summary) string { return s.IDCredential }},
		{Name: "id_job", Header: "Job", Value: func(s summary) string { return s.IDJob }},
		{Name: "site", Header: "Site", Value: func(s summary) string { return s.Site }},
		{Name: "code", Header: "Code", Value: func(s summary) string { return fmt.Sprint(s.Code) }},
		{Name: "accounts", Header: "Accounts found", Words: true, Value: func(s summary) string {
			if s.Accounts == nil {
				return "unknown"
			}
			return fmt.Sprint(*s.Accounts)
		}},
	}
}

// finish reports a job's final code: a summary on success, an error else.
func (w jobWatch) finish(ctx context.Context, credential, job, siteName string, code int) error {
	if err := finalError(job, code); err != nil {
		return err
	}
	sum := summary{IDCredential: credential, IDJob: job, Site: siteName, Code: code}
	// The count is a courtesy: failing to read it does not undo a success.
	if credential != "" {
		n := 0
		for _, err := range w.client.AllAccounts(ctx, w.user, syncapi.AccountFilter{Common: syncapi.Common{IDCredential: credential}}) {
			if err != nil {
				n = -1
				break
			}
			n++
		}
		if n >= 0 {
			sum.Accounts = &n
		}
	}
	o, err := w.output()
	if err != nil {
		return err
	}
	if siteName != "" {
		fmt.Fprintln(w.IO.ErrOut, w.IO.T("Connected %s. See the accounts it found: `mxpay sync accounts list --user %s`.", siteName, w.user))
	} else {
		fmt.Fprintln(w.IO.ErrOut, w.IO.T("Job %s finished.", job))
	}
	cols := summaryColumns()
	if credential == "" {
		cols = []output.Column[summary]{cols[1], cols[3]} // job and code: all that is known
	}
	return output.PrintObject(w.IO, o, cols, nil, sum)
}

// reportFound reports a credential whose creation reply was lost and that
// a lookup found. Sync's listing does not name the job, so it cannot be
// followed; its latest code is shown instead.
func (w jobWatch) reportFound(cr *syncapi.Credential, site *syncapi.Site) error {
	fmt.Fprintln(w.IO.ErrOut, w.IO.T("The reply was lost, but credential %s for %s was registered (code %d: %s). "+
		"Its sync job is not known, so it is not followed: see `mxpay sync credentials list --user %s`.",
		cr.IDCredential, site.Name, cr.Code, w.IO.Text(syncapi.Stage(cr.Code)), w.user))
	o, err := w.output()
	if err != nil {
		return err
	}
	cols := summaryColumns()
	cols = []output.Column[summary]{cols[0], cols[2], cols[3]}
	return output.PrintObject(w.IO, o, cols, nil, summary{IDCredential: cr.IDCredential, Site: site.Name, Code: cr.Code})
}
