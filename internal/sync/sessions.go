package sync

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	gosync "sync"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// reuseWindow is how long after its last use a cached token is trusted.
// Sync expires tokens after about five minutes of inactivity (some sources
// say after creation); staying under it saves a request that would fail.
const reuseWindow = 4 * time.Minute

// Session is a cached session token of one user.
type Session struct {
	Token    string    `json:"token"`
	LastUsed time.Time `json:"last_used"`
}

// SessionStore keeps session tokens between runs, by an opaque key the
// client derives from the host and the user.
type SessionStore interface {
	Load(key string) (Session, bool)
	Save(key string, s Session) error
	Delete(key string)
}

// MemorySessions is a SessionStore for one process.
type MemorySessions struct {
	mu gosync.Mutex
	m  map[string]Session
}

// NewMemorySessions returns an empty in-memory store.
func NewMemorySessions() *MemorySessions { return &MemorySessions{m: map[string]Session{}} }

func (s *MemorySessions) Load(key string) (Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	return v, ok
}

func (s *MemorySessions) Save(key string, v Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = v
	return nil
}

func (s *MemorySessions) Delete(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
}

// FileSessions keeps one 0600 file per profile, host and user under Dir.
// File names are hashes, so the directory listing reveals no user ids.
type FileSessions struct {
	Dir     string
	Profile string
}

func (s FileSessions) path(key string) string {
	sum := sha256.Sum256([]byte(s.Profile + "\x00" + key))
	return filepath.Join(s.Dir, hex.EncodeToString(sum[:16])+".json")
}

func (s FileSessions) Load(key string) (Session, bool) {
	data, err := os.ReadFile(s.path(key))
	if err != nil {
		return Session{}, false
	}
	var v Session
	if json.Unmarshal(data, &v) != nil || v.Token == "" {
		return Session{}, false
	}
	return v, true
}

// Save writes atomically: a temporary 0600 file renamed over the old one.
func (s FileSessions) Save(key string, v Session) error {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return i18n.Errorf("creating the session cache: %w", err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(s.Dir, ".session-*")
	if err != nil {
		return i18n.Errorf("writing the session cache: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return i18n.Errorf("writing the session cache: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.path(key))
}

func (s FileSessions) Delete(key string) { os.Remove(s.path(key)) }

// sessionKey identifies a user's token: tokens of one host are useless on another.
func (c *Client) sessionKey(user string) string { return c.baseURL + "\x00" + user }

// CreateSession opens a session for user and returns its token.
func (c *Client) CreateSession(ctx context.Context, user string) (string, error) {
	var out struct {
		Token string `json:"token"`
	}
	// A spare session is harmless, so a lost reply may be retried.
	_, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPost, path: "/sessions", body: map[string]string{"id_user": user}, retry: true}, &out)
	if err != nil {
		return "", i18n.Errorf("opening a session for user %s: %w", user, err)
	}
	if out.Token == "" {
		return "", &ReplyError{HTTPStatus: http.StatusOK, Method: http.MethodPost, Path: "/sessions", Reason: "it has no token"}
	}
	return out.Token, nil
}

// Token returns a session token for user, reusing a cached one, for
// callers that send their own requests (`mxpay api sync --user`).
func (c *Client) Token(ctx context.Context, user string) (string, error) {
	return c.token(ctx, user)
}

// token returns a cached token still inside its window, or a new one.
func (c *Client) token(ctx context.Context, user string) (string, error) {
	if s, ok := c.sessions.Load(c.sessionKey(user)); ok && c.now().Sub(s.LastUsed) < reuseWindow {
		return s.Token, nil
	}
	return c.renewToken(ctx, user)
}

func (c *Client) renewToken(ctx context.Context, user string) (string, error) {
	c.sessions.Delete(c.sessionKey(user))
	tok, err := c.CreateSession(ctx, user)
	if err != nil {
		return "", err
	}
	// A cache that cannot be written costs a session per run, nothing more.
	_ = c.sessions.Save(c.sessionKey(user), Session{Token: tok, LastUsed: c.now()})
	return tok, nil
}

// userDo sends a user-scoped call with the user's token.
func (c *Client) userDo(ctx context.Context, user string, cl call, out any) (json.RawMessage, error) {
	tok, err := c.userToken(ctx, user)
	if err != nil {
		return nil, err
	}
	return c.withToken(ctx, user, tok, cl, out)
}

// userToken is token for a user-scoped call; it fails before anything of
// the call is sent.
func (c *Client) userToken(ctx context.Context, user string) (string, error) {
	if user == "" {
		return "", i18n.Errorf("no Sync user given")
	}
	return c.token(ctx, user)
}

// withToken sends cl with tok. When Sync refuses the token (a 401 in its
// envelope: it expired) it opens a new session once and repeats the call.
// That is safe even for creating calls: Sync's 401 means nothing was done.
// A failure to open that session is a *beforeSendError: the call was not
// sent again.
func (c *Client) withToken(ctx context.Context, user, tok string, cl call, out any) (json.RawMessage, error) {
	raw, err := c.do(ctx, tokenAuth(tok), cl, out)
	if IsUnauthorized(err) {
		if tok, err = c.renewToken(ctx, user); err != nil {
			return nil, &beforeSendError{err}
		}
		raw, err = c.do(ctx, tokenAuth(tok), cl, out)
	}
	if err == nil {
		_ = c.sessions.Save(c.sessionKey(user), Session{Token: tok, LastUsed: c.now()})
	}
	return raw, err
}

// VerifySession checks a token with GET /sessions/:token/verify.
func (c *Client) VerifySession(ctx context.Context, token string) error {
	_, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodGet, path: "/sessions/" + token + "/verify"}, nil)
	return err
}

// DeleteSession ends a session.
func (c *Client) DeleteSession(ctx context.Context, token string) error {
	_, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodDelete, path: "/sessions/" + token}, nil)
	return err
}
