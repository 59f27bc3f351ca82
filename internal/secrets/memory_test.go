package secrets

import (
	"fmt"
	"sync"
	"testing"
)

func TestMemoryStore(t *testing.T) {
	s := NewMemoryStore()
	if s.Name() != "memory" {
		t.Errorf("Name = %q", s.Name())
	}
	testStoreContract(t, s)
}

func TestMemoryStoreConcurrentUse(t *testing.T) {
	s := NewMemoryStore()
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			profile := fmt.Sprint("p", i)
			if err := s.Set(profile, "sync", "api_key", profile); err != nil {
				t.Error(err)
			}
			if v, err := s.Get(profile, "sync", "api_key"); err != nil || v != profile {
				t.Errorf("Get(%s) = %q, %v", profile, v, err)
			}
		})
	}
	wg.Wait()
}
