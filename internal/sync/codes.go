package sync

// Job code classes: 1xx in progress, 2xx done, 4xx the user must act,
// 5xx a failure on the provider's side.
func IsPending(code int) bool       { return code >= 100 && code < 200 }
func IsSuccess(code int) bool       { return code >= 200 && code < 300 }
func IsUserError(code int) bool     { return code >= 400 && code < 500 && code != CodeTwofa }
func IsProviderError(code int) bool { return code >= 500 }

// Job codes with a meaning the client acts on.
const (
	CodeTwofa        = 410
	CodeTwofaTimeout = 411
)

// Stage describes a job code in a few words, for a spinner.
func Stage(code int) string {
	switch code {
	case 100:
		return "registered"
	case 101:
		return "starting"
	case 102:
		return "logged in, downloading"
	case 103:
		return "two-factor code received"
	case 200, 201, 202, 203, 204, 206:
		return "finished"
	case CodeTwofa:
		return "waiting for the two-factor code"
	}
	switch {
	case IsPending(code):
		return "working"
	case IsProviderError(code):
		return "failed at the provider"
	case code == CodeTwofaTimeout:
		return "two-factor code timed out"
	case IsUserError(code):
		return "rejected by the site"
	case IsSuccess(code):
		return "finished"
	}
	return "unknown"
}
