// Included by the preamble of headers.go: a binding's free wrapper lives here, not in the preamble.
#include <stdlib.h>
#include "helpers.h"
#include "missing.h"
static void freeCstr(char *s) { free(s); }
