package secrets

import (
	"errors"
	"strings"
	"testing"
)

func TestEnvStore(t *testing.T) {
	env := map[string]string{
		"MXPAY_FACTI_API_KEY":      "sk_env",
		"MXPAY_PAGOFACIL_SUCURSAL": "suc-1",
		"MXPAY_SYNC_API_KEY":       "",
	}
	s := NewEnvStore(func(k string) string { return env[k] })
	if s.Name() != "env" {
		t.Errorf("Name = %q", s.Name())
	}
	tests := []struct {
		profile, provider, key string
		want                   string
		wantErr                error
	}{
		{"default", "facti", "api_key", "sk_env", nil},
		{"other", "facti", "api_key", "sk_env", nil}, // every profile
		{"default", "pagofacil", "sucursal", "suc-1", nil},
		{"default", "facti", "client_id", "", ErrNotFound},
		{"default", "sync", "api_key", "", ErrNotFound}, // empty counts as unset
		{"default", "nosuch", "api_key", "", ErrNotFound},
		{"default", "facti", "nosuch", "", ErrNotFound},
	}
	for _, tc := range tests {
		got, err := s.Get(tc.profile, tc.provider, tc.key)
		if got != tc.want || !errors.Is(err, tc.wantErr) {
			t.Errorf("Get(%s, %s, %s) = %q, %v; want %q, %v", tc.profile, tc.provider, tc.key, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestEnvStoreIsReadOnly(t *testing.T) {
	s := NewEnvStore(func(string) string { return "" })
	err := s.Set("default", "facti", "api_key", "sk_secret")
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Set: err = %v, want ErrReadOnly", err)
	}
	if !strings.Contains(err.Error(), "MXPAY_FACTI_API_KEY") || strings.Contains(err.Error(), "sk_secret") {
		t.Errorf("Set error should name the variable and not the value: %q", err)
	}
	if err := s.Delete("default", "facti", "api_key"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Delete: err = %v, want ErrReadOnly", err)
	}
}

func TestEnvStoreDefaultsToProcessEnvironment(t *testing.T) {
	t.Setenv("MXPAY_SYNC_API_KEY", "sk_from_process")
	got, err := NewEnvStore(nil).Get("default", "sync", "api_key")
	if err != nil || got != "sk_from_process" {
		t.Errorf("Get = %q, %v; want sk_from_process", got, err)
	}
}
