// Declares the free wrapper; wrappers.c (compiled into the package by cgo) defines it.
void cfree(void *p);
int bind_text(void *stmt, int i, const char *s, int n, void (*destructor)(void *));
