package cmdutil

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/pagofacil"
	syncapi "github.com/mxpay/mxpay/internal/sync"

	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/secrets"
)

// Factory hands dependencies to commands. Every field that costs anything
// (config file, keyring, emulator database, HTTP client) is a function
// called on first use, so `mxpay version` and `--help` touch none of them.
type Factory struct {
	Version   string // for the User-Agent; empty means build.Current()
	IOStreams *output.IOStreams
	LookupEnv func(string) (string, bool)
	Flags     *GlobalFlags

	Config   func() (*config.Config, error)
	Settings func() (*Settings, error)
	Secrets  func() (*secrets.Resolver, error)
	Prompter func() prompt.Prompter
	Emulator func() (*emulator.Emulator, error)

	// The provider clients of the active profile and environment, built on
	// first use. Tests replace them to point a command anywhere.
	Facti     func() (*facti.Client, error)
	PagoFacil func() (*pagofacil.Client, error)
	Sync      func() (*syncapi.Client, error)
	// Ledger is the record of what this run sends (see ledger.go), opened
	// on first use and closed when the command ends.
	Ledger func() (ledger.Ledger, error)
	// HTTPClient is the run's HTTP policy for calls to no provider (IPN and
	// webhook forwarding, test triggers): same timeout, redirect rule,
	// redactor and --debug trace; never retried.
	HTTPClient func() (*http.Client, error)

	// Stores used by Secrets; tests replace them with memory stores so the
	// user's keyring and home are never touched.
	KeyringStore func() secrets.Store
	FileStore    func() (secrets.Store, error)

	redactor      *httpx.Redactor
	layers        *config.Layers // this run's viper instance; see Layers
	layersOnce    sync.Once
	runCtx        context.Context // the running command's, for work done outside a request (--jq)
	closers       []func() error
	emulatorClose func() error
}

// NewFactory wires the real dependencies. Tests build a Factory with this
// and then replace fields.
func NewFactory(version string, ios *output.IOStreams, lookupEnv func(string) (string, bool)) *Factory {
	f := &Factory{Version: version, IOStreams: ios, LookupEnv: lookupEnv, Flags: &GlobalFlags{}, redactor: httpx.NewRedactor(nil)}
	// Everything written to stderr (messages, errors, progress) passes the
	// run's redactor: whatever secret the run learnt is masked there, even
	// in a message quoting a provider's page.
	ios.ErrOut = &redactingWriter{w: ios.ErrOut, r: f.redactor}
	ios.SetPrinter(f.printerOnce())
	f.Config = lazy(f.loadConfig)
	f.Settings = lazy(f.resolveSettings)
	f.Secrets = lazy(f.buildSecrets)
	f.Prompter = func() prompt.Prompter { return prompt.NewSurveyIn(ios.Printer(), ios.In, ios.Out, ios.ErrOut) }
	f.Emulator = lazy(f.openEmulator)
	f.Facti = lazy(f.newFacti)
	f.PagoFacil = lazy(f.newPagoFacil)
	f.Sync = lazy(f.newSync)
	f.HTTPClient = lazy(f.newPlainHTTPClient)
	f.Ledger = lazy(f.openLedger)
	f.KeyringStore = func() secrets.Store { return secrets.NewKeyringStore(3 * time.Second) }
	f.FileStore = f.defaultFileStore
	return f
}

// SetContext records the running command's context (the root sets it once
// the Ctrl-C handler is installed), so that work the printers do on their
// own, such as a --jq filter, stops when the command is cancelled.
func (f *Factory) SetContext(ctx context.Context) { f.runCtx = ctx }

// Redactor is the run's one redactor: traces, errors, logs, journals and the
// ledger pass through it. Add every secret the run handles to it.
func (f *Factory) Redactor() *httpx.Redactor { return f.redactor }

// Ask returns the Prompter with its secret answers (passwords, codes typed
// without echo) added to the run's redactor as they are typed.
func (f *Factory) Ask() prompt.Prompter {
	return secretsNoted{Prompter: f.Prompter(), r: f.redactor}
}

