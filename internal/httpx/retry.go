package httpx

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const (
	baseBackoff   = 200 * time.Millisecond
	maxBackoff    = 5 * time.Second
	maxRetryAfter = 30 * time.Second
	// maxDiscard is how much of a response we read before retrying, so
	// the connection can be reused; past it, closing is cheaper.
	maxDiscard = 64 << 10
)

// isRetryableStatus: rate limiting and the server errors that mean "try
// again" rather than "your request is wrong".
func isRetryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

func isNetworkError(err error) bool {
	var netErr *NetworkError
	return errors.As(err, &netErr)
}

// backoff is exponential with full jitter: a random wait below a ceiling
// that doubles with each retry, so many clients that failed together do not
// come back together.
func backoff(retry int) time.Duration {
	ceiling := maxBackoff
	if retry < 10 { // beyond that the shift only overflows
		ceiling = min(maxBackoff, baseBackoff<<retry)
	}
	return rand.N(ceiling) + 1
}

// retryDelay honours the server's Retry-After (seconds or an HTTP date,
// capped so a server cannot park the command) and falls back to backoff.
func retryDelay(h http.Header, retry int, now time.Time) time.Duration {
	value := strings.TrimSpace(h.Get("Retry-After"))
	if value == "" {
		return backoff(retry)
	}
	if seconds, err := strconv.Atoi(value); err == nil {
		if seconds >= int(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		return max(0, time.Duration(seconds)*time.Second)
	}
	if when, err := http.ParseTime(value); err == nil {
		return min(maxRetryAfter, max(0, when.Sub(now)))
	}
	return backoff(retry)
}

// sleepContext waits for d, or less if ctx is done first.
func sleepContext(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// discardBody reads a little of a response we are about to retry past, so
// its connection can be reused, then closes it.
func discardBody(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, maxDiscard))
	body.Close()
}
