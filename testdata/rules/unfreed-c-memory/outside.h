// Outside the package headers/ (which has no go.mod above it): never read, so its wrapper does not count.
#include <stdlib.h>
static void outside_release(char *s) { free(s); }
