module example.com/syntaxprobes

go 1.27
