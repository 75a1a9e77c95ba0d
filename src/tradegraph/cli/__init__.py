"""The click command line: thin commands over library functions, one module per command group."""