// Getenv returns an environment variable, or "" when unset.
func (f *Factory) Getenv(name string) string {
	v, _ := f.LookupEnv(name)
	return v
}

// OnClose registers cleanup to run when the command finishes.
func (f *Factory) OnClose(fn func()) {
	f.closers = append(f.closers, func() error { fn(); return nil })
}

// ReleaseEmulator closes the emulator's state file, if open, so other mxpay
// processes can use it while this one keeps running (a long-lived listener).
// A later use opens it again.
func (f *Factory) ReleaseEmulator() error {
	if f.emulatorClose == nil {
		return nil
	}
	err := f.emulatorClose()
	f.emulatorClose = nil
	f.Emulator = lazy(f.openEmulator)
	return err
}

// Close releases what commands opened (the emulator database) and runs the
// registered cleanups.
func (f *Factory) Close() error {
	first := f.ReleaseEmulator()
	for i := len(f.closers) - 1; i >= 0; i-- {
		if err := f.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	f.closers = nil
	return first
}

// ConfigPath resolves --config > MXPAY_CONFIG > the default location.
func (f *Factory) ConfigPath() (string, error) {
	l := f.Layers()
	s := config.Resolve(l.Flag("config"), l.Env("config"), config.Optional{}, "")
	if s.Value != "" {
		return s.Value, nil
	}
	return config.DefaultPath()
}

// ProfileName resolves --profile > MXPAY_PROFILE > "default".
func (f *Factory) ProfileName() string {
	l := f.Layers()
	return config.Resolve(l.Flag("profile"), l.Env("profile"), config.Optional{}, config.DefaultProfile).Value
}

func (f *Factory) loadConfig() (*config.Config, error) {
	path, err := f.ConfigPath()
	if err != nil {
		return nil, err
	}
	return f.Layers().LoadFile(path)
}

func (f *Factory) buildSecrets() (*secrets.Resolver, error) {
	file, err := f.FileStore()
	if err != nil {
		return nil, err
	}
	return &secrets.Resolver{
		Env:     secrets.NewEnvStore(f.Getenv),
		Keyring: f.KeyringStore(),
		File:    file,
		Warn:    f.IOStreams.ErrOut,
		Printer: f.IOStreams.Printer,
	}, nil
}

// defaultFileStore keeps the fallback secrets file next to the config file.
func (f *Factory) defaultFileStore() (secrets.Store, error) {
	path, err := f.ConfigPath()
	if err != nil {
		return nil, err
	}
	return secrets.NewFileStore(secretsPathFor(path)), nil
}

func (f *Factory) openEmulator() (*emulator.Emulator, error) {
	opts := emulator.Options{}
	if spec := f.Getenv("MXPAY_EMULATOR_FAULTS"); spec != "" {
		faults, err := emulator.ParseFaults(spec)
		if err != nil {
			return nil, UsageErrorf("MXPAY_EMULATOR_FAULTS: %v", err)
		}
		opts.Faults = faults
	}
	path, err := emulator.DefaultDBPath(f.Getenv)
	if err != nil {
		return nil, err
	}
	opts.DBPath = path
	e, err := emulator.Open(opts)
	if err != nil {
		return nil, i18n.Errorf("opening the emulator state: %w", err)
	}
	f.emulatorClose = e.Close
	return e, nil
}

// redactingWriter masks the run's secrets in every write. Each write is
// masked whole: messages are written with one call each, so a secret is
// never split across writes. Writes are serialised: listeners write from
// one goroutine per request, and their lines must neither interleave nor
// race on a writer that is not safe for concurrent use.
type redactingWriter struct {
	mu sync.Mutex
	w  io.Writer
	r  *httpx.Redactor
}

func (rw *redactingWriter) Write(p []byte) (int, error) {
	masked := rw.r.Message(string(p))
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if _, err := io.WriteString(rw.w, masked); err != nil {
		return 0, err
	}
	return len(p), nil
}

// secretsNoted adds every password answer to the redactor.
type secretsNoted struct {
	prompt.Prompter
	r *httpx.Redactor
}

func (s secretsNoted) Password(message string) (string, error) {
	v, err := s.Prompter.Password(message)
	s.r.Add(v)
	return v, err
}
