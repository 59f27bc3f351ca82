package output

import (
	"slices"
	"testing"
)

func TestFormats(t *testing.T) {
	if want := []string{"table", "json", "jsonl", "csv"}; !slices.Equal(Formats(), want) {
		t.Errorf("Formats() = %v, want %v", Formats(), want)
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		wantErr []string // nil: valid
	}{
		{name: "default", opts: Options{}},
		{name: "each format", opts: Options{Format: "jsonl"}},
		{name: "format is case-insensitive", opts: Options{Format: "JSON"}},
		{name: "jq with json", opts: Options{Format: "json", JQ: ".[] | .id"}},
		{name: "jq with the default table", opts: Options{JQ: "."}},
		{name: "unknown format", opts: Options{Format: "yaml"}, wantErr: []string{`"yaml"`, "table, json, jsonl, csv"}},
		{name: "jq that does not parse", opts: Options{JQ: "map(.id"}, wantErr: []string{"--jq", "map(.id"}},
		{name: "jq calling an unknown function", opts: Options{JQ: "frobnicate"}, wantErr: []string{"frobnicate"}},
		{name: "jq with csv", opts: Options{Format: "csv", JQ: "."}, wantErr: []string{"-o csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			requireUsageError(t, err, tt.wantErr...)
		})
	}
}
