package cmdutil

import "github.com/mxpay/mxpay/internal/emulator/demo"

// DemoSetting is the value a profile setting takes under --env emulator
// when nothing sets it (the demo company's id and RFC), for help texts;
// commands read settings through Settings.Get, which applies it.
func DemoSetting(key string) string { return demo.Settings(key) }
