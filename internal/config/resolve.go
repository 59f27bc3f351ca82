package config

// Source says where a resolved setting came from.
type Source string

const (
	SourceFlag    Source = "flag"
	SourceEnv     Source = "env"
	SourceProfile Source = "profile"
	SourceDefault Source = "default"
)

// Optional is a value that may be absent.
type Optional struct {
	Value string
	Set   bool
}

// Some returns a present Optional.
func Some(v string) Optional { return Optional{Value: v, Set: true} }

// Setting is a resolved value and where it came from.
type Setting struct {
	Value  string
	Source Source
}

// Resolve applies the one precedence rule of mxpay:
// flag > environment > profile > default. An environment variable set to
// the empty string counts as unset, so `MXPAY_ENV= mxpay …` does not blank a
// profile value.
func Resolve(flag, env, profile Optional, def string) Setting {
	switch {
	case flag.Set:
		return Setting{flag.Value, SourceFlag}
	case env.Set && env.Value != "":
		return Setting{env.Value, SourceEnv}
	case profile.Set:
		return Setting{profile.Value, SourceProfile}
	default:
		return Setting{def, SourceDefault}
	}
}

// Resolver resolves the registered keys for one profile: the flag and
// environment layers of the run, and the profile's values from the file.
type Resolver struct {
	Layers  *Layers
	Profile map[string]string // the profile's values; nil when there is none
}

// Get resolves key, which must be registered in Keys.
func (r Resolver) Get(name string) (Setting, error) {
	key, err := LookupKey(name)
	if err != nil {
		return Setting{}, err
	}
	var prof Optional
	if v, ok := r.Profile[name]; ok {
		prof = Some(v)
	}
	s := Resolve(r.Layers.Flag(name), r.Layers.Env(name), prof, r.Layers.Default(name))
	if s.Source != SourceDefault && s.Value != "" {
		if err := ValidateValue(key, s.Value); err != nil {
			return Setting{}, withSource(err, s.Source, key)
		}
	}
	return s, nil
}

func withSource(err error, src Source, key Key) error {
	iv, ok := err.(*InvalidValueError)
	if !ok {
		return err
	}
	switch src {
	case SourceFlag:
		iv.Key = "--" + key.Name
	case SourceEnv:
		iv.Key = key.Env
	case SourceProfile:
		iv.Key = key.Name + " (in the profile; fix it with `mxpay config set " + key.Name + "`)"
	}
	return iv
}
