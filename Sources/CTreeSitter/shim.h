#ifndef GOLEAKLINT_CTREESITTER_SHIM_H
#define GOLEAKLINT_CTREESITTER_SHIM_H
// The tree-sitter runtime API from Debian's libtree-sitter-dev.
#include <tree_sitter/api.h>
#endif
