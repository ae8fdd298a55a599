package wasm

import (
	"context"
	"io/fs"
	"sync"
	"sync/atomic"

	"github.com/tetratelabs/wazero"
)

// Patched for samkart: the module is compiled and instantiated by Load, or
// by the first call that needs it, instead of by the package's init; the
// compilation cache is the caller's choice instead of a folder in the
// shared temporary directory.

var (
	loadMu sync.Mutex
	ready  atomic.Bool // the module is instantiated
	onLoad []func(context.Context) error
)

// Load compiles and instantiates the Graphviz module once. With cacheDir
// set, wazero keeps the compiled code in it (in a subfolder per wazero
// version) and reuses it; with "", it compiles in memory. After an error
// nothing is instantiated and Load may be called again.
func Load(ctx context.Context, cacheDir string) error {
	loadMu.Lock()
	defer loadMu.Unlock()
	if ready.Load() {
		return nil
	}
	cfg := wazero.NewRuntimeConfig()
	if cacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			return err
		}
		cfg = cfg.WithCompilationCache(cache)
	}
	if err := load(ctx, cfg); err != nil {
		return err
	}
	for _, f := range onLoad {
		if err := f(ctx); err != nil {
			return err
		}
	}
	return nil
}

// Loaded reports whether the module has been instantiated.
func Loaded() bool { return ready.Load() }

// OnLoad registers f to run once the module is instantiated, for the
// package variables that other packages used to set in their init.
func OnLoad(f func(context.Context) error) { onLoad = append(onLoad, f) }

// mustLoad loads the module in memory for a call made before Load.
func mustLoad() {
	if err := Load(context.Background(), ""); err != nil {
		panic(err)
	}
}

func DefaultSymList(ctx context.Context) ([]*SymList, error) {
	p, err := mod.NewPtr(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := mod.ExportedFunction("wasm_bridge_SymList_default").Call(ctx, p); err != nil {
		return nil, err
	}
	ptr, err := mod.readU32(p)
	if err != nil {
		return nil, err
	}
	slice, err := mod.toSlice(ctx, ptr)
	if err != nil {
		return nil, err
	}
	return newSymListSlice(slice), nil
}

func PluginAPIZero(ctx context.Context) (*PluginAPI, error) {
	p, err := mod.NewPtr(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := mod.ExportedFunction("wasm_bridge_PluginAPI_zero").Call(ctx, p); err != nil {
		return nil, err
	}
	ptr, err := mod.readU32(p)
	if err != nil {
		return nil, err
	}
	return newPluginAPI(ptr), nil
}

func PluginInstalledZero(ctx context.Context) (*PluginInstalled, error) {
	p, err := mod.NewPtr(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := mod.ExportedFunction("wasm_bridge_PluginInstalled_zero").Call(ctx, p); err != nil {
		return nil, err
	}
	ptr, err := mod.readU32(p)
	if err != nil {
		return nil, err
	}
	return newPluginInstalled(ptr), nil
}

func SymListZero(ctx context.Context) (*SymList, error) {
	p, err := mod.NewPtr(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := mod.ExportedFunction("wasm_bridge_SymList_zero").Call(ctx, p); err != nil {
		return nil, err
	}
	ptr, err := mod.readU32(p)
	if err != nil {
		return nil, err
	}
	return newSymList(ptr), nil
}

var (
	fsMu sync.Mutex
)

func SetWasmFileSystem(fs fs.FS) {
	fsMu.Lock()
	mod.fs.subFS = fs
	fsMu.Unlock()
}

func FileSystem() fs.FS {
	fsMu.Lock()
	defer fsMu.Unlock()
	return mod.fs
}
