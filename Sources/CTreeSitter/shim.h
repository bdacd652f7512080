#ifndef GOLEAKLINT_CTREESITTER_SHIM_H
#define GOLEAKLINT_CTREESITTER_SHIM_H
// The tree-sitter runtime API from Debian's libtree-sitter-dev.
#include <tree_sitter/api.h>
// malloc_trim: freed trees go back to the system between packages (Syntax/MemoryRelease.swift).
#include <malloc.h>
#endif
