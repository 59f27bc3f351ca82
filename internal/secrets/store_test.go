package secrets

import (
	"errors"
	"testing"
)

// testStoreContract checks the behaviour every writable Store shares.
func testStoreContract(t *testing.T, s Store) {
	t.Helper()
	if _, err := s.Get("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get on an empty store: err = %v, want ErrNotFound", err)
	}
	if err := s.Set("default", "facti", "api_key", "sk_default"); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if err := s.Set("work", "facti", "api_key", "sk_work"); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if err := s.Set("default", "sync", "api_key", "sk_sync"); err != nil {
		t.Fatalf("Set: %v", err)
	}
	for _, tc := range []struct{ profile, provider, want string }{
		{"default", "facti", "sk_default"},
		{"work", "facti", "sk_work"},
		{"default", "sync", "sk_sync"},
	} {
		got, err := s.Get(tc.profile, tc.provider, "api_key")
		if err != nil || got != tc.want {
			t.Errorf("Get(%s, %s) = %q, %v; want %q", tc.profile, tc.provider, got, err, tc.want)
		}
	}
	if err := s.Set("default", "facti", "api_key", "sk_new"); err != nil {
		t.Fatalf("Set overwrite: %v", err)
	}
	if got, _ := s.Get("default", "facti", "api_key"); got != "sk_new" {
		t.Errorf("after overwrite Get = %q, want sk_new", got)
	}
	if err := s.Delete("default", "facti", "api_key"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Get("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete: err = %v, want ErrNotFound", err)
	}
	if got, _ := s.Get("work", "facti", "api_key"); got != "sk_work" {
		t.Errorf("Delete removed another profile's secret: Get = %q", got)
	}
	if err := s.Delete("default", "facti", "api_key"); err != nil {
		t.Errorf("Delete of a missing secret: %v, want nil", err)
	}
}
