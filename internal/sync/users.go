package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// User is an end user of the API key: a person or company whose banks are
// synced. Raw is the object exactly as Sync sent it.
type User struct {
	IDUser     string `json:"id_user"`
	IDExternal string `json:"id_external"`
	Name       string `json:"name"`
	DTCreate   *int64 `json:"dt_create"`
	DTModify   *int64 `json:"dt_modify"`

	Raw json.RawMessage `json:"-"`
}

// UserFilter narrows GET /users.
type UserFilter struct {
	IDUser     string
	IDExternal string
	ListParams
}

// ListUsers returns one page of the key's users.
func (c *Client) ListUsers(ctx context.Context, f UserFilter) ([]User, error) {
	q := url.Values{}
	setIf(q, "id_user", f.IDUser)
	setIf(q, "id_external", f.IDExternal)
	var raws []json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodGet, path: "/users", query: f.apply(q)}, &raws); err != nil {
		return nil, i18n.Errorf("listing users: %w", err)
	}
	return decodeEach[User](raws)
}

// UserFields are the members of a new or updated user; nil is not sent.
type UserFields struct {
	Name       *string `json:"name,omitempty"`
	IDExternal *string `json:"id_external,omitempty"`
}

// CreateUserOrFind registers a user by the safe-create rule (create.go):
// sent once; after an ambiguous failure, a user with u's external id is
// looked up among those created since just before sending. Without an
// external id nothing identifies the user, so such a failure is reported
// unknown at once. found is true when the lookup found the user.
func (c *Client) CreateUserOrFind(ctx context.Context, u UserFields) (user *User, found bool, err error) {
	create := func(ctx context.Context) (*User, error) { return c.createUser(ctx, u) }
	var find func(ctx context.Context, since time.Time) (*User, error)
	if u.IDExternal != nil && *u.IDExternal != "" {
		find = func(ctx context.Context, since time.Time) (*User, error) {
			return c.findUser(ctx, *u.IDExternal, since)
		}
	}
	what := "the request creating the user"
	if u.Name != nil {
		what = fmt.Sprintf("the request creating the user %q", *u.Name)
	}
	created, lookedUp, err := createOrFind(ctx, c, what, create, find)
	if err != nil {
		return nil, false, err
	}
	if lookedUp != nil {
		return lookedUp, true, nil
	}
	return created, false, nil
}

// findUser looks for the user with an external id created since since.
func (c *Client) findUser(ctx context.Context, external string, since time.Time) (*User, error) {
	for v, err := range c.AllUsers(ctx, UserFilter{IDExternal: external}) {
		if err != nil {
			return nil, err
		}
		if v.IDExternal == external && v.createdSince(since) {
			return &v, nil
		}
	}
	return nil, nil
}

func (u *User) createdSince(since time.Time) bool {
	if u.DTCreate != nil {
		return notBefore(u.DTCreate, since)
	}
	t, ok := createdAt(u.IDUser)
	return ok && !t.Before(since)
}

// createUser sends POST /users once.
func (c *Client) createUser(ctx context.Context, u UserFields) (*User, error) {
	var raw json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPost, path: "/users", body: u}, &raw); err != nil {
		return nil, i18n.Errorf("creating the user: %w", err)
	}
	return decodeOne[User](raw)
}

// UpdateUser changes a user's name or external id.
func (c *Client) UpdateUser(ctx context.Context, id string, u UserFields) (*User, error) {
	var raw json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPut, path: "/users/" + url.PathEscape(id), body: u}, &raw); err != nil {
		return nil, i18n.Errorf("updating user %s: %w", id, err)
	}
	return decodeOne[User](raw)
}

// DeleteUser deletes a user and everything synced for them.
func (c *Client) DeleteUser(ctx context.Context, id string) error {
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodDelete, path: "/users/" + url.PathEscape(id)}, nil); err != nil {
		return i18n.Errorf("deleting user %s: %w", id, err)
	}
	return nil
}

func (u *User) setRaw(r json.RawMessage) { u.Raw = r }

// AllUsers reads every user matching f, page by page (see paging.go); f's
// Limit is the page size and its Skip the first row.
func (c *Client) AllUsers(ctx context.Context, f UserFilter) iter.Seq2[User, error] {
	fetch := func(ctx context.Context, p ListParams) ([]User, error) {
		g := f
		g.ListParams = p
		return c.ListUsers(ctx, g)
	}
	return everyPage(ctx, f.ListParams, fetch, func(u User) string { return u.IDUser })
}
