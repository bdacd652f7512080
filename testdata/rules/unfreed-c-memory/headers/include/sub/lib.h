// Found through the preamble's `#cgo CFLAGS: -I${SRCDIR}/include`, as `#include <sub/lib.h>`.
#include <stdlib.h>
static inline void lib_release(void *p) { free(p); }
