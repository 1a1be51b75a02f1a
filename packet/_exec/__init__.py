"""One module per external program: how to call it, its version, its errors."""
