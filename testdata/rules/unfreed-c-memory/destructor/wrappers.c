#include <stdlib.h>
#include "wrappers.h"

void cfree(void *p) { free(p); }
