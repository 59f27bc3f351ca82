package secrets

import "sync"

// memoryStore keeps secrets in a map; it is the Store for tests.
type memoryStore struct {
	mu     sync.Mutex
	values map[string]string
}

// NewMemoryStore returns an empty in-memory Store, safe for concurrent use.
func NewMemoryStore() Store {
	return &memoryStore{values: map[string]string{}}
}

func (s *memoryStore) Name() string { return "memory" }

func (s *memoryStore) Get(profile, provider, key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.values[keyringUser(profile, provider, key)]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

func (s *memoryStore) Set(profile, provider, key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.values[keyringUser(profile, provider, key)] = value
	return nil
}

func (s *memoryStore) Delete(profile, provider, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.values, keyringUser(profile, provider, key))
	return nil
}
