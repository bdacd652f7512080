#ifndef GOLEAKLINT_TREE_SITTER_GO_H
#define GOLEAKLINT_TREE_SITTER_GO_H
// The one symbol the vendored grammar (src/parser.c, fetched by scripts/setup.sh) exports.
typedef struct TSLanguage TSLanguage;
const TSLanguage *tree_sitter_go(void);
#endif
