// Parse-only baseline for bench/run.sh: the physical limit of goleaklint's design.
// Reads a list of files (one path per line on stdin), then with N threads: read each file, parse it with
// the same vendored tree-sitter Go grammar and the system libtree-sitter, walk every node once with a
// cursor, free the tree. Prints files, bytes and nodes; time and memory are measured from outside.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_go(void);

static char **paths;
static size_t path_count;
static size_t next_index;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t total_bytes, total_nodes;

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *buffer = malloc(size > 0 ? (size_t)size : 1);
    *length = fread(buffer, 1, (size_t)size, file);
    fclose(file);
    return buffer;
}

static void *worker(void *unused) {
    (void)unused;
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_go());
    uint64_t bytes = 0, nodes = 0;
    for (;;) {
        pthread_mutex_lock(&lock);
        size_t index = next_index++;
        pthread_mutex_unlock(&lock);
        if (index >= path_count) break;
        size_t length = 0;
        char *source = read_file(paths[index], &length);
        if (!source) continue;
        TSTree *tree = ts_parser_parse_string(parser, NULL, source, (uint32_t)length);
        TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
        for (;;) {
            nodes++;
            (void)ts_node_symbol(ts_tree_cursor_current_node(&cursor));
            if (ts_tree_cursor_goto_first_child(&cursor)) continue;
            while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
                if (!ts_tree_cursor_goto_parent(&cursor)) goto done;
            }
        }
    done:
        ts_tree_cursor_delete(&cursor);
        ts_tree_delete(tree);
        free(source);
        bytes += length;
    }
    ts_parser_delete(parser);
    pthread_mutex_lock(&lock);
    total_bytes += bytes;
    total_nodes += nodes;
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 1;
    if (threads < 1) threads = 1;
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof(char *));
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!line[0]) continue;
        if (path_count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof(char *));
        paths[path_count++] = strdup(line);
    }
    pthread_t *ids = malloc((size_t)threads * sizeof(pthread_t));
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    printf("files %zu bytes %llu nodes %llu\n", path_count, (unsigned long long)total_bytes,
           (unsigned long long)total_nodes);
    return 0;
}
