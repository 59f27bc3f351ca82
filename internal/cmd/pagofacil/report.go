package pagofacil

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

// report turns a charge's reply (or failure) into output and an exit code.
// A failure after which the charge may have gone through is resolved with
// verificar before anything is reported.
func report(ctx context.Context, f *cmdutil.Factory, client *pagofacil.Client, req *pagofacil.ChargeRequest, verifyCmd string, res *pagofacil.Result, err error) error {
	var declined *pagofacil.DeclinedError
	var unexpected *pagofacil.UnexpectedResponseError
	var status *httpx.StatusError
	switch {
	case err == nil:
		return printResult(f, viewOf(res, req.Card))
	case errors.As(err, &declined):
		if perr := printResult(f, viewOf(res, req.Card)); perr != nil {
			return perr
		}
		return err
	case httpx.IsAmbiguous(err), errors.As(err, &unexpected):
		return resolve(ctx, f, client, req, verifyCmd, err, false)
	case errors.As(err, &status) && status.StatusCode >= http.StatusInternalServerError:
		// A 5xx normally means the charge was not processed, but a gateway
		// may answer 502/504 after passing it on: ask verificar.
		return resolve(ctx, f, client, req, verifyCmd, err, true)
	case isNetwork(err):
		return fmt.Errorf("%w; the charge was not sent, nothing was charged", err)
	}
	return withAuthHint(err)
}

func isNetwork(err error) bool {
	var n *httpx.NetworkError
	return errors.As(err, &n)
}

// defaultVerifyDelay is the first wait before asking verificar; it doubles
// on each of the verifyAttempts (0.5+1+2+4 = 7.5 s in all), giving a charge
// still being processed time to land. MXPAY_PAGOFACIL_VERIFY_DELAY
// overrides it (tests and fault drills use a few milliseconds).
const (
	defaultVerifyDelay = 500 * time.Millisecond
	verifyAttempts     = 4
)

// resolve asks verificar, with backoff and a bounded number of attempts,
// what became of a charge whose reply was lost. answered is true when
// PagoFácil did answer (a 5xx): then "not found" means nothing was charged.
func resolve(ctx context.Context, f *cmdutil.Factory, client *pagofacil.Client, req *pagofacil.ChargeRequest, verifyCmd string, cause error, answered bool) error {
	errOut := f.IOStreams.ErrOut
	delay := defaultVerifyDelay
	if d, err := time.ParseDuration(f.Getenv("MXPAY_PAGOFACIL_VERIFY_DELAY")); err == nil && d >= 0 {
		delay = d
	}
	fmt.Fprintf(errOut, "The charge request was sent but its outcome is unclear: %v.\nNot retrying the charge; asking PagoFácil (verificar) what happened to order %s...\n", cause, req.OrderID)
	var last error
	for attempt := 1; attempt <= verifyAttempts; attempt++ {
		if ctx.Err() != nil {
			break
		}
		if err := sleep(ctx, delay); err != nil {
			break
		}
		delay *= 2
		res, err := client.VerifyOnce(ctx, req.OrderID)
		if err == nil {
			fmt.Fprintf(errOut, "verificar found order %s: %s.\n", req.OrderID, res.Outcome)
			if res.Outcome == pagofacil.OutcomeApproved {
				return printResult(f, viewOf(res, req.Card))
			}
			if perr := printResult(f, viewOf(res, req.Card)); perr != nil {
				return perr
			}
			return &pagofacil.DeclinedError{Reason: firstNonEmpty(res.Reason, res.Text, "declined (reported by verificar)"), Result: res}
		}
		last = err
		var auth *pagofacil.AuthError
		if errors.As(err, &auth) {
			break
		}
	}
	var notFound *pagofacil.NotFoundError
	if answered && errors.As(last, &notFound) {
		return cmdutil.WithHint(
			fmt.Errorf("%w, and verificar has no transaction for order %s: nothing was charged", cause, req.OrderID),
			fmt.Sprintf("try again later with --order-id %s: mxpay refuses to charge twice if it went through meanwhile", req.OrderID))
	}
	var why string
	switch {
	case ctx.Err() != nil:
		why = "interrupted before verificar could answer"
		// root prints only "interrupted" for a cancelled context: say here
		// what to check.
		fmt.Fprintf(errOut, "Outcome of order %s unknown: run `%s`\n", req.OrderID, verifyCmd)
	case errors.As(last, &notFound):
		why = "verificar does not know the order yet (it may still be processing)"
	default:
		why = fmt.Sprintf("verificar failed too: %v", last)
	}
	return cmdutil.UnknownOutcomeError(
		fmt.Errorf("the charge for order %s (MXN %s, %s) was sent but its outcome is unknown: %s", req.OrderID, req.Amount.Format(), req.Card.Masked(), why),
		fmt.Sprintf("do not charge again; run `%s` to see whether it was approved", verifyCmd))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
