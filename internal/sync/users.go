package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
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
		return nil, fmt.Errorf("listing users: %w", err)
	}
	return decodeEach[User](raws)
}

// UserFields are the members of a new or updated user; nil is not sent.
type UserFields struct {
	Name       *string `json:"name,omitempty"`
	IDExternal *string `json:"id_external,omitempty"`
}

// CreateUser registers a user. Creating is never retried blindly.
func (c *Client) CreateUser(ctx context.Context, u UserFields) (*User, error) {
	var raw json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPost, path: "/users", body: u}, &raw); err != nil {
		return nil, fmt.Errorf("creating the user: %w", err)
	}
	return decodeOne[User](raw)
}

// UpdateUser changes a user's name or external id.
func (c *Client) UpdateUser(ctx context.Context, id string, u UserFields) (*User, error) {
	var raw json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPut, path: "/users/" + url.PathEscape(id), body: u}, &raw); err != nil {
		return nil, fmt.Errorf("updating user %s: %w", id, err)
	}
	return decodeOne[User](raw)
}

// DeleteUser deletes a user and everything synced for them.
func (c *Client) DeleteUser(ctx context.Context, id string) error {
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodDelete, path: "/users/" + url.PathEscape(id)}, nil); err != nil {
		return fmt.Errorf("deleting user %s: %w", id, err)
	}
	return nil
}

// rawHolder is implemented by the typed values, which keep their raw JSON.
type rawHolder interface{ setRaw(json.RawMessage) }

func (u *User) setRaw(r json.RawMessage) { u.Raw = r }

// decodeOne decodes raw into a T that keeps raw.
func decodeOne[T any, P interface {
	*T
	rawHolder
}](raw json.RawMessage) (*T, error) {
	v := new(T)
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, fmt.Errorf("decoding Sync's reply: %w", err)
	}
	P(v).setRaw(raw)
	return v, nil
}

func decodeEach[T any, P interface {
	*T
	rawHolder
}](raws []json.RawMessage) ([]T, error) {
	out := make([]T, 0, len(raws))
	for _, r := range raws {
		v, err := decodeOne[T, P](r)
		if err != nil {
			return nil, err
		}
		out = append(out, *v)
	}
	return out, nil
}
