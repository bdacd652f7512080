/// GL103's documented examples: the rule's first tests (see RuleExampleTests).
enum UnclosedFileExamples {
    private static let header = """
        package p

        import (
        \t"bufio"
        \t"fmt"
        \t"io"
        \t"os"
        )

        """

    static let triggering: [Example] = [
        // A logger used only inside the function: when it is dropped, so is the file.
        Example("""
            package p

            import (
            \t"log"
            \t"os"
            )

            func report(path string, lines []string) error {
            \tf, err := ↓os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tl := log.New(f, "", 0)
            \tfor _, line := range lines {
            \t\tl.Println(line)
            \t}
            \treturn nil
            }
            """),
        // `|| retry` is true with the first file open: the re-open replaces it.
        Example(header + """
            func reopen(path string, retry bool) error {
            \tf, err := ↓os.Open(path)
            \tif os.IsNotExist(err) || retry {
            \t\tf, err = os.Open(path + ".bak")
            \t}
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer f.Close()
            \treturn nil
            }
            """),
        // A helper of this package that returns a fresh file acquires it for its caller (a callee summary).
        Example(header + """
            func create(name string) *os.File {
            \tf, err := os.Create(name)
            \tif err != nil {
            \t\tpanic(err)
            \t}
            \treturn f
            }

            func writeFlags(dir string, flags []string) {
            \tout := ↓create(dir + "/flags")
            \tfor _, flag := range flags {
            \t\tfmt.Fprintln(out, flag)
            \t}
            }
            """),
        // `err` checks the Create only until the Write reuses it: that return leaves f open. The fix moves
        // the Close into one defer (its error is then dropped: say so in review, or keep an explicit Close).
        Example(header + """
            func save(path string, data []byte) error {
            \tf, err := ↓os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \t_, err = f.Write(data)
            \tif err != nil {
            \t\treturn err
            \t}
            \tf.Close()
            \treturn nil
            }
            """),
        Example(header + """
            func count(path string) (int, error) {
            \tf, err := ↓os.Open(path)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tn := 0
            \tfor s := bufio.NewScanner(f); s.Scan(); n++ {
            \t}
            \treturn n, nil
            }
            """),
        Example(header + """
            func write(path string, data []byte) error {
            \tf, err := ↓os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \t_, err = f.Write(data)
            \treturn err
            }
            """),
        Example(header + """
            func touch(path string) {
            \t↓os.Create(path)
            }
            """),
        Example(header + """
            func touch(path string) error {
            \t_, err := ↓os.OpenFile(path, os.O_CREATE, 0o644)
            \treturn err
            }
            """),
        Example(header + """
            func logTo(path string) error {
            \tf, err := ↓os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
            \tif err != nil {
            \t\treturn err
            \t}
            \tfmt.Fprintln(f, "started")
            \treturn nil
            }
            """),
        Example(header + """
            func scratch() (string, error) {
            \tf, err := ↓os.CreateTemp("", "x-*")
            \tif err != nil {
            \t\treturn "", err
            \t}
            \treturn f.Name(), nil
            }
            """),
        Example(header + """
            func firstLine(path string) (string, error) {
            \tf, err := ↓os.Open(path)
            \tif err != nil {
            \t\treturn "", err
            \t}
            \tline, err := bufio.NewReader(f).ReadString('\\n')
            \tif line == "" {
            \t\treturn "", io.EOF
            \t}
            \tf.Close()
            \treturn line, err
            }
            """),
        Example(header + """
            func copyTo(w io.Writer, path string) error {
            \tf, err := ↓os.Open(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \treturn dump(w, f)
            }

            func dump(w io.Writer, r io.Reader) error {
            \t_, err := io.Copy(w, r)
            \treturn err
            }
            """),
    ]

