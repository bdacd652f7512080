// A header included by another header: its ownership-taking function counts too.
static char *held_name;
static void keep_name(char *s) { free(held_name); held_name = s; }
