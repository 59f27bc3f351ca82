package cmdutil

import "github.com/mxpay/mxpay/internal/config"

// layerFlags are the global flags that are settings (or choose where
// settings come from), by setting name.
var layerFlags = map[string]string{"env": "env", "output": "output", "timeout": "timeout", "profile": "profile", "config": "config"}

// Layers returns the run's configuration layers: one viper instance per
// Factory (so per root command), with the global flags and the MXPAY_*
// variables bound to it and the config file read into it on first use.
// Built on first use: `mxpay version` and `--help` never build it.
func (f *Factory) Layers() *config.Layers {
	f.layersOnce.Do(f.buildLayers)
	return f.layers
}

func (f *Factory) buildLayers() {
	l := config.NewLayers()
	if set := f.Flags.set; set != nil {
		for key, flag := range layerFlags {
			_ = l.BindFlag(key, set.Lookup(flag)) // every one is registered by AddGlobalFlags
		}
	}
	for _, k := range config.Keys() {
		if k.Env != "" {
			l.BindEnv(k.Name, k.Env, f.LookupEnv)
		}
	}
	l.BindEnv("profile", "MXPAY_PROFILE", f.LookupEnv)
	l.BindEnv("config", "MXPAY_CONFIG", f.LookupEnv)
	f.layers = l
}