    static let nonTriggering: [Example] = [
        // A logger writes to its file for as long as it lives: handed to a logger that is kept (returned), or to
        // the standard logger, the file is kept too.
        Example("""
            package p

            import (
            \t"log"
            \t"os"
            )

            func newErrorLog(path string) (*log.Logger, error) {
            \tf, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn log.New(f, "", 0), nil
            }

            func logToFile(path string) error {
            \tf, err := os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tlog.SetOutput(f)
            \treturn nil
            }
            """),
        // Re-opened only when the first open failed (os.IsNotExist(err) is false for a nil error; either side of
        // `||` says the same): nothing is open to replace.
        Example(header + """
            func openControl(dir string) (*os.File, error) {
            \tf, err := os.Open(dir + "/.control")
            \tif os.IsNotExist(err) {
            \t\tf, err = os.Open(dir + "/.config/control")
            \t}
            \treturn f, err
            }

            func create(dir, name string) error {
            \tf, err := os.Create(dir + "/" + name)
            \tif os.IsNotExist(err) || os.IsPermission(err) {
            \t\tif err = os.MkdirAll(dir, 0o755); err != nil {
            \t\t\treturn err
            \t\t}
            \t\tf, err = os.Create(dir + "/" + name)
            \t}
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer f.Close()
            \t_, err = f.WriteString("x")
            \treturn err
            }
            """),
        // A getter hands back a file its value owns, not a fresh one: its callers acquire nothing.
        Example(header + """
            type logger struct{ file *os.File }

            func newLogger(path string) (*logger, error) {
            \tf, err := os.Create(path)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn &logger{file: f}, nil
            }

            func (l *logger) output() *os.File { return l.file }

            func (l *logger) note(text string) {
            \tout := l.output()
            \tfmt.Fprintln(out, text)
            }
            """),
        // Acquired in either branch: the one error check guards whichever Create ran.
        Example(header + """
            func create(dir, name string) error {
            \tvar out *os.File
            \tvar err error
            \tif name == "" {
            \t\tout, err = os.Create(dir + "/default")
            \t} else {
            \t\tout, err = os.Create(name)
            \t}
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer out.Close()
            \t_, err = fmt.Fprintln(out, dir)
            \treturn err
            }
            """),
        Example(header + """
            func count(path string) (int, error) {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tdefer f.Close()
            \tn := 0
            \tfor s := bufio.NewScanner(f); s.Scan(); n++ {
            \t}
            \treturn n, nil
            }
            """),
        Example(header + """
            func open(path string) (*os.File, error) {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn f, nil
            }
            """),
        Example(header + """
            func write(path string, data []byte) (err error) {
            \tf, err := os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer func() {
            \t\tif cerr := f.Close(); err == nil {
            \t\t\terr = cerr
            \t\t}
            \t}()
            \t_, err = f.Write(data)
            \treturn err
            }
            """),
        Example(header + """
            type Log struct{ file *os.File }

            func NewLog(path string) (*Log, error) {
            \tf, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \treturn &Log{file: f}, nil
            }
            """),
        Example(header + """
            func read(path string) ([]byte, error) {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tdefer closeQuietly(f)
            \treturn io.ReadAll(f)
            }

            func closeQuietly(c io.Closer) { _ = c.Close() }
            """),
        Example(header + """
            func write(path string, data []byte) error {
            \tf, err := os.Create(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tif _, err := f.Write(data); err != nil {
            \t\tf.Close()
            \t\treturn err
            \t}
            \treturn f.Close()
            }
            """),
        Example(header + """
            func stream(path string, out chan<- *os.File) error {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tout <- f
            \treturn nil
            }
            """),
        Example(header + """
            var files []*os.File

            func keep(path string) error {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn err
            \t}
            \tfiles = append(files, f)
            \treturn nil
            }
            """),
        Example(header + """
            func size(path string) (int64, error) {
            \tinfo, err := os.Stat(path)
            \tif err != nil {
            \t\treturn 0, err
            \t}
            \tdata, err := os.ReadFile(path)
            \t_ = data
            \treturn info.Size(), err
            }
            """),
        Example(header + """
            func each(paths []string) error {
            \tfor _, p := range paths {
            \t\tif err := func() error {
            \t\t\tf, err := os.Open(p)
            \t\t\tif err != nil {
            \t\t\t\treturn err
            \t\t\t}
            \t\t\tdefer f.Close()
            \t\t\treturn nil
            \t\t}(); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            }
            """),
        Example(header + """
            type store struct{}

            func (s *store) open(p string) (*os.File, error) { return nil, nil }

            func use(s *store) error {
            \tf, err := s.open("x")
            \tif err != nil {
            \t\treturn err
            \t}
            \t_ = f
            \treturn nil
            }
            """),
        Example(header + """
            func tail(path string) (io.ReadCloser, error) {
            \tf, err := os.Open(path)
            \tif err != nil {
            \t\treturn nil, err
            \t}
            \tif _, err := f.Seek(-512, io.SeekEnd); err != nil {
            \t\tf.Close()
            \t\treturn nil, err
            \t}
            \treturn f, nil
            }
            """),
    ]
}
